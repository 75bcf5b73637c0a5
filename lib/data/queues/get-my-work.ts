import type { SessionUser } from "@/lib/auth/roles";
import type { ArticleQueueItem, ClaimQueueItem } from "./queue-items";
import { countActionItems, loadWorkQueues } from "./load-work-queues";

/** The first `items` of a queue and how many it holds in all. */
export interface CappedQueue<T> {
  items: T[];
  total: number;
}

export interface MyWork {
  /** Reviewers and admins; null for other roles. */
  review: {
    awaitingReview: CappedQueue<ClaimQueueItem>;
    changesRequested: CappedQueue<ClaimQueueItem>;
    drafts: CappedQueue<ClaimQueueItem>;
  } | null;
  /** Editors and admins; null for other roles. */
  editing: {
    needsVerdict: CappedQueue<ClaimQueueItem>;
    disputed: CappedQueue<ClaimQueueItem>;
    readyToPublish: CappedQueue<ArticleQueueItem>;
  } | null;
  /** Items needing the user's action (what the header shows). */
  actionCount: number;
}

export const defaultQueueLimit = 50;

function section<T>(items: T[], limit: number): CappedQueue<T> {
  return { items: items.slice(0, limit), total: items.length };
}

/** The "My work" queues of `user` for their role, each capped at `limit` items. */
export async function getMyWork({
  user,
  limit = defaultQueueLimit,
}: {
  user: Pick<SessionUser, "id" | "role">;
  limit?: number;
}): Promise<MyWork> {
  const queues = await loadWorkQueues(user.id, user.role);
  const { review, editing } = queues;
  return {
    review: review && {
      awaitingReview: section(review.awaitingReview, limit),
      changesRequested: section(review.changesRequested, limit),
      drafts: section(review.drafts, limit),
    },
    editing: editing && {
      needsVerdict: section(editing.needsVerdict, limit),
      disputed: section(editing.disputed, limit),
      readyToPublish: section(editing.readyToPublish, limit),
    },
    actionCount: countActionItems(queues),
  };
}
