"use client";

import Link from "next/link";
import { useState, type ReactNode } from "react";
import { CommentForm } from "@/components/claim/comment-thread";
import { ReviewForm } from "@/components/claim/review-form";
import type { CheckedBeforeSummary } from "@/components/matches/checked-before-summary";
import type { DeskClaim } from "@/lib/data/claims/claim-view";
import { useClaimReviewState, type ClaimReviewState } from "./use-claim-review-state";
import type { Viewer } from "./viewer";

interface ClaimCardDetailsProps {
  claim: DeskClaim;
  viewer: Viewer;
  /** The editor's actions (edit, adjust, dismiss, delete), when the viewer annotates. */
  actions?: ReactNode;
  /** Earlier fact-checks the claim likely repeats; absent when there are none. */
  checkedBefore?: CheckedBeforeSummary;
}

/**
 * What the selected card opens to: act on the claim in place (review its
 * current verdict, comment, and the editor's actions), or open its page.
 * Only what the viewer's role may do is offered; the API checks again.
 */
export function ClaimCardDetails({ claim, viewer, actions, checkedBefore }: ClaimCardDetailsProps) {
  const [posted, setPosted] = useState(false);
  return (
    <div
      className="mt-1 space-y-3 rounded-md border border-stone-200 bg-stone-50 p-3 text-sm"
      role="group"
      aria-label={`Act on claim: ${claim.statement}`}
      data-testid="claim-card-details"
    >
      <Link
        href={`/claims/${claim.id}`}
        className="inline-block font-medium text-blue-800 underline underline-offset-2"
      >
        Open claim: verdicts, discussion, timeline
      </Link>
      {checkedBefore ? (
        <Link
          href={`/claims/${claim.id}#checked-before`}
          className="block font-medium text-blue-800 underline underline-offset-2"
        >
          Checked before? See{" "}
          {checkedBefore.count === 1 ? "the earlier fact-check" : "the earlier fact-checks"}
        </Link>
      ) : null}
      {viewer.mayReview ? <ReviewInPlace claim={claim} viewer={viewer} /> : null}
      {viewer.mayComment ? (
        <div>
          <CommentForm
            claimId={claim.id}
            idPrefix={`card-comment-${claim.id}`}
            onPosted={() => setPosted(true)}
          />
          {posted ? (
            <p role="status" className="mt-1 text-emerald-900">
              Comment posted.
            </p>
          ) : null}
        </div>
      ) : null}
      {actions}
    </div>
  );
}

function ReviewInPlace({ claim, viewer }: { claim: DeskClaim; viewer: Viewer }) {
  // The claim object is replaced whenever the page's data is refreshed: load again then.
  const state = useClaimReviewState(claim.id, viewer.user, claim);
  return <ReviewState state={state} />;
}

function ReviewState({ state }: { state: ClaimReviewState }) {
  if (state.kind === "loading") return <p className="text-stone-700">Loading the verdict…</p>;
  if (state.kind === "failed")
    return (
      <p role="alert" className="text-red-900">
        {state.message}
      </p>
    );
  const { verdict } = state;
  if (!verdict) return null;
  return (
    <div className="space-y-1.5">
      <p className="font-medium">
        Review revision {verdict.version} ({verdict.ratingLabel})
      </p>
      <ReviewForm
        verdictId={verdict.id}
        version={verdict.version}
        lockVersion={verdict.lockVersion}
        canApprove={verdict.canApprove}
      />
    </div>
  );
}
