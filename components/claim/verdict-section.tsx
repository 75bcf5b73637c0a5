"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { StartedFromNote } from "@/components/matches/started-from-note";
import { verdictStartDraft } from "@/components/matches/verdict-start-draft";
import { Button } from "@/components/ui/form-controls";
import type { SessionUser } from "@/lib/auth/roles";
import type { ClaimDetail } from "@/lib/data/claims/get-claim-detail";
import type { VerdictStart } from "@/lib/data/matches/match-types";
import {
  canApproveVerdict,
  canChangeVerdict,
  canResolveDisputes,
  canReviewVerdict,
  canWriteVerdicts,
} from "@/lib/permissions";
import type { RatingOption } from "./rating-choice";
import { ResolveDisputeForm } from "./resolve-dispute-form";
import type { KnownSource } from "./source-fields";
import { VerdictCard } from "./verdict-card";
import { VerdictForm } from "./verdict-form";

/**
 * The verdicts on a claim and what this user may do with them. The server
 * checks every action again; this only avoids offering what would be refused.
 * With `start` (a verdict started from an earlier fact-check) the form opens
 * filled in from it, saying so.
 */
export function VerdictSection({
  detail,
  user,
  ratings,
  knownSources,
  start = null,
}: {
  detail: ClaimDetail;
  user: SessionUser;
  ratings: RatingOption[];
  knownSources: KnownSource[];
  start?: VerdictStart | null;
}) {
  const router = useRouter();
  const { claim, verdicts, rules } = detail;
  const hasOpenVerdict = verdicts.some((v) => v.authorId === user.id && v.state !== "closed");
  const mayWrite = canWriteVerdicts(user) && !hasOpenVerdict && !claim.dismissedReason;
  // Keyed by the start on the page, so this runs again for each "Start a verdict from this".
  const [started, setStarted] = useState(mayWrite ? start : null);
  const [isStartedHere] = useState(started !== null);
  const [writing, setWriting] = useState(started !== null);
  const stopWriting = () => {
    setWriting(false);
    if (!started) return;
    // Leave the started verdict behind: a reload must not open it again.
    setStarted(null);
    router.replace(`/claims/${claim.id}`, { scroll: false });
  };
  const submitted = verdicts.filter((v) => v.state === "submitted");
  return (
    <section aria-labelledby="verdicts-heading" className="space-y-4">
      <h2 id="verdicts-heading" className="text-lg font-semibold">
        Verdicts <span className="font-normal text-stone-600">({verdicts.length})</span>
      </h2>
      {verdicts.length === 0 ? <p className="text-sm text-stone-700">No verdict yet.</p> : null}
      {start && !mayWrite && !isStartedHere && canWriteVerdicts(user) ? (
        <p role="status" className="text-sm text-stone-800">
          {hasOpenVerdict
            ? "You already have a verdict open on this claim: edit it instead of starting another."
            : "This claim is dismissed: no verdict can be started on it."}
        </p>
      ) : null}
      {claim.status === "disputed" && canResolveDisputes(user) ? (
        <ResolveDisputeForm
          claimId={claim.id}
          verdicts={submitted.map((v) => ({
            id: v.id,
            label: `${v.revisions[0]?.rating.label ?? "?"} by ${v.authorName}`,
          }))}
        />
      ) : null}
      {verdicts.map((verdict) => (
        <VerdictCard
          key={verdict.id}
          claimId={claim.id}
          verdict={verdict}
          canEdit={canChangeVerdict(user, verdict)}
          canReview={canReviewVerdict(user, verdict)}
          canApprove={canApproveVerdict(user, {
            ...verdict,
            currentReviews: verdict.revisions[0]?.reviews ?? [],
          })}
          viewerId={user.id}
          threshold={rules.approvalThreshold}
          ratings={ratings}
          knownSources={knownSources}
          minSources={rules.minSourcesToSubmit}
        />
      ))}
      {mayWrite ? (
        writing ? (
          <VerdictForm
            claimId={claim.id}
            ratings={ratings}
            knownSources={knownSources}
            minSources={rules.minSourcesToSubmit}
            {...(started
              ? {
                  initial: verdictStartDraft(started),
                  basedOn: started.basedOn.id,
                  note: <StartedFromNote start={started} />,
                }
              : {})}
            onDone={stopWriting}
          />
        ) : (
          <Button onClick={() => setWriting(true)}>Write a verdict</Button>
        )
      ) : null}
    </section>
  );
}
