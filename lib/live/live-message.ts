import type { SessionUser } from "@/lib/auth/roles";
import type { LiveEventRecord } from "@/lib/data/live/list-live-events";
import { canReadArticles } from "@/lib/permissions";
import { describeLiveEvent } from "./describe-live-event";

/** What a `change` event carries to the browser: the notice and enough to know what it concerns, never the audit detail. */
export interface LiveChange {
  seq: number;
  at: string;
  articleId: string | null;
  claimId: string | null;
  action: string;
  actorName: string | null;
  /** True when the listener made the change themself (another tab of theirs): refresh, but do not announce. */
  mine: boolean;
  notice: string;
}

/**
 * Whether `user` hears about `event` on a connection following `articleId`
 * (null: every article, for My work). Live events only ever concern articles,
 * so the question is the app's own: may they read articles at all.
 */
export function mayHear(user: SessionUser, articleId: string | null, event: LiveEventRecord): boolean {
  if (!canReadArticles(user) || event.articleId === null) return false;
  return articleId === null || event.articleId === articleId;
}

/** The `change` event for `user`; a connection following every article names the article in the notice. */
export function toLiveChange(
  user: SessionUser,
  event: LiveEventRecord,
  followsEveryArticle: boolean,
): LiveChange {
  return {
    seq: event.seq,
    at: event.at.toISOString(),
    articleId: event.articleId,
    claimId: event.claimId,
    action: event.action,
    actorName: event.actorName,
    mine: event.actorId === user.id,
    notice: describeLiveEvent({ ...event, articleTitle: followsEveryArticle ? event.articleTitle : null }),
  };
}
