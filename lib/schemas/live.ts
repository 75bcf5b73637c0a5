import { z } from "zod";

const eventNumber = z.coerce
  .number({ error: "Give the last event id as a whole number." })
  .int("Give the last event id as a whole number.")
  .min(0, "Give the last event id as a whole number.");

/** `GET /live` query: which article to follow (none: every article you may see), presence, and where to resume. */
export const liveQuerySchema = z.object({
  articleId: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .describe("Follow one article; omit for every article you may see."),
  presence: z
    .enum(["1", "0"])
    .optional()
    .describe("`1`: count this connection as viewing the article, and hear who else is (needs articleId)."),
  lastEventId: eventNumber
    .optional()
    .describe("Resume after this event id, like the Last-Event-ID header (which wins when both are sent)."),
});

/** The Last-Event-ID header, when it is a valid event number. */
export const lastEventIdHeaderSchema = eventNumber;
