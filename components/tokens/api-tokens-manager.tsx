"use client";

import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { ConfirmDialog } from "@/components/annotate/confirm-dialog";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { ApiTokenView } from "@/lib/api/schemas/api-token";
import { CreateTokenForm } from "./create-token-form";
import { NewTokenSecret, type NewToken } from "./new-token-secret";
import { requestRevokeToken } from "./token-requests";
import { TokenTable } from "./token-table";

/**
 * Create, show once, list and revoke. The list comes from the server and is
 * refreshed after every change; only the new secret lives in the browser,
 * and only until the user hides it or leaves the page.
 */
export function ApiTokensManager({ tokens }: { tokens: ApiTokenView[] }) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [created, setCreated] = useState<(NewToken & { token: ApiTokenView }) | null>(null);
  const [revoking, setRevoking] = useState<ApiTokenView | null>(null);
  const [revokeStatus, setRevokeStatus] = useState("");
  const listHeading = useRef<HTMLHeadingElement>(null);
  // The new token is listed at once, before the refreshed list arrives with it.
  const shown =
    created && !tokens.some((token) => token.id === created.token.id) ? [created.token, ...tokens] : tokens;

  async function revoke(token: ApiTokenView) {
    await requestRevokeToken(token.id);
    setRevoking(null);
    setRevokeStatus(`Token “${token.name}” revoked. Anything using it can no longer call the API.`);
    router.refresh();
    // Its Revoke button, where focus would go back to, is gone from the refreshed row.
    requestAnimationFrame(() => listHeading.current?.focus());
  }

  return (
    <div className="space-y-6" data-testid="api-tokens" data-hydrated={hydrated ? "true" : undefined}>
      <CreateTokenForm
        onCreated={({ token, secret }) => {
          setCreated({ name: token.name, secret, token });
          setRevokeStatus("");
          router.refresh();
        }}
      />
      <NewTokenSecret
        created={created}
        onDone={() => {
          setCreated(null);
          document.getElementById("token-name")?.focus();
        }}
      />
      <section aria-labelledby="token-list-heading" className="space-y-3">
        <h2 id="token-list-heading" ref={listHeading} tabIndex={-1} className="text-lg font-semibold">
          Your tokens
        </h2>
        <p role="status" className="min-h-5 text-sm font-medium text-stone-800">
          {revokeStatus}
        </p>
        <TokenTable tokens={shown} onRevoke={setRevoking} />
      </section>
      {revoking ? (
        <ConfirmDialog
          title={`Revoke “${revoking.name}”?`}
          confirmLabel="Revoke token"
          onConfirm={() => revoke(revoking)}
          onClose={() => setRevoking(null)}
        >
          <p>
            Scripts and tools using this token stop working at once. This cannot be undone: to use the API
            again, create a new token.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
