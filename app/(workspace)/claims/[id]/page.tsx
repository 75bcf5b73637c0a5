import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AssignmentBox } from "@/components/claim/assignment-box";
import { ClaimFacts } from "@/components/claim/claim-facts";
import { ClaimHeader } from "@/components/claim/claim-header";
import { ClaimTimeline } from "@/components/claim/claim-timeline";
import { CommentThread } from "@/components/claim/comment-thread";
import { VerdictSection } from "@/components/claim/verdict-section";
import { LiveUpdates } from "@/components/live/live-updates";
import { CheckedBeforeSection } from "@/components/matches/checked-before-section";
import { claimPageQuerySchema } from "@/lib/schemas/matches";
import { requireUser } from "@/lib/auth/current-user";
import { archiveEntryId } from "@/lib/claim-matching/archive-entry-id";
import { getRevision } from "@/lib/data/articles/revisions";
import { listAssignablePeople } from "@/lib/data/assignments/list-assignable-people";
import { getClaimDetail } from "@/lib/data/claims/get-claim-detail";
import { getClaimMatches } from "@/lib/data/matches/claim-matches";
import { searchArchive } from "@/lib/data/matches/search-archive";
import { getVerdictStart } from "@/lib/data/matches/verdict-start";
import { listRatings } from "@/lib/data/ratings/list-ratings";
import { listKnownSources } from "@/lib/data/sources/list-known-sources";
import { canAssignWork, canComment, canTakeClaim, canWriteVerdicts } from "@/lib/permissions";
import { storedClaimInContext } from "@/lib/report/sentence-context";

export const metadata: Metadata = { title: "Claim" };

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * One claim: verdicts, earlier fact-checks it may repeat and discussion in
 * the main column; its facts, owner and history beside them on wide screens.
 * `?archive=` searches the fact-check archive by hand; `?basedOn=` opens a
 * new verdict started from an archive entry.
 */
export default async function ClaimPage({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([
    params,
    searchParams.then((q) => claimPageQuerySchema.parse(q)),
  ]);
  const [user, detail, ratings, knownSources, people, matches, results] = await Promise.all([
    requireUser(`/claims/${id}`),
    getClaimDetail(id),
    listRatings(),
    listKnownSources(),
    listAssignablePeople(),
    getClaimMatches(id),
    query.archive ? searchArchive(query.archive) : null,
  ]);
  if (!detail || !matches) notFound();
  const { claim } = detail;
  const canAct = canWriteVerdicts(user);
  const [anchoredText, start] = await Promise.all([
    // The sentence around the quote comes from the text the claim is anchored to; an orphaned claim has none.
    claim.anchorState === "anchored"
      ? getRevision(detail.article.id, claim.anchoredRevision).then((revision) => revision?.text ?? null)
      : null,
    canAct && query.basedOn ? getVerdictStart(query.basedOn) : null,
  ]);
  // The claim itself is in the archive once approved: a hand search never offers it as its own match.
  const search =
    query.archive && results
      ? { query: query.archive, results: results.filter((r) => r.id !== archiveEntryId.claim(claim.id)) }
      : null;
  return (
    <div className="space-y-6">
      <ClaimHeader detail={detail} context={storedClaimInContext(anchoredText, claim)} />
      <LiveUpdates articleId={detail.article.id} />
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem] xl:grid-cols-[minmax(0,1fr)_26rem]">
        <div className="min-w-0 space-y-8">
          <VerdictSection
            key={start?.basedOn.id ?? "new"}
            detail={detail}
            user={user}
            ratings={ratings}
            knownSources={knownSources}
            start={start}
          />
          <CheckedBeforeSection claimId={claim.id} matches={matches} search={search} canAct={canAct} />
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
