import { z } from "zod";
import { contrastRatio, isHexColor, isReadableOnWhite, MIN_TEXT_CONTRAST } from "@/lib/review/color-contrast";

export const LABEL_MAX = 40;
export const SHORT_CODE_MAX = 3;
export const DEFINITION_MAX = 200;
/** Guards the reorder body's size; far above any real scale. */
export const MAX_RATINGS = 500;

/**
 * The stable key of a rating, from its label: "Mostly true" → "mostly-true".
 * Accents are dropped but other scripts kept, so "Ложь" still has a key.
 */
export function ratingKeyOf(label: string): string {
  return label
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

const label = z
  .string({ error: "Write a label." })
  .trim()
  .min(1, "Write a label.")
  .max(LABEL_MAX, `Keep the label to ${LABEL_MAX} characters or fewer.`)
  .refine((value) => ratingKeyOf(value) !== "", "Use at least one letter or digit in the label.");

const color = z
  .string({ error: "Give the colour as a hex code like #15803d." })
  .trim()
  .refine(isHexColor, "Give the colour as a hex code like #15803d.")
  // zod runs both checks on a bad value; this one stays silent then, so the message above is the one shown.
  .refine((value) => !isHexColor(value) || isReadableOnWhite(value), {
    error: (issue) =>
      `This colour is too light to read on white (${contrastRatio(String(issue.input), "#ffffff").toFixed(1)}:1; ` +
      `it needs ${MIN_TEXT_CONTRAST}:1). Pick a darker shade.`,
  })
  .transform((value) => value.toLowerCase());

const shortCode = z
  .string({ error: "Write a short code." })
  .trim()
  .min(1, "Write a short code, e.g. MT.")
  .max(SHORT_CODE_MAX, `Keep the short code to ${SHORT_CODE_MAX} characters or fewer.`);

const definition = z
  .string({ error: "Write a definition." })
  .trim()
  .min(1, "Write a one-line definition.")
  .max(DEFINITION_MAX, `Keep the definition to ${DEFINITION_MAX} characters or fewer.`);

/** 5 (true) … 1 (false) for schema.org ClaimReview; null keeps a rating off the numeric scale. */
const value = z
  .number({ error: "Choose a number from 1 to 5, or none." })
  .int("Choose a number from 1 to 5, or none.")
  .min(1, "Choose a number from 1 to 5, or none.")
  .max(5, "Choose a number from 1 to 5, or none.")
  .nullable();

export const createRatingSchema = z.strictObject({ label, color, shortCode, definition, value });
export type CreateRatingInput = z.infer<typeof createRatingSchema>;

/**
 * Changes to one rating. `updatedAt` is the version the client saw (ISO);
 * `retired` retires or restores it. The key never changes.
 */
export const updateRatingSchema = z
  .strictObject({
    updatedAt: z.iso.datetime({ error: "Send the rating's updatedAt as the version you edited." }),
    label: label.optional(),
    color: color.optional(),
    shortCode: shortCode.optional(),
    definition: definition.optional(),
    value: value.optional(),
    retired: z.boolean({ error: "Send retired as true or false." }).optional(),
  })
  .refine((input) => Object.values(input).filter((v) => v !== undefined).length > 1, {
    message: "Nothing to change.",
  });
export type UpdateRatingInput = z.infer<typeof updateRatingSchema>;

/** The whole scale in its new order: every rating's id, retired ones included, once each. */
export const reorderRatingsSchema = z.strictObject({
  ids: z
    .array(z.string().min(1).max(200, "That is not a rating id."), {
      error: "Send the rating ids in their new order.",
    })
    .min(1, "Send the rating ids in their new order.")
    .max(MAX_RATINGS)
    .refine((ids) => new Set(ids).size === ids.length, "List each rating once."),
});
export type ReorderRatingsInput = z.infer<typeof reorderRatingsSchema>;

export const ratingsQuerySchema = z.object({
  includeRetired: z
    .enum(["true", "false"], { error: "Send includeRetired as true or false." })
    .default("false")
    .describe("`true` adds retired ratings, which old verdicts may still use."),
});
