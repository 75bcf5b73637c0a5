import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AssignmentBox } from "@/components/claim/assignment-box";
import { ClaimFacts } from "@/components/claim/claim-facts";
import { ClaimHeader } from "@/components/claim/claim-header";
import { ClaimTimeline } from "@/components/claim/claim-timeline";
import { CommentThread } from "@/components/claim/comment-thread";
import { VerdictSection } from "@/components/claim/verdict-section";
import { LiveUpdates } from "@/components/live/live-updates";
import { requireUser } from "@/lib/auth/current-user";
import { getRevision } from "@/lib/data/articles/revisions";
import { listAssignablePeople } from "@/lib/data/assignments/list-assignable-people";
import { getClaimDetail } from "@/lib/data/claims/get-claim-detail";
import { listRatings } from "@/lib/data/ratings/list-ratings";
import { listKnownSources } from "@/lib/data/sources/list-known-sources";
import { canAssignWork, canComment, canTakeClaim } from "@/lib/permissions";
import { storedClaimInContext } from "@/lib/report/sentence-context";

export const metadata: Metadata = { title: "Claim" };

/** One claim: verdicts and discussion in the main column; its facts, owner and history beside them on wide screens. */
export default async function ClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [user, detail, ratings, knownSources, people] = await Promise.all([
    requireUser(`/claims/${id}`),
    getClaimDetail(id),
    listRatings(),
    listKnownSources(),
    listAssignablePeople(),
  ]);
  if (!detail) notFound();
  const { claim } = detail;
  // The sentence around the quote comes from the text the claim is anchored to; an orphaned claim has none.
  const anchoredText =
    claim.anchorState === "anchored"
      ? ((await getRevision(detail.article.id, claim.anchoredRevision))?.text ?? null)
      : null;
  return (
    <div className="space-y-6">
      <ClaimHeader detail={detail} context={storedClaimInContext(anchoredText, claim)} />
      <LiveUpdates articleId={detail.article.id} />
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem] xl:grid-cols-[minmax(0,1fr)_26rem]">
        <div className="min-w-0 space-y-8">
          <VerdictSection detail={detail} user={user} ratings={ratings} knownSources={knownSources} />
          <section aria-labelledby="discussion-heading" className="space-y-3">
            <h2 id="discussion-heading" className="text-lg font-semibold">
              Discussion
            </h2>
            <CommentThread claimId={claim.id} comments={detail.comments} canComment={canComment(user)} />
          </section>
        </div>
        <aside aria-label="Claim details" className="min-w-0 space-y-6" data-testid="claim-aside">
          <ClaimFacts claim={claim} />
          <AssignmentBox
            claimId={claim.id}
            version={claim.version}
            assignee={claim.assignee}
            dueAt={claim.dueAt}
            people={people.assignees}
            canAssign={canAssignWork(user)}
            canTake={canTakeClaim(user, { assigneeId: claim.assignee?.id ?? null })}
          />
          <section aria-labelledby="timeline-heading" className="space-y-3">
            <h2 id="timeline-heading" className="text-lg font-semibold">
              Timeline
            </h2>
            <ClaimTimeline entries={detail.timeline} />
          </section>
        </aside>
      </div>
    </div>
  );
}
