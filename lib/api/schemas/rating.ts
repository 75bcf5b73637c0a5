import { z } from "zod";
import { dateTime, nullableDateTime } from "./common";

export const ratingResource = z
  .object({
    id: z.string(),
    key: z.string().describe("Stable key used in verdicts and filters, e.g. `mostly-true`."),
    label: z.string(),
    color: z.string().describe("Hex colour, readable on white."),
    shortCode: z.string(),
    definition: z.string(),
    value: z
      .number()
      .int()
      .min(1)
      .max(5)
      .nullable()
      .describe("5 (true) … 1 (false); null outside the numeric scale."),
    position: z.number().int(),
    retiredAt: nullableDateTime,
    updatedAt: dateTime.describe("The version token: send it back with changes."),
  })
  .meta({ id: "Rating" });

export const ratingListResponse = z.object({ ratings: z.array(ratingResource) });
export const ratingResponse = z.object({ rating: ratingResource });
