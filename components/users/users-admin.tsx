"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { messageOf } from "@/components/annotate/api-client";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { InvitationView, UserList } from "@/lib/api/schemas/user";
import { CreateUserForm } from "./create-user-form";
import { InvitationList } from "./invitation-list";
import { InviteUserForm } from "./invite-user-form";
import { TeamTable } from "./team-table";
import { requestWithdrawInvitation } from "./user-requests";

/**
 * The team page: invite or create, the team, the open invitations. Lists
 * come from the server and are refreshed after every change.
 */
export function UsersAdmin({ list, currentUserId }: { list: UserList; currentUserId: string }) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [status, setStatus] = useState("");
  const [withdrawing, setWithdrawing] = useState<string | null>(null);
  const invitationsHeading = useRef<HTMLHeadingElement>(null);

  async function withdraw(invitation: InvitationView) {
    setWithdrawing(invitation.id);
    try {
      await requestWithdrawInvitation(invitation.id);
      setStatus(`Invitation for ${invitation.email} withdrawn: its link no longer works.`);
      router.refresh();
      // Its Withdraw button, where focus was, leaves with the row.
      requestAnimationFrame(() => invitationsHeading.current?.focus());
    } catch (error) {
      setStatus(messageOf(error));
    }
    setWithdrawing(null);
  }

  return (
    <div className="space-y-6" data-testid="users-admin" data-hydrated={hydrated ? "true" : undefined}>
      <InviteUserForm onInvited={() => router.refresh()} />
      <CreateUserForm
        onCreated={(message) => {
          setStatus(message);
          router.refresh();
        }}
      />
      <p role="status" className="min-h-5 text-sm font-medium text-stone-800" data-testid="users-status">
        {status}
      </p>
      <section aria-labelledby="team-heading" className="space-y-3">
        <h2 id="team-heading" className="text-lg font-semibold">
          Team ({list.users.length})
        </h2>
        <TeamTable users={list.users} currentUserId={currentUserId} />
      </section>
      <section aria-labelledby="invitations-heading" className="space-y-3">
        <h2 id="invitations-heading" ref={invitationsHeading} tabIndex={-1} className="text-lg font-semibold">
          Open invitations
        </h2>
        <InvitationList invitations={list.invitations} onWithdraw={withdraw} pendingId={withdrawing} />
      </section>
    </div>
  );
}
