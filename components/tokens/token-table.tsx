"use client";

import { Button } from "@/components/ui/form-controls";
import type { ApiTokenState, ApiTokenView } from "@/lib/api/schemas/api-token";
import { When } from "@/components/users/when";

const cell = "border-b border-stone-200 px-3 py-2 align-top";

const stateStyles: Record<ApiTokenState, { label: string; className: string }> = {
  active: { label: "Active", className: "bg-emerald-50 text-emerald-900 ring-emerald-700" },
  expired: { label: "Expired", className: "bg-stone-100 text-stone-800 ring-stone-500" },
  revoked: { label: "Revoked", className: "bg-red-50 text-red-900 ring-red-700" },
};

/** The state in words, with a colour that only repeats it. */
function TokenState({ token }: { token: ApiTokenView }) {
  const style = stateStyles[token.state];
  return (
    <span
      className={`rounded px-1.5 py-0.5 text-xs font-medium ring-1 ring-inset ${style.className}`}
      data-state={token.state}
    >
      {style.label}
    </span>
  );
}

/** The user's tokens, newest first; active ones can be revoked. */
export function TokenTable({
  tokens,
  onRevoke,
}: {
  tokens: ApiTokenView[];
  onRevoke: (token: ApiTokenView) => void;
}) {
  if (tokens.length === 0) {
    return <p className="text-stone-700">You have no API tokens yet. Create one above to use the API.</p>;
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">Your API tokens, newest first</caption>
        <thead>
          <tr className="text-stone-700">
            {["Name", "Created", "Last used", "Expires", "State", "Actions"].map((heading) => (
              <th key={heading} scope="col" className={cell}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id} data-testid="token-row" data-token-id={token.id}>
              <th scope="row" className={`${cell} font-medium break-all`}>
                {token.name}
              </th>
              <td className={cell}>
                <When value={token.createdAt} none="" />
              </td>
              <td className={cell}>
                <When value={token.lastUsedAt} none="Never" />
              </td>
              <td className={cell}>
                <When value={token.expiresAt} none="No expiry" />
              </td>
              <td className={cell}>
                <TokenState token={token} />
                {token.revokedAt ? (
                  <span className="mt-1 block text-xs text-stone-700">
                    <When value={token.revokedAt} none="" />
                  </span>
                ) : null}
              </td>
              <td className={cell}>
                {token.state === "revoked" ? null : (
                  <Button
                    variant="secondary"
                    aria-label={`Revoke ${token.name}`}
                    onClick={() => onRevoke(token)}
                  >
                    Revoke
                  </Button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
