import type { Metadata } from "next";
import { ApiTokensManager } from "@/components/tokens/api-tokens-manager";
import { ApiUsageHelp } from "@/components/tokens/api-usage-help";
import { requireUser } from "@/lib/auth/current-user";
import { listApiTokens } from "@/lib/data/tokens/list-api-tokens";

export const metadata: Metadata = { title: "API tokens" };
export const dynamic = "force-dynamic";

/** Account settings: the user's personal access tokens for the API. Every role has this page. */
export default async function ApiTokensPage() {
  const user = await requireUser("/settings/tokens");
  const tokens = await listApiTokens(user);
  return (
    <div className="max-w-5xl space-y-6">
      <div>
        <p className="text-sm font-medium text-stone-700">Account settings</p>
        <h1 className="mb-1 text-2xl font-semibold">API tokens</h1>
        <p className="text-stone-700">
          Personal access tokens let scripts and other tools use the fact-check desk’s API on your behalf.
          Create one per tool, so you can revoke it alone if it leaks.
        </p>
      </div>
      <ApiTokensManager tokens={tokens} />
      <ApiUsageHelp />
    </div>
  );
}
