import { z } from "zod";

/** `?limit=`: how many items of each queue to list. */ export const myWorkQuerySchema = z.object({
  limit: z.coerce
    .number({ error: "Give the limit as a whole number from 1 to 200." })
    .int("Give the limit as a whole number from 1 to 200.")
    .min(1, "Give the limit as a whole number from 1 to 200.")
    .max(200, "Give the limit as a whole number from 1 to 200.")
    .default(50)
    .describe("Items per queue."),
});
