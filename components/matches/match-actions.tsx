"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi, messageOf } from "@/components/annotate/api-client";
import { Button } from "@/components/ui/form-controls";

/**
 * What a reviewer may do with a match: start a verdict from it (a link, so
 * it works before the page is interactive) and, for a match found for the
 * claim (not a hand search), say it is not related, which is remembered.
 */
export function MatchActions({
  claimId,
  entryId,
  statement,
  onDismissed,
}: {
  claimId: string;
  entryId: string;
  statement: string;
  /** Set for the claim's own matches: offers "Not related". */
  onDismissed?: (entryId: string) => void;
}) {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  async function dismiss() {
    setPending(true);
    setError(null);
    try {
      await callApi("POST", `/api/v1/claims/${claimId}/match-dismissals`, { entryId });
      onDismissed?.(entryId);
      router.refresh();
    } catch (failure) {
      setError(messageOf(failure));
    }
    setPending(false);
  }
  const href = `/claims/${claimId}?${new URLSearchParams({ basedOn: entryId })}#verdict-form`;
  return (
    <div className="flex flex-wrap items-center gap-2 pt-1">
      <Link
        href={href}
        aria-label={`Start a verdict from this: ${statement}`}
        className="rounded bg-blue-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800"
      >
        Start a verdict from this
      </Link>
      {onDismissed ? (
        <Button
          variant="secondary"
          disabled={pending}
          onClick={() => void dismiss()}
          aria-label={`Not related: ${statement}`}
        >
          Not related
        </Button>
      ) : null}
      {error ? (
        <p role="alert" className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
