import { latestLiveSeq } from "@/lib/data/live/list-live-events";
import { LiveUpdatesClient } from "./live-updates-client";

interface LiveUpdatesProps {
  /** The article this page shows, or null to follow every article (My work). */
  articleId: string | null;
  /** Show who else has the article open (the article page). */
  showPresence?: boolean;
}

/**
 * Live updates for a page: what others change appears without a reload,
 * with a short notice. Reads the newest event number as the page renders,
 * so the connection replays anything that happens before it opens.
 */
export async function LiveUpdates({ articleId, showPresence = false }: LiveUpdatesProps) {
  const since = await latestLiveSeq();
  return <LiveUpdatesClient articleId={articleId} since={since} showPresence={showPresence} />;
}
