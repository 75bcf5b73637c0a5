import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/client";
import { getSettings } from "@/lib/data/settings/get-settings";
import { dateToDueDay } from "@/lib/assignments/due-dates";
import type { StatusRules } from "@/lib/review/claim-status";
import { claimStatusInclude, describeClaimStatus, type ClaimStatusView } from "./claim-status-query";
import { describeCurrentVerdict, type CurrentVerdict } from "./current-verdict";

/** A claim as pages and the API show it: its selector, words and derived status. */
export interface ClaimView extends ClaimStatusView {
  id: string;
  articleId: string;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  anchoredRevision: number;
  anchorState: "anchored" | "orphaned";
  statement: string;
  claimant: string | null;
  type: string;
  dismissedReason: string | null;
  verdictCount: number;
  version: number;
  /** The verdict that decides the status, when one does. */
  currentVerdict: CurrentVerdict | null;
  /** Who owns the claim; null when nobody does (the article's assignee may). */
  assignee: { id: string; name: string } | null;
  /** The day it is due (YYYY-MM-DD), or null. */
  dueAt: string | null;
  /** Comments in its discussion. */
  commentCount: number;
  /** The stored score of the suggested sentence it was accepted from; null when marked by hand. */
  suggestionScore: number | null;
}

/** Load with a claim so its view names its assignee and counts its comments. */
export const claimViewExtrasInclude = {
  assignee: { select: { id: true, name: true } },
  _count: { select: { comments: true } },
} satisfies Prisma.ClaimInclude;

/**
 * What the article workspace (a client component) needs of a claim: the
 * view without what only the API and the claim page read. A busy article's
 * claims travel in every page and refresh payload, so each field counts
 * (a thousand claims: about 150 KB less per refresh).
 */
export type DeskClaim = Omit<
  ClaimView,
  "articleId" | "prefix" | "suffix" | "anchoredRevision" | "currentVerdict"
> & {
  /** The deciding verdict's summary (what a margin card shows of it), or null. */
  verdictSummary: string | null;
};

export function toDeskClaim(claim: ClaimView): DeskClaim {
  const {
    articleId: _article,
    prefix: _prefix,
    suffix: _suffix,
    anchoredRevision: _revision,
    currentVerdict,
    ...desk
  } = claim;
  return { ...desk, verdictSummary: currentVerdict?.summary ?? null };
}

type ClaimWithVerdicts = Prisma.ClaimGetPayload<{ include: typeof claimStatusInclude }> & {
  /** Loaded with claimViewExtrasInclude; a query that leaves it out shows no assignee and no comments. */
  assignee?: { id: string; name: string } | null;
  _count?: { comments: number };
};

export function toClaimView(claim: ClaimWithVerdicts, rules: StatusRules): ClaimView {
  return {
    id: claim.id,
    articleId: claim.articleId,
    start: claim.start,
    end: claim.end,
    exact: claim.exact,
    prefix: claim.prefix,
    suffix: claim.suffix,
    anchoredRevision: claim.anchoredRevision,
    anchorState: claim.anchorState === "orphaned" ? "orphaned" : "anchored",
    statement: claim.statement,
    claimant: claim.claimant,
    type: claim.type,
    dismissedReason: claim.dismissedAt ? claim.dismissedReason : null,
    verdictCount: claim.verdicts.length,
    version: claim.version,
    currentVerdict: describeCurrentVerdict(claim, rules),
    assignee: claim.assignee ?? null,
    dueAt: dateToDueDay(claim.dueAt),
    commentCount: claim._count?.comments ?? 0,
    suggestionScore: claim.suggestionScore,
    ...describeClaimStatus(claim, rules),
  };
}

/** One claim's view, or null when it does not exist. */
export async function getClaimView(claimId: string): Promise<ClaimView | null> {
  const [settings, claim] = await Promise.all([
    getSettings(),
    db.claim.findUnique({
      where: { id: claimId },
      include: { ...claimStatusInclude, ...claimViewExtrasInclude },
    }),
  ]);
  return claim ? toClaimView(claim, settings) : null;
}
