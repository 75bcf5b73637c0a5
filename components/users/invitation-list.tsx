"use client";

import { Button } from "@/components/ui/form-controls";
import type { InvitationView } from "@/lib/api/schemas/user";
import { roleLabels } from "@/lib/auth/roles";
import { StateBadge } from "./state-badge";
import { When } from "./when";

const cell = "border-b border-stone-200 px-3 py-2 align-top";

/** Invitations not accepted or withdrawn yet, newest first, each with Withdraw. */
export function InvitationList({
  invitations,
  onWithdraw,
  pendingId,
}: {
  invitations: InvitationView[];
  onWithdraw: (invitation: InvitationView) => void;
  pendingId: string | null;
}) {
  if (invitations.length === 0) {
    return <p className="text-stone-700">No open invitations. Invite someone above.</p>;
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">Open invitations, newest first</caption>
        <thead>
          <tr className="text-stone-700">
            {["Email", "Name", "Role", "Invited by", "Expires", "State", "Actions"].map((heading) => (
              <th key={heading} scope="col" className={cell}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {invitations.map((invitation) => (
            <tr key={invitation.id} data-testid="invitation-row">
              <th scope="row" className={`${cell} font-medium break-all`}>
                {invitation.email}
              </th>
              <td className={cell}>{invitation.name}</td>
              <td className={cell}>{roleLabels[invitation.role]}</td>
              <td className={cell}>{invitation.invitedBy?.name ?? "A former admin"}</td>
              <td className={cell}>
                <When value={invitation.expiresAt} none="" />
              </td>
              <td className={cell}>
                <StateBadge state={invitation.state} />
              </td>
              <td className={cell}>
                <Button
                  variant="secondary"
                  aria-label={`Withdraw the invitation for ${invitation.email}`}
                  disabled={pendingId === invitation.id}
                  onClick={() => onWithdraw(invitation)}
                >
                  Withdraw
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
