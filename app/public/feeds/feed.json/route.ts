import { loadPublishedFeed } from "@/lib/data/feeds/published-feed";
import { feedResponse, JSON_FEED_CONTENT_TYPE } from "@/lib/feeds/feed-response";
import { renderJsonFeed } from "@/lib/feeds/render-json-feed";
import { publicApiRoute } from "@/lib/http/api-route";
import { publicOrigin } from "@/lib/http/public-origin";

/** JSON Feed 1.1 of the published fact-checks, newest first, each with its ClaimReview JSON-LD. No sign-in. */
export const GET = publicApiRoute(async (request) => {
  const { channel, entries } = await loadPublishedFeed(publicOrigin(request));
  return feedResponse(request, renderJsonFeed(channel, entries), JSON_FEED_CONTENT_TYPE, channel.updated);
});
