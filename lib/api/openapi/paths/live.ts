import { liveQuerySchema } from "@/lib/schemas/live";
import type { ApiOperation } from "../operation";

export const liveOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/live",
    operationId: "followLiveChanges",
    tag: "Live",
    summary: "Live changes, as Server-Sent Events",
    description:
      "A stream that stays open. Each change to a claim, verdict, review, comment, the article text or its " +
      "report arrives as a `change` event whose `id` is its number and whose data is JSON " +
      "`{ seq, at, articleId, claimId, action, actorName, mine, notice }`. With `presence=1`, `presence` events " +
      "`{ articleId, people: [{ name }] }` name the others viewing the article. A comment line arrives every " +
      "15 s. Send `Last-Event-ID` (browsers do when they reconnect) or `lastEventId` to first receive what " +
      "you missed (kept for 24 hours). When your session ends or your token is revoked, a `signed-out` event " +
      "arrives and the stream closes.",
    allowed: "everyone signed in, for the articles they may read",
    query: liveQuerySchema,
    responses: { 200: { description: "The event stream.", contentType: "text/event-stream" } },
    errors: [404, 422],
  },
];
