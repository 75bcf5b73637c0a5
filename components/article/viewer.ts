import type { SessionUser } from "@/lib/auth/roles";

/**
 * Who is looking at the article page, and which of the claim cards'
 * in-place actions their role offers (from lib/permissions, decided by the
 * page). Whether they may review a given verdict is decided when its card
 * opens, with the verdict's authors and reviews.
 */
export interface Viewer {
  user: Pick<SessionUser, "id" | "role">;
  mayReview: boolean;
  mayComment: boolean;
}
