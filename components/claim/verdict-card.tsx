"use client";

import { useState } from "react";
import { BasedOnLine } from "@/components/matches/based-on-line";
import { Button } from "@/components/ui/form-controls";
import type { RevisionView, VerdictView } from "@/lib/data/claims/get-claim-detail";
import type { RatingOption } from "./rating-choice";
import { ReviewForm } from "./review-form";
import { ChangeRequests, OwnReview, ReviewList } from "./review-list";
import { RevisionBody } from "./revision-body";
import { RevisionDiff } from "./revision-diff";
import type { KnownSource } from "./source-fields";
import { SubmitDraftButton } from "./submit-draft-button";
import { VerdictForm } from "./verdict-form";

interface VerdictCardProps {
  claimId: string;
  verdict: VerdictView;
  canEdit: boolean;
  canReview: boolean;
  /** May approve the current revision: a reviewer who has not approved it already. */
  canApprove: boolean;
  viewerId: string;
  threshold: number;
  ratings: RatingOption[];
  knownSources: KnownSource[];
  minSources: number;
}

/** A verdict: its current revision, review state and actions, with earlier revisions below. */
export function VerdictCard({
  claimId,
  verdict,
  canEdit,
  canReview,
  canApprove,
  viewerId,
  threshold,
  ratings,
  knownSources,
  minSources,
}: VerdictCardProps) {
  const [editing, setEditing] = useState(false);
  const [current, ...earlier] = verdict.revisions;
  if (!current) return null;
  return (
    <article
      className="space-y-3 rounded-md border border-stone-200 bg-white p-4 shadow-sm"
      aria-label={`Verdict by ${verdict.authorName}`}
      data-testid="verdict"
    >
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-semibold">
          Verdict by {verdict.authorName}{" "}
          <span className="font-normal text-stone-700" data-testid="current-revision">
            · revision {current.version}
            {writtenBy(verdict, current)}
          </span>
        </h3>
        <p className="text-sm font-medium" data-testid="verdict-state">
          {describeState(verdict, threshold)}
        </p>
      </header>
      {verdict.basedOn ? <BasedOnLine basis={verdict.basedOn} /> : null}
      {editing ? (
        <VerdictForm
          claimId={claimId}
          verdict={{
            id: verdict.id,
            lockVersion: verdict.lockVersion,
            state: verdict.state === "draft" ? "draft" : "submitted",
          }}
          initial={{
            rating: current.rating.retired ? "" : current.rating.key,
            summary: current.summary,
            rationale: current.rationale,
            sources: current.sources.map((s) => ({
              url: s.url,
              title: s.title,
              publisher: s.publisher,
              excerpt: s.excerpt ?? "",
              accessedAt: s.accessedAt ? s.accessedAt.toISOString().slice(0, 10) : "",
              archiveUrl: s.archiveUrl ?? "",
            })),
          }}
          ratings={ratings}
          knownSources={knownSources}
          minSources={minSources}
          onDone={() => setEditing(false)}
        />
      ) : (
        <RevisionBody revision={current} />
      )}
      <ChangeRequests current={current} previous={earlier[0]} />
      <RevisionDiff older={earlier[0]} newer={current} />
      <ReviewList reviews={current.reviews} />
      <OwnReview revision={current} viewerId={viewerId} />
      {!editing && canEdit && verdict.state !== "closed" ? (
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" onClick={() => setEditing(true)}>
            Edit verdict
          </Button>
          {verdict.state === "draft" ? (
            <SubmitDraftButton verdictId={verdict.id} lockVersion={verdict.lockVersion} />
          ) : null}
        </div>
      ) : null}
      {canReview && verdict.state === "submitted" ? (
        <ReviewForm
          verdictId={verdict.id}
          version={verdict.currentVersion}
          lockVersion={verdict.lockVersion}
          canApprove={canApprove}
        />
      ) : null}
      {earlier.length > 0 ? (
        <details className="rounded border border-stone-200 p-2 text-sm">
          <summary className="cursor-pointer font-medium">Earlier revisions ({earlier.length})</summary>
          <ol className="mt-2 space-y-4">
            {earlier.map((revision, index) => (
              <li key={revision.version} className="border-t border-stone-200 pt-2">
                <p className="mb-1 font-medium">
                  Revision {revision.version}
                  {writtenBy(verdict, revision)}
                </p>
                <RevisionBody revision={revision} />
                <RevisionDiff older={earlier[index + 1]} newer={revision} />
                <ReviewList reviews={revision.reviews} />
              </li>
            ))}
          </ol>
        </details>
      ) : null}
    </article>
  );
}

/** " by Ada Admin" when someone other than the verdict's author wrote this revision (an admin's edit). */
function writtenBy(verdict: VerdictView, revision: RevisionView): string {
  return revision.authorId === verdict.authorId ? "" : ` by ${revision.authorName}`;
}

function describeState(verdict: VerdictView, threshold: number): string {
  if (verdict.state === "draft") return "Draft (not yet submitted)";
  if (verdict.state === "closed") return `Closed${verdict.closedReason ? `: ${verdict.closedReason}` : ""}`;
  if (verdict.review.changesRequested) return "Changes requested";
  if (verdict.review.approved) return "Approved";
  return `In review: ${verdict.review.approvals} of ${threshold} ${threshold === 1 ? "approval" : "approvals"}`;
}
