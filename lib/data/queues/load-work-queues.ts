import { cache } from "react";
import type { Role } from "@/lib/auth/roles";
import { getSettings } from "@/lib/data/settings/get-settings";
import { canResolveDisputes, canWriteVerdicts } from "@/lib/permissions";
import { findArticlesReadyToPublish } from "./find-articles-ready-to-publish";
import { findEditorQueue, type EditorQueue } from "./find-editor-queue";
import { findReviewQueue, type ReviewQueue } from "./find-review-queue";
import type { ArticleQueueItem } from "./queue-items";

/** Every queue a user has, uncapped; null where their role has no such work. */
export interface WorkQueues {
  review: ReviewQueue | null;
  editing: (EditorQueue & { readyToPublish: ArticleQueueItem[] }) | null;
}

/**
 * Loads a user's queues. Cached per request (by id and role, which are
 * primitives), so the header's count and the "My work" page share one load.
 */
export const loadWorkQueues = cache(async function loadWorkQueues(
  userId: string,
  role: Role,
): Promise<WorkQueues> {
  const actor = { id: userId, role };
  const reviews = canWriteVerdicts(actor);
  const edits = canResolveDisputes(actor);
  if (!reviews && !edits) return { review: null, editing: null };
  const rules = await getSettings();
  const [review, editorQueue, readyToPublish] = await Promise.all([
    reviews ? findReviewQueue({ userId, rules }) : null,
    edits ? findEditorQueue({ rules }) : null,
    edits ? findArticlesReadyToPublish({ rules }) : null,
  ]);
  return {
    review,
    editing: editorQueue && readyToPublish ? { ...editorQueue, readyToPublish } : null,
  };
});

/** Items that need the user to act: drafts are theirs to finish when they like, so they do not count. */
export function countActionItems({ review, editing }: WorkQueues): number {
  return (
    (review ? review.awaitingReview.length + review.changesRequested.length : 0) +
    (editing ? editing.needsVerdict.length + editing.disputed.length + editing.readyToPublish.length : 0)
  );
}
