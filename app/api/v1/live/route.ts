import { assertLiveScope } from "@/lib/data/live/find-live-scope";
import { apiRoute } from "@/lib/http/api-route";
import { readQuery } from "@/lib/http/read-query";
import { openLiveStream } from "@/lib/live/live-stream";
import { recheckCaller } from "@/lib/live/recheck-caller";
import { lastEventIdHeaderSchema, liveQuerySchema } from "@/lib/schemas/live";

export const dynamic = "force-dynamic";

/**
 * Live changes as Server-Sent Events: to one article (`?articleId=`) or to
 * every article the caller may see. A reconnecting browser sends
 * Last-Event-ID and first gets what it missed.
 */
export const GET = apiRoute(async (request, caller) => {
  const query = readQuery(request, liveQuerySchema);
  const articleId = query.articleId ?? null;
  await assertLiveScope(caller.user, articleId);
  const header = lastEventIdHeaderSchema.safeParse(request.headers.get("last-event-id") ?? undefined);
  const stream = openLiveStream({
    user: caller.user,
    recheckUser: recheckCaller(caller, request),
    articleId,
    presence: query.presence === "1",
    lastEventId: header.success ? header.data : (query.lastEventId ?? null),
    signal: request.signal,
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      // no-transform: compression would buffer the stream; X-Accel-Buffering: nginx would too.
      "Cache-Control": "no-cache, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
});
