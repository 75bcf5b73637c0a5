import { loadPublishedFeed } from "@/lib/data/feeds/published-feed";
import { ATOM_CONTENT_TYPE, feedResponse } from "@/lib/feeds/feed-response";
import { renderAtomFeed } from "@/lib/feeds/render-atom-feed";
import { publicApiRoute } from "@/lib/http/api-route";
import { publicOrigin } from "@/lib/http/public-origin";

/** Atom feed of the published fact-checks, newest first. No sign-in. */
export const GET = publicApiRoute(async (request) => {
  const { channel, entries } = await loadPublishedFeed(publicOrigin(request));
  return feedResponse(request, renderAtomFeed(channel, entries), ATOM_CONTENT_TYPE, channel.updated);
});
