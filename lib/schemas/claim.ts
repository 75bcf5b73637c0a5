import { z } from "zod";
import { claimTypeSchema } from "@/lib/claims/claim-types";
import { claimStatuses } from "@/lib/review/claim-status";
import { NOBODY } from "@/lib/articles-search/article-list-options";
import { keyedUnion } from "./keyed-union";
import { personFilter } from "./person-filter";

export const STATEMENT_MAX = 600;
export const CLAIMANT_MAX = 200;
export const REASON_MAX = 500;

const offset = z
  .number({ error: "Give the offset as a whole number." })
  .int("Give the offset as a whole number.")
  .min(0, "Offsets start at 0.");

/** A span of the article text at one revision: what the editor selected. */
export const spanSchema = z
  .strictObject({
    revision: z.number().int().min(1),
    start: offset,
    end: offset,
    /** The text the client saw; if given, the server checks it still matches. */
    exact: z.string().max(20_000).optional(),
  })
  .refine((span) => span.end > span.start, {
    message: "Select some text to mark as a claim.",
    path: ["end"],
  });

const statement = z
  .string()
  .trim()
  .min(1, "Write the claim statement.")
  .max(STATEMENT_MAX, `Keep the statement under ${STATEMENT_MAX} characters.`);
const claimant = z
  .string()
  .trim()
  .max(CLAIMANT_MAX, `Keep the claimant under ${CLAIMANT_MAX} characters.`)
  .transform((value) => value || null);

const QUOTE_MAX = 20_000;
const CONTEXT_MAX = 1_000;

/**
 * A W3C TextQuoteSelector: the quoted words, and optionally the text just
 * before (`prefix`) and after (`suffix`) them to pick one of several copies.
 */
export const quoteSelectorSchema = z.strictObject({
  exact: z
    .string({ error: "Give the quote to mark as `exact`." })
    .min(1, "Give the quote to mark.")
    .max(QUOTE_MAX, `Keep the quote under ${QUOTE_MAX.toLocaleString("en")} characters.`),
  prefix: z.string().max(CONTEXT_MAX, `Keep the prefix under ${CONTEXT_MAX} characters.`).optional(),
  suffix: z.string().max(CONTEXT_MAX, `Keep the suffix under ${CONTEXT_MAX} characters.`).optional(),
});

/** A W3C TextPositionSelector: UTF-16 offsets [start, end) into the current text. */
export const positionSelectorSchema = z
  .strictObject(
    { start: offset, end: offset },
    // Anything that is not an object lands here (no `exact`), so say what both kinds look like.
    { error: "Give the selector as { exact, prefix?, suffix? } or { start, end }." },
  )
  .refine((span) => span.end > span.start, { message: "The end must come after the start.", path: ["end"] });

/** Where a claim is in the article's current text: by quote (has `exact`) or by position. */
export const selectorSchema = keyedUnion("exact", quoteSelectorSchema, positionSelectorSchema);

const claimFields = {
  statement: statement.optional(),
  claimant: claimant.optional(),
  type: claimTypeSchema.default("other"),
};

const acceptedSuggestion = {
  /**
   * The suggested sentence this claim accepts (its number in the suggestions
   * list, from 1). The claim must overlap it; the server records its score.
   */
  suggestion: z
    .number({ error: "Give the suggested sentence as a whole number from 1." })
    .int("Give the suggested sentence as a whole number from 1.")
    .min(1, "Give the suggested sentence as a whole number from 1.")
    .optional(),
};

/** A claim on the span the editor selected, at the revision they saw: what the web app sends. */
export const createClaimAtSpanSchema = z.strictObject({
  span: spanSchema,
  ...claimFields,
  ...acceptedSuggestion,
});

/** A claim placed by a selector on the article's current text: for API callers. */
export const createClaimAtSelectorSchema = z.strictObject({
  selector: selectorSchema,
  ...claimFields,
  ...acceptedSuggestion,
});

/** `POST /articles/{id}/claims`: by `span` (the web app) or by `selector`. */
export const createClaimSchema = keyedUnion("span", createClaimAtSpanSchema, createClaimAtSelectorSchema);
export type CreateClaimInput = z.infer<typeof createClaimSchema>;

export const updateClaimSchema = z
  .strictObject({
    version: z.number().int().min(1),
    statement: statement.optional(),
    claimant: claimant.optional(),
    type: claimTypeSchema.optional(),
    span: spanSchema.optional(),
    /** For API callers: a new place on the current text, like `selector` when creating a claim. */
    selector: selectorSchema.optional(),
    dismissal: z
      .discriminatedUnion("dismissed", [
        z.strictObject({
          dismissed: z.literal(true),
          reason: z
            .string()
            .trim()
            .min(1, "Say why the claim is not worth checking.")
            .max(REASON_MAX, `Keep the reason under ${REASON_MAX} characters.`),
        }),
        z.strictObject({ dismissed: z.literal(false) }),
      ])
      .optional(),
  })
  .refine((input) => Object.keys(input).length > 1, { message: "Nothing to change." })
  .refine((input) => !(input.span && input.selector), {
    message: "Send either a span or a selector, not both.",
    path: ["selector"],
  });
export type UpdateClaimInput = z.infer<typeof updateClaimSchema>;

/** `GET /articles/{id}/claims` filters. */
export const listClaimsQuerySchema = z.object({
  status: z
    .enum(claimStatuses, { error: `Filter by one of the claim statuses: ${claimStatuses.join(", ")}.` })
    .optional()
    .describe("Only claims in this status."),
  rating: z
    .string()
    .trim()
    .min(1, "Give a rating key, e.g. false.")
    .max(100, "That is not a rating key.")
    .optional()
    .describe("Only claims whose current verdict has this rating key (approved or still in review)."),
  claimant: z
    .string()
    .trim()
    .min(1, "Give the claimant's name, e.g. claimant=Jane%20Doe.")
    .max(200, "That is longer than any claimant's name.")
    .optional()
    .describe("Only claims made by this claimant (the whole name, ignoring case and extra spaces)."),
  assignee: personFilter("assignee").describe(
    `Only claims assigned to this user (their own assignee, not the article's); \`${NOBODY}\`: claims without an assignee of their own. An unknown id lists nothing.`,
  ),
});
export type ListClaimsQuery = z.infer<typeof listClaimsQuerySchema>;

/** `DELETE /claims/{id}` options. */
export const deleteClaimQuerySchema = z.object({
  withVerdicts: z
    .enum(["true", "false"], { error: "Give withVerdicts as true or false." })
    .optional()
    .transform((value) => value === "true")
    .describe("Confirms deleting a claim that has verdicts (they are deleted with it)."),
});
