import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AssignmentBox } from "@/components/claim/assignment-box";
import { ClaimHeader } from "@/components/claim/claim-header";
import { ClaimTimeline } from "@/components/claim/claim-timeline";
import { CommentThread } from "@/components/claim/comment-thread";
import { VerdictSection } from "@/components/claim/verdict-section";
import { LiveUpdates } from "@/components/live/live-updates";
import { requireUser } from "@/lib/auth/current-user";
import { listAssignablePeople } from "@/lib/data/assignments/list-assignable-people";
import { getClaimDetail } from "@/lib/data/claims/get-claim-detail";
import { listRatings } from "@/lib/data/ratings/list-ratings";
import { listKnownSources } from "@/lib/data/sources/list-known-sources";
import { canAssignWork, canComment, canTakeClaim } from "@/lib/permissions";

export const metadata: Metadata = { title: "Claim" };

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
  return (
    <div className="max-w-4xl space-y-8">
      <ClaimHeader detail={detail} />
      <LiveUpdates articleId={detail.article.id} />
      <AssignmentBox
        claimId={claim.id}
        version={claim.version}
        assignee={claim.assignee}
        dueAt={claim.dueAt}
        people={people.assignees}
        canAssign={canAssignWork(user)}
        canTake={canTakeClaim(user, { assigneeId: claim.assignee?.id ?? null })}
      />
      <VerdictSection detail={detail} user={user} ratings={ratings} knownSources={knownSources} />
      <section aria-labelledby="discussion-heading" className="space-y-3">
        <h2 id="discussion-heading" className="text-lg font-semibold">
          Discussion
        </h2>
        <CommentThread claimId={detail.claim.id} comments={detail.comments} canComment={canComment(user)} />
      </section>
      <section aria-labelledby="timeline-heading" className="space-y-3">
        <h2 id="timeline-heading" className="text-lg font-semibold">
          Timeline
        </h2>
        <ClaimTimeline entries={detail.timeline} />
      </section>
    </div>
  );
}
