import { NOBODY } from "@/lib/articles-search/article-list-options";
import { claimStatuses, type ClaimStatus } from "@/lib/review/claim-status";

/*
 * Which of an article's claims to list: by status, by rating key, by
 * claimant and by assignee. Applied in memory to one article's claims (tens, at most a
 * thousand), by the API's claim list and by the article page's panel alike.
 */

export interface ClaimFilters {
  status?: ClaimStatus;
  /** A rating key: the claim's current verdict (approved or proposed) has it. */
  rating?: string;
  /** Who made the claim, matched whole but ignoring case and surrounding spaces. */
  claimant?: string;
  /**
   * A user id: the claim's own assignee is that person; NOBODY: the claim
   * has none of its own (the article's assignee may still own it; the
   * article list's assignee filter counts both).
   */
  assignee?: string;
}

/** What a claim is filtered on. */
export interface FilterableClaim {
  status: ClaimStatus;
  claimant: string | null;
  /** The rating keys shown for the claim (its current verdict's). */
  ratingKeys: readonly string[];
  assignee: { id: string } | null;
}

export function matchesClaimFilters(claim: FilterableClaim, filters: ClaimFilters): boolean {
  if (filters.status && claim.status !== filters.status) return false;
  if (filters.rating && !claim.ratingKeys.includes(filters.rating)) return false;
  if (filters.claimant && !isSameClaimant(claim.claimant, filters.claimant)) return false;
  if (filters.assignee && (claim.assignee?.id ?? NOBODY) !== filters.assignee) return false;
  return true;
}

export function isSameClaimant(claimant: string | null, wanted: string): boolean {
  return claimant !== null && claimantKey(claimant) === claimantKey(wanted);
}

/** A claimant as filters compare it: trimmed, spaces collapsed, lower case. */
export function claimantKey(claimant: string): string {
  return claimant.replace(/\s+/g, " ").trim().toLowerCase();
}

export function hasClaimFilters({ status, rating, claimant, assignee }: ClaimFilters): boolean {
  return Boolean(status || rating || claimant || assignee);
}

/**
 * The article page's claim filters as its URL carries them, named so they
 * cannot clash with the page's other parameters. A value the page cannot
 * use (an unknown status) is ignored.
 */
export const claimFilterParams = {
  status: "claimStatus",
  rating: "claimRating",
  claimant: "claimant",
  assignee: "claimAssignee",
} as const;

export function readClaimFilters(params: { get(name: string): string | null }): ClaimFilters {
  const status = params.get(claimFilterParams.status) ?? "";
  const rating = params.get(claimFilterParams.rating)?.trim();
  const claimant = params.get(claimFilterParams.claimant)?.trim();
  const assignee = params.get(claimFilterParams.assignee)?.trim();
  return {
    status: (claimStatuses as readonly string[]).includes(status) ? (status as ClaimStatus) : undefined,
    rating: rating || undefined,
    claimant: claimant || undefined,
    assignee: assignee || undefined,
  };
}

/** `params` with the claim filters set to `filters` (blank ones removed), the rest kept. */
export function withClaimFilters(params: URLSearchParams, filters: ClaimFilters): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [field, name] of Object.entries(claimFilterParams) as Array<[keyof ClaimFilters, string]>) {
    const value = filters[field];
    if (value) next.set(name, value);
    else next.delete(name);
  }
  return next;
}
