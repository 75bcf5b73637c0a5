import type { Metadata } from "next";
import { AccountLinkPage, accountLinkMetadata, GoToSignIn } from "@/components/layout/account-link-page";
import { ResetPasswordForm } from "@/components/account/reset-password-form";
import { unusableAccountLinkError } from "@/lib/data/account-links/use-account-link";
import { findPasswordResetTarget } from "@/lib/data/users/complete-password-reset";

export const metadata: Metadata = accountLinkMetadata("Choose a new password");
export const dynamic = "force-dynamic";

/** Public (the link is the proof): choose a new password through an admin's single-use reset link. */
export default async function ResetPasswordPage({ params }: { params: Promise<{ secret: string }> }) {
  const { secret } = await params;
  const target = await findPasswordResetTarget(secret);
  return (
    <AccountLinkPage title="Choose a new password">
      {target ? (
        <>
          <p className="mt-2 text-stone-700">
            For <span className="font-medium text-stone-900">{target.email}</span>. Once it is set, every
            browser signed in to this account is signed out, and you sign in with the new password.
          </p>
          <ResetPasswordForm secret={secret} email={target.email} name={target.name} />
        </>
      ) : (
        <>
          <p className="mt-3 rounded border border-amber-700 bg-amber-50 p-3" data-testid="unusable-link">
            {unusableAccountLinkError().message}
          </p>
          <GoToSignIn />
        </>
      )}
    </AccountLinkPage>
  );
}
