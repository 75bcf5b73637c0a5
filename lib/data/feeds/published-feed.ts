import { feedChannel, type FeedChannel } from "@/lib/feeds/feed-channel";
import { feedEntryOf, type FeedEntry } from "@/lib/feeds/feed-entry";
import { feedOrganization, listPublishedFactChecks } from "./list-published-fact-checks";

/** Everything both feeds show, for the app served from `origin`. */
export async function loadPublishedFeed(
  origin: string,
): Promise<{ channel: FeedChannel; entries: FeedEntry[] }> {
  const [models, organization] = await Promise.all([listPublishedFactChecks(origin), feedOrganization()]);
  const entries = models.map(feedEntryOf).filter((entry): entry is FeedEntry => entry !== null);
  return { channel: feedChannel(organization, origin, entries), entries };
}
