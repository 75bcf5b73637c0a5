import { z } from "zod";
import { claimTypeSchema, type ClaimType } from "../claims/claim-types";
import { CLAIMANT_MAX } from "../schemas/claim";
import { W3C_TAG_PREFIXES } from "./w3c-bodies";

export { anchorImportedAnnotations, type ImportAnchoring } from "./anchor-imported-annotations";

/*
 * Read W3C Web Annotations made elsewhere (our own export, Hypothesis,
 * other annotation tools) into quotes the app can anchor. Accepts one
 * Annotation, an array of them, an AnnotationPage (items) or an
 * AnnotationCollection with its first page embedded. Each annotation is
 * validated on its own: a bad one becomes an error line, the rest still
 * import. JSON-LD lets most values be one item or an array, so the schemas
 * accept both. Only the parts we use are read; everything else is ignored.
 * Our own export's tagging bodies (w3c-bodies.ts) come back as the claimant,
 * the claim type and the rating key; a tag without our prefixes (a
 * Hypothesis user's own tags) is left alone, and an unknown claim type is
 * left out rather than guessed.
 */

/** More than this is not an article's worth of claims; refuse rather than work through it. */
export const MAX_IMPORTED_ANNOTATIONS = 5_000;
/** Same bound as a claim's quote (lib/schemas/claim.ts). */
const MAX_QUOTE_LENGTH = 20_000;
const MAX_CONTEXT_LENGTH = 1_000;
const MAX_STATEMENT_LENGTH = 20_000;

export interface ImportedAnnotation {
  /** The annotation's IRI, when it has one; for messages. */
  id: string | null;
  exact: string;
  prefix: string;
  suffix: string;
  start: number | null;
  end: number | null;
  statement: string | null;
  /** From a "claimant:…" tag. */
  claimant: string | null;
  /** From a "claim-type:…" tag naming one of our claim types; null when there is none. */
  type: ClaimType | null;
  /** The rating key from a "rating:…" tag, as exported for a checked claim. */
  rating: string | null;
}

export interface ParsedAnnotations {
  annotations: ImportedAnnotation[];
  errors: string[];
}

const oneOrMany = <T extends z.ZodType>(schema: T, error?: string) =>
  z.union([schema, z.array(schema)], error ? { error } : undefined);
const typeSchema = oneOrMany(z.string());

const selectorSchema = z.object({
  type: typeSchema,
  exact: z.string().max(MAX_QUOTE_LENGTH, "The quote is too long.").optional(),
  prefix: z.string().max(MAX_CONTEXT_LENGTH).optional(),
  suffix: z.string().max(MAX_CONTEXT_LENGTH).optional(),
  start: z.number().int().min(0).optional(),
  end: z.number().int().min(0).optional(),
});

const targetSchema = z.union([
  z.string(),
  z.object({ source: z.string().optional(), selector: oneOrMany(selectorSchema).optional() }),
]);

const bodySchema = z.union([
  z.string(),
  z.object({
    type: typeSchema.optional(),
    value: z.string().max(MAX_STATEMENT_LENGTH).optional(),
    purpose: typeSchema.optional(),
  }),
]);

const annotationSchema = z.object({
  id: z.string().optional(),
  type: typeSchema.refine((type) => listOf(type).includes("Annotation"), 'The type must be "Annotation".'),
  body: oneOrMany(bodySchema, "The body must be text or TextualBody objects.").optional(),
  bodyValue: z.string().max(MAX_STATEMENT_LENGTH).optional(),
  target: oneOrMany(
    targetSchema,
    "The target must be a resource with selectors (a TextQuoteSelector's exact, prefix and suffix as text, a TextPositionSelector's start and end as whole numbers).",
  ),
});

type ParsedAnnotation = z.infer<typeof annotationSchema>;
type Selector = z.infer<typeof selectorSchema>;

function listOf<T>(value: T | T[] | undefined): T[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function typesOf(value: Record<string, unknown>): string[] {
  const type = value.type ?? value["@type"];
  return listOf(type).filter((item): item is string => typeof item === "string");
}

/** The annotations in a container, or an error sentence when there are none to reach. */
function unwrapContainer(json: unknown): unknown[] | string {
  if (Array.isArray(json)) return json;
  if (!isRecord(json))
    return "The file is not Web Annotation JSON: expected an Annotation, a list, a page or a collection.";
  const types = typesOf(json);
  if (types.includes("AnnotationCollection")) {
    const first = json.first;
    if (typeof first === "string") {
      return "The collection links to its pages instead of including them; export it with the annotations embedded.";
    }
    if (!isRecord(first)) return (json.total ?? 0) === 0 ? [] : "The collection has no first page.";
    return Array.isArray(first.items) ? first.items : "The collection's first page has no items.";
  }
  if (types.includes("AnnotationPage")) {
    return Array.isArray(json.items) ? json.items : "The annotation page has no items.";
  }
  return [json];
}

/**
 * A sentence when the file holds one page of a longer collection (a page
 * of our public container, say): what was left out is said, not dropped
 * silently. Null when nothing points past what is here.
 */
function describeMissingPages(json: unknown): string | null {
  if (!isRecord(json)) return null;
  const types = typesOf(json);
  const page = types.includes("AnnotationCollection") ? json.first : json;
  if (!isRecord(page) || !Array.isArray(page.items)) return null;
  const next = typeof page.next === "string" ? page.next : null;
  const hasPrevious = typeof page.prev === "string";
  if (!next && !hasPrevious) return null;
  return `The file holds one page of a longer collection (${page.items.length} annotations); the others were not imported.${next ? ` Import the next page too: ${next}` : ""}`;
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((issue) => `${issue.path.join(".") || "annotation"}: ${issue.message}`).join("; ");
}

/** The value of the first tagging body whose value starts with `prefix`, without the prefix. */
function findTag(annotation: ParsedAnnotation, prefix: string): string | null {
  for (const body of listOf(annotation.body)) {
    if (typeof body === "string" || !listOf(body.purpose).includes("tagging")) continue;
    const value = body.value?.startsWith(prefix) ? body.value.slice(prefix.length).trim() : "";
    if (value !== "") return value;
  }
  return null;
}

/** A claimant longer than a claim may have is not one we wrote; leave it out rather than cut a name short. */
function findClaimant(annotation: ParsedAnnotation): string | null {
  const claimant = findTag(annotation, W3C_TAG_PREFIXES.claimant);
  return claimant !== null && claimant.length <= CLAIMANT_MAX ? claimant : null;
}

function findClaimType(annotation: ParsedAnnotation): ClaimType | null {
  const parsed = claimTypeSchema.safeParse(findTag(annotation, W3C_TAG_PREFIXES.claimType));
  return parsed.success ? parsed.data : null;
}

/** The describing text, else any other non-assessing textual body, else bodyValue. */
function findStatement(annotation: ParsedAnnotation): string | null {
  const bodies = listOf(annotation.body).flatMap((body) => (typeof body === "string" ? [] : [body]));
  const textual = bodies.filter(
    (body) =>
      body.value !== undefined &&
      !listOf(body.purpose).includes("assessing") &&
      !listOf(body.purpose).includes("tagging"),
  );
  const describing = textual.find((body) => listOf(body.purpose).includes("describing"));
  return describing?.value ?? textual[0]?.value ?? annotation.bodyValue ?? null;
}

function findSelectors(
  annotation: ParsedAnnotation,
): { quote: Selector; position: Selector | undefined } | null {
  for (const target of listOf(annotation.target)) {
    if (typeof target === "string") continue;
    const selectors = listOf(target.selector);
    const quote = selectors.find((s) => listOf(s.type).includes("TextQuoteSelector") && s.exact);
    if (!quote) continue;
    const position = selectors.find((s) => listOf(s.type).includes("TextPositionSelector"));
    return { quote, position };
  }
  return null;
}

function toImported(annotation: ParsedAnnotation): ImportedAnnotation | string {
  const selectors = findSelectors(annotation);
  if (selectors === null)
    return "it has no TextQuoteSelector with a quote, so there is no passage to anchor.";
  const { quote, position } = selectors;
  const hasPosition =
    position?.start !== undefined && position.end !== undefined && position.start < position.end;
  return {
    id: annotation.id ?? null,
    exact: quote.exact ?? "",
    prefix: quote.prefix ?? "",
    suffix: quote.suffix ?? "",
    start: hasPosition ? (position?.start ?? null) : null,
    end: hasPosition ? (position?.end ?? null) : null,
    statement: findStatement(annotation),
    claimant: findClaimant(annotation),
    type: findClaimType(annotation),
    rating: findTag(annotation, W3C_TAG_PREFIXES.rating),
  };
}

/** W3C Web Annotation JSON → the quotes to anchor, and a sentence for each annotation that could not be read. */
export function parseW3cAnnotations(json: unknown): ParsedAnnotations {
  const items = unwrapContainer(json);
  if (typeof items === "string") return { annotations: [], errors: [items] };
  if (items.length > MAX_IMPORTED_ANNOTATIONS) {
    return {
      annotations: [],
      errors: [
        `The file has ${items.length} annotations; import at most ${MAX_IMPORTED_ANNOTATIONS} at a time.`,
      ],
    };
  }
  const annotations: ImportedAnnotation[] = [];
  const missingPages = describeMissingPages(json);
  const errors: string[] = missingPages ? [missingPages] : [];
  items.forEach((item, index) => {
    const id = isRecord(item) && typeof item.id === "string" ? ` (${item.id})` : "";
    const parsed = annotationSchema.safeParse(item);
    const result = parsed.success ? toImported(parsed.data) : describeIssues(parsed.error);
    if (typeof result === "string") errors.push(`Annotation ${index + 1}${id}: ${result}`);
    else annotations.push(result);
  });
  return { annotations, errors };
}
