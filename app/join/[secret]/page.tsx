import type { Metadata } from "next";
import { AccountLinkPage, accountLinkMetadata, GoToSignIn } from "@/components/layout/account-link-page";
import { JoinForm } from "@/components/users/join-form";
import { roleLabels } from "@/lib/auth/roles";
import { findInvitation } from "@/lib/data/users/find-invitation";
import { LocalTime } from "@/components/ui/local-time";

export const metadata: Metadata = accountLinkMetadata("Join the fact-check desk");
export const dynamic = "force-dynamic";

/** Public (the link is the proof): accept an invitation by choosing a name and a password. */
export default async function JoinPage({ params }: { params: Promise<{ secret: string }> }) {
  const { secret } = await params;
  const invitation = await findInvitation(secret);
  return (
    <AccountLinkPage title="Join the fact-check desk">
      {invitation ? (
        <>
          <p className="mt-2 text-stone-700" data-testid="invitation-summary">
            {invitation.invitedBy ?? "An admin"} invited{" "}
            <span className="font-medium text-stone-900">{invitation.email}</span> to join as{" "}
            {roleLabels[invitation.role].toLowerCase()}. The link works once, until{" "}
            <LocalTime value={invitation.expiresAt} />.
          </p>
          <JoinForm secret={secret} email={invitation.email} invitedName={invitation.name} />
        </>
      ) : (
        <>
          <p className="mt-3 rounded border border-amber-700 bg-amber-50 p-3" data-testid="unusable-link">
            This invitation link cannot be used: it may have been used already, withdrawn or expired. Ask an
            admin to invite you again.
          </p>
          <GoToSignIn />
        </>
      )}
    </AccountLinkPage>
  );
}
