import type { Metadata } from "next";
import { AccountLinkPage, accountLinkMetadata, GoToSignIn } from "@/components/layout/account-link-page";
import { SetupForm } from "@/components/setup/setup-form";
import { isSetupDone } from "@/lib/data/users/complete-setup";

export const metadata: Metadata = accountLinkMetadata("Set up");
export const dynamic = "force-dynamic";

/**
 * Public: the first admin of a fresh deployment, with the setup code the
 * server printed to its log. Once any account exists it says only that
 * setup is done.
 */
export default async function SetupPage() {
  const done = await isSetupDone();
  return (
    <AccountLinkPage title={done ? "Setup is done" : "Create the first admin"}>
      {done ? (
        <>
          <p className="mt-3 text-stone-700" data-testid="setup-done">
            This fact-check desk already has its accounts. Sign in, or ask an admin to invite you.
          </p>
          <GoToSignIn />
        </>
      ) : (
        <>
          <p className="mt-2 text-stone-700">
            Nobody has an account yet. The admin you create here can then invite the rest of the team.
          </p>
          <SetupForm />
        </>
      )}
    </AccountLinkPage>
  );
}
