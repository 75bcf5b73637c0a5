import type { Metadata } from "next";
import Link from "next/link";
import { AccountSummary } from "@/components/account/account-summary";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { SignOutEverywhere } from "@/components/account/sign-out-everywhere";
import { requireUser } from "@/lib/auth/current-user";
import { countActiveSessions } from "@/lib/data/sessions/active-sessions";

export const metadata: Metadata = { title: "Your account" };
export const dynamic = "force-dynamic";

/** Account settings for every role: who you are, your password, your sessions. */
export default async function AccountPage() {
  const user = await requireUser("/settings/account");
  const activeSessions = await countActiveSessions(user.id);
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <p className="text-sm font-medium text-stone-700">Account settings</p>
        <h1 className="mb-1 text-2xl font-semibold">Your account</h1>
      </div>
      <AccountSummary user={user} />
      <ChangePasswordForm user={user} />
      <SignOutEverywhere activeSessions={activeSessions} />
      <section aria-labelledby="tokens-heading" className="rounded-lg border border-stone-200 bg-white p-5">
        <h2 id="tokens-heading" className="mb-2 text-lg font-semibold">
          API tokens
        </h2>
        <p>
          Scripts and other tools use the API with personal access tokens.{" "}
          <Link href="/settings/tokens" className="font-medium text-blue-800 underline underline-offset-4">
            Manage your API tokens
          </Link>
        </p>
      </section>
    </div>
  );
}
