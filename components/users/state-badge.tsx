import type { InvitationState, UserState } from "@/lib/api/schemas/user";
import { invitationStateLabels, userStateLabels } from "@/lib/data/users/user-state";

const styles: Record<UserState | InvitationState, string> = {
  active: "bg-emerald-50 text-emerald-900 ring-emerald-700",
  deactivated: "bg-red-50 text-red-900 ring-red-700",
  pending: "bg-blue-50 text-blue-900 ring-blue-700",
  expired: "bg-stone-100 text-stone-800 ring-stone-500",
};

/** An account's or an invitation's state in words, with a colour that only repeats it. */
export function StateBadge({ state }: { state: UserState | InvitationState }) {
  const label =
    state === "active" || state === "deactivated" ? userStateLabels[state] : invitationStateLabels[state];
  return (
    <span
      className={`rounded px-1.5 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset ${styles[state]}`}
      data-state={state}
    >
      {label}
    </span>
  );
}
