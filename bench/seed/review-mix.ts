import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/db/generated/client";
import {
  deriveClaimStatus,
  reviewStateOf,
  type ClaimStatus,
  type StatusRules,
  type VerdictFact,
} from "@/lib/review/claim-status";

/*
 * What happened to each bench claim, picked at random with the weights
 * below, and the rows that record it. The stored statuses (Claim.status,
 * Verdict.changesRequested, VerdictRevision.current) are derived from those
 * rows by lib/review/claim-status.ts, never decided here.
 */

export type Scenario =
  "unreviewed" | "draft" | "submitted" | "approved" | "changes_requested" | "disagreeing" | "dismissed";

/** Per cent of claims in each scenario in an article under way. */
const MIXED: ReadonlyArray<[Scenario, number]> = [
  ["unreviewed", 27],
  ["draft", 10],
  ["submitted", 20],
  ["approved", 27],
  ["changes_requested", 8],
  ["dismissed", 8],
];
/** An article where reviewers disagree on a few claims. */
const CONTESTED: ReadonlyArray<[Scenario, number]> = [...MIXED, ["disagreeing", 5]];
/** An article whose check is finished: everything approved or dismissed. */
const FINISHED: ReadonlyArray<[Scenario, number]> = [
  ["approved", 90],
  ["dismissed", 10],
];

export type ArticleProfile = "mixed" | "contested" | "finished" | "unreviewed";

const WEIGHTS = {
  mixed: MIXED,
  contested: CONTESTED,
  finished: FINISHED,
  unreviewed: [["unreviewed", 1]],
} as const;

export function pickScenario(profile: ArticleProfile, random: () => number): Scenario {
  const weights: ReadonlyArray<readonly [Scenario, number]> = WEIGHTS[profile];
  let roll = random() * weights.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [scenario, weight] of weights) {
    roll -= weight;
    if (roll < 0) return scenario;
  }
  return weights[0]![0];
}

export interface BenchPeople {
  editorIds: readonly string[];
  /** At least two, so a verdict is always reviewed by someone other than its author. */
  reviewerIds: readonly string[];
}

export interface ReviewRows {
  verdicts: Prisma.VerdictCreateManyInput[];
  revisions: Prisma.VerdictRevisionCreateManyInput[];
  citations: Prisma.VerdictSourceCreateManyInput[];
  reviews: Prisma.ReviewCreateManyInput[];
}

export interface ClaimReview {
  status: ClaimStatus;
  /** Rating of an approved claim, for the article's summary. */
  ratingKey: string | null;
  dismissal: { dismissedAt: Date; dismissedReason: string; dismissedById: string } | null;
}

export interface ScenarioContext {
  claimId: string;
  at: Date;
  people: BenchPeople;
  /** Rating keys → ids, in scale order. */
  ratings: ReadonlyArray<{ key: string; id: string }>;
  sourceIds: readonly string[];
  rules: StatusRules;
  random: () => number;
  rows: ReviewRows;
}

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)]!;

const SUMMARIES = [
  "The figure matches the official record for the period.",
  "The record shows a different number; the claim overstates it.",
  "Partly right: the trend is real but the size is exaggerated.",
  "No public source supports this; the speaker's office did not reply.",
  "The quotation is accurate and in context.",
];

/** Adds the rows of `scenario` for one claim to `context.rows` and derives its status. */
export function addScenario(scenario: Scenario, context: ScenarioContext): ClaimReview {
  const { people, random, at } = context;
  if (scenario === "dismissed") {
    const dismissal = {
      dismissedAt: at,
      dismissedReason: "Opinion, not a checkable claim.",
      dismissedById: pick(people.editorIds, random),
    };
    return {
      status: deriveClaimStatus({ dismissed: true, verdicts: [] }, context.rules),
      ratingKey: null,
      dismissal,
    };
  }
  const [author, reviewer, second] = shuffledReviewers(people.reviewerIds, random);
  const rating = pick(context.ratings, random);
  const facts: VerdictFact[] = [];
  if (scenario !== "unreviewed") {
    const decision = { approved: "approve", changes_requested: "request_changes" } as const;
    const reviewDecision = scenario in decision ? decision[scenario as keyof typeof decision] : null;
    facts.push(
      addVerdict(context, {
        authorId: author!,
        rating,
        submitted: scenario !== "draft",
        reviewerId: reviewer!,
        decision: reviewDecision,
      }),
    );
  }
  if (scenario === "disagreeing") {
    const other = context.ratings.find((candidate) => candidate.key !== rating.key) ?? rating;
    facts.push(
      addVerdict(context, {
        authorId: second ?? reviewer!,
        rating: other,
        submitted: true,
        reviewerId: author!,
        decision: null,
      }),
    );
  }
  const status = deriveClaimStatus({ dismissed: false, verdicts: facts }, context.rules);
  return { status, ratingKey: status === "approved" ? rating.key : null, dismissal: null };
}

function addVerdict(
  context: ScenarioContext,
  verdict: {
    authorId: string;
    rating: { key: string; id: string };
    submitted: boolean;
    reviewerId: string;
    decision: "approve" | "request_changes" | null;
  },
): VerdictFact {
  const { rows, at, random } = context;
  const verdictId = randomUUID();
  const revisionId = randomUUID();
  const reviewedAt = new Date(at.getTime() + 3_600_000);
  const reviews = verdict.decision
    ? [{ reviewerId: verdict.reviewerId, version: 1, decision: verdict.decision, createdAt: reviewedAt }]
    : [];
  const fact: VerdictFact = {
    id: verdictId,
    authorId: verdict.authorId,
    state: verdict.submitted ? "submitted" : "draft",
    version: 1,
    ratingKey: verdict.rating.key,
    reviews,
  };
  rows.verdicts.push({
    id: verdictId,
    claimId: context.claimId,
    authorId: verdict.authorId,
    state: fact.state,
    currentVersion: 1,
    changesRequested: reviewStateOf(fact, context.rules).changesRequested,
    createdAt: at,
    updatedAt: verdict.decision ? reviewedAt : at,
  });
  rows.revisions.push({
    id: revisionId,
    verdictId,
    version: 1,
    ratingId: verdict.rating.id,
    summary: pick(SUMMARIES, random),
    rationale: "Checked against the **official transcript** and the agency's published series.",
    authorId: verdict.authorId,
    submittedAt: verdict.submitted ? at : null,
    current: true,
    createdAt: at,
  });
  const citations = 1 + Math.floor(random() * 2);
  for (let position = 0; position < citations; position += 1) {
    rows.citations.push({
      id: randomUUID(),
      verdictRevisionId: revisionId,
      sourceId:
        context.sourceIds[
          (Math.floor(random() * context.sourceIds.length) + position) % context.sourceIds.length
        ]!,
      position,
      accessedAt: at,
    });
  }
  for (const review of reviews) {
    rows.reviews.push({
      id: randomUUID(),
      verdictRevisionId: revisionId,
      reviewerId: review.reviewerId,
      decision: review.decision,
      comment:
        review.decision === "request_changes" ? "Cite the primary source, not the press release." : null,
      createdAt: review.createdAt,
    });
  }
  return fact;
}

function shuffledReviewers(ids: readonly string[], random: () => number): string[] {
  const copy = [...ids];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}
