import type { SessionUser } from "@/lib/auth/roles";
import { getSettings } from "@/lib/data/settings/get-settings";
import { canResolveDisputes, canWriteVerdicts } from "@/lib/permissions";
import { findAssignmentQueues, type AssignmentQueues } from "./find-assignment-queues";
import { findArticlesReadyToPublish } from "./find-articles-ready-to-publish";
import { findEditorQueue, type EditorQueue } from "./find-editor-queue";
import { findReviewQueue, type ReviewQueue } from "./find-review-queue";
import type { ArticleQueueItem, CappedQueue } from "./queue-items";

export interface MyWork {
  /** Reviewers and admins; null for other roles. */
  review: ReviewQueue | null;
  /** Reviewers and admins: claims they own, and claims nobody has taken; null for other roles. */
  assignments: AssignmentQueues | null;
  /** Editors and admins; null for other roles. */
  editing: (EditorQueue & { readyToPublish: CappedQueue<ArticleQueueItem> }) | null;
  /** Items needing the user's action (what the header shows). */
  actionCount: number;
}

export const defaultQueueLimit = 50;

/** The "My work" queues of `user` for their role, each capped at `limit` items with its total. */
export async function getMyWork({
  user,
  limit = defaultQueueLimit,
}: {
  user: Pick<SessionUser, "id" | "role">;
  limit?: number;
}): Promise<MyWork> {
  const reviews = canWriteVerdicts(user);
  const edits = canResolveDisputes(user);
  if (!reviews && !edits) return { review: null, assignments: null, editing: null, actionCount: 0 };
  const rules = await getSettings();
  const [review, assignments, editorQueue, readyToPublish] = await Promise.all([
    reviews ? findReviewQueue({ userId: user.id, rules, limit }) : null,
    reviews ? findAssignmentQueues({ userId: user.id, rules, limit }) : null,
    edits ? findEditorQueue({ rules, limit }) : null,
    edits ? findArticlesReadyToPublish({ rules, limit }) : null,
  ]);
  const editing = editorQueue && readyToPublish ? { ...editorQueue, readyToPublish } : null;
  // Assigned claims are not added to actionCount: they overlap the other
  // queues, and the header's count (count-my-work.ts) must equal it.
  return { review, assignments, editing, actionCount: countActionItems(review, editing) };
}

/** Items that need the user to act: drafts are theirs to finish when they like, so they do not count. */
function countActionItems(review: MyWork["review"], editing: MyWork["editing"]): number {
  return (
    (review ? review.awaitingReview.total + review.changesRequested.total : 0) +
    (editing ? editing.needsVerdict.total + editing.disputed.total + editing.readyToPublish.total : 0)
  );
}
