import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { toSafeHref } from "@/lib/report/escape";
import type { ReportModel } from "@/lib/report/report-model";
import { sortClaimsIntoSections } from "@/lib/report/report-sections";
import { embedFrame, embedFrameHtml } from "./embed-frame";
import type { EmbedTarget } from "./embed-target";

/** How long a consumer may cache an answer, in seconds: a new version of the report keeps the same iframe src. */
export const OEMBED_CACHE_AGE = 3600;

const dimension = z.coerce
  .number({ error: "Give maxwidth and maxheight as whole numbers of pixels." })
  .int("Give maxwidth and maxheight as whole numbers of pixels.")
  .min(1, "maxwidth and maxheight must be at least 1.")
  .max(10_000, "maxwidth and maxheight must be at most 10000.")
  .optional();

/** oEmbed's query (https://oembed.com §2.2); unknown parameters are ignored, as the spec allows. */
export const oembedQuerySchema = z.object({
  url: z
    .string({ error: "Give the address of a published report as ?url=." })
    .min(1, "Give the address of a published report as ?url=.")
    .refine((url) => URL.canParse(url), "The url parameter is not an absolute URL."),
  format: z.string().optional(),
  maxwidth: dimension,
  maxheight: dimension,
});
export type OembedQuery = z.infer<typeof oembedQuerySchema>;

/** The answer to format=xml, sent with 501 as the spec asks of a format a provider does not serve. */
export const XML_NOT_SUPPORTED = "This provider serves oEmbed as JSON only: use format=json.";

/** The query, or a 400 naming what is wrong with it. */
export function readOembedQuery(params: Record<string, string>): OembedQuery {
  const parsed = oembedQuerySchema.safeParse(params);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError("BAD_REQUEST", issue.message, {
      fields: { [String(issue.path[0] ?? "_")]: issue.message },
    });
  }
  return parsed.data;
}

export interface OembedRich {
  version: "1.0";
  type: "rich";
  provider_name: string;
  provider_url: string;
  title: string;
  author_name: string;
  author_url?: string;
  html: string;
  width: number;
  height: number;
  cache_age: number;
}

/**
 * Whether the snapshot has what `target` shows: always the article; a claim
 * card only for a claim with a published verdict, so a made-up number is a 404.
 */
export function isEmbeddable(model: ReportModel, target: EmbedTarget): boolean {
  if (target.claimNumber === null) return true;
  return sortClaimsIntoSections(model).checked.some((claim) => claim.number === target.claimNumber);
}

/**
 * The oEmbed "rich" answer for a published snapshot: the organisation is the
 * provider and the author (it signs the fact-check), and `html` is the same
 * iframe the report page offers for copying.
 */
export function oembedResponse(
  model: ReportModel,
  target: EmbedTarget,
  options: { origin: string; maxWidth?: number; maxHeight?: number },
): OembedRich {
  const frame = embedFrame(target, { ...options, articleTitle: model.article.title });
  const organisationUrl = toSafeHref(model.organization.url) ?? undefined;
  return {
    version: "1.0",
    type: "rich",
    provider_name: model.organization.name,
    provider_url: organisationUrl ?? options.origin,
    title: frame.title,
    author_name: model.organization.name,
    ...(organisationUrl ? { author_url: organisationUrl } : {}),
    html: embedFrameHtml(frame),
    width: frame.width,
    height: frame.height,
    cache_age: OEMBED_CACHE_AGE,
  };
}
