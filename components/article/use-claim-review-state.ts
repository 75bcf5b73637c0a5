"use client";

import { useEffect, useState } from "react";
import { callApi, messageOf } from "@/components/annotate/api-client";
import type { SessionUser } from "@/lib/auth/roles";
import { canApproveVerdict, canReviewVerdict } from "@/lib/permissions";

/** What GET /api/v1/claims/{id} says of a verdict, as far as reviewing it in place needs. */
interface VerdictPayload {
  id: string;
  authorId: string;
  state: "draft" | "submitted" | "closed";
  currentVersion: number;
  lockVersion: number;
  /** Newest first: the first is the current revision. */
  revisions: Array<{
    authorId: string;
    rating: { label: string };
    reviews: Array<{ reviewerId: string; decision: string; createdAt: string }>;
  }>;
}

interface ClaimDetailPayload {
  claim: { currentVerdict: { id: string } | null };
  verdicts: VerdictPayload[];
}

export interface ReviewableVerdict {
  id: string;
  version: number;
  lockVersion: number;
  ratingLabel: string;
  canApprove: boolean;
}

export type ClaimReviewState =
  | { kind: "loading" }
  | { kind: "failed"; message: string }
  /** `verdict` is null when there is nothing this viewer may review here. */
  | { kind: "ready"; verdict: ReviewableVerdict | null };

/**
 * Loads, when a card opens, whether the viewer may review the claim's
 * current verdict, and with which revision and lock version. The page's
 * claims carry no verdict details (a thousand claims travel in every
 * refresh), so one claim's are fetched on demand. `refreshKey` changes
 * when the page's data does (after a review, say): it loads again.
 */
export function useClaimReviewState(
  claimId: string,
  viewer: Pick<SessionUser, "id" | "role">,
  refreshKey: unknown,
): ClaimReviewState {
  const [state, setState] = useState<ClaimReviewState>({ kind: "loading" });
  useEffect(() => {
    const controller = new AbortController();
    callApi<ClaimDetailPayload>("GET", `/api/v1/claims/${claimId}`, undefined, controller.signal)
      .then((detail) => setState({ kind: "ready", verdict: reviewableVerdict(detail, viewer) }))
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState({ kind: "failed", message: messageOf(error) });
      });
    return () => controller.abort();
  }, [claimId, viewer, refreshKey]);
  return state;
}

function reviewableVerdict(
  detail: ClaimDetailPayload,
  viewer: Pick<SessionUser, "id" | "role">,
): ReviewableVerdict | null {
  const verdict = detail.verdicts.find((candidate) => candidate.id === detail.claim.currentVerdict?.id);
  const current = verdict?.revisions[0];
  if (!verdict || !current || verdict.state !== "submitted" || !canReviewVerdict(viewer, verdict))
    return null;
  const currentReviews = current.reviews.map((review) => ({
    ...review,
    createdAt: new Date(review.createdAt),
  }));
  return {
    id: verdict.id,
    version: verdict.currentVersion,
    lockVersion: verdict.lockVersion,
    ratingLabel: current.rating.label,
    canApprove: canApproveVerdict(viewer, { ...verdict, currentReviews }),
  };
}
