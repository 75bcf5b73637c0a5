import { toSafeHref } from "./escape";
import type { ReportClaim, ReportModel, ReportOptions } from "./report-model";
import { listReportedClaims } from "./report-sections";
import { basisHref } from "./verdict-basis";
import { toW3cBodies, type W3cAgent, type W3cBody } from "./w3c-bodies";

export type { W3cAgent, W3cBody, W3cLinkBody, W3cTextualBody } from "./w3c-bodies";

/*
 * The claims as W3C Web Annotations (https://www.w3.org/TR/annotation-model/),
 * so other annotation tools (Hypothesis, Recogito, …) can show them on the
 * article. One Annotation per listed claim: "assessing" with the verdict for
 * a checked claim, "highlighting" for one still being checked; the bodies
 * are described in w3c-bodies.ts. Every annotation carries both a
 * TextQuoteSelector and a TextPositionSelector; positions are UTF-16 offsets
 * into the app's canonical article text, which is not the original web
 * page's text, so tools anchoring on the live page should rely on the quote
 * and use the position as a hint only.
 *
 * Ids never promise an address that does not answer:
 *  - a claim in the live publication gets its public, dereferenceable IRI
 *    (publicAnnotationPath, served without sign-in from the snapshot; the
 *    caller passes these in `published`, see
 *    lib/data/reports/public-annotations.ts);
 *  - any other claim (unpublished report, or a claim added or still
 *    withheld since publishing) is a fragment of the signed-in export it
 *    came in, `{baseUrl}/api/v1/articles/{id}/report?format=w3c#claim-{claimId}`,
 *    which is that download's own address and really serves it (to people
 *    allowed to read the article). The collection and its one page are that
 *    address and its `#page-0`.
 * The public container (render-w3c-container.ts) uses only public IRIs.
 */

export const W3C_ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
export const W3C_ANNOTATION_MEDIA_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

export interface W3cOptions extends ReportOptions {
  /** The app's origin (and base path), e.g. "https://factcheck.example.org"; the export's own address is under it. */
  baseUrl: string;
  /** Target source when the article has no http(s) URL; default `${baseUrl}/articles/${article.id}`. */
  articleUrl?: string;
  /** The claims in the live publication, by claim id: their public annotation IRI and claim number there. */
  published?: ReadonlyMap<string, PublishedClaim>;
}

/** Where a claim is in the live publication (its number there may differ from today's). */
export interface PublishedClaim {
  id: string;
  number: number;
}

export interface W3cAnnotation {
  "@context": typeof W3C_ANNOTATION_CONTEXT;
  id: string;
  type: "Annotation";
  motivation: "assessing" | "highlighting";
  created: string;
  creator: W3cAgent;
  generated: string;
  generator: W3cAgent;
  body: W3cBody[];
  target: {
    source: string;
    selector: [
      { type: "TextQuoteSelector"; exact: string; prefix: string; suffix: string },
      { type: "TextPositionSelector"; start: number; end: number },
    ];
  };
}

export interface W3cAnnotationCollection {
  "@context": typeof W3C_ANNOTATION_CONTEXT;
  id: string;
  type: "AnnotationCollection";
  label: string;
  total: number;
  first: {
    id: string;
    type: "AnnotationPage";
    startIndex: 0;
    items: W3cAnnotation[];
  };
}

const GENERATOR: W3cAgent = { type: "Software", name: "Fact-check desk" };

/** The collection's label, the same in the download and the public container. */
export const w3cCollectionLabel = (model: ReportModel) => `Fact-check annotations: ${model.article.title}`;

/** What an annotation points at: the article's own http(s) URL, else `fallback`. */
export const w3cTargetSource = (model: ReportModel, fallback: string) =>
  toSafeHref(model.article.sourceUrl) ?? fallback;

/**
 * One listed claim as an Annotation with the given IRI and target source;
 * `publicNumber` is its number in the published report, for the link to
 * it, or null when the claim is not published.
 */
export function toW3cAnnotation(
  claim: ReportClaim,
  model: ReportModel,
  where: { id: string; source: string; publicNumber: number | null },
): W3cAnnotation {
  const isChecked = claim.status === "approved" && claim.verdict !== null;
  const { exact, prefix, suffix, start, end } = claim.selector;
  return {
    "@context": W3C_ANNOTATION_CONTEXT,
    id: where.id,
    type: "Annotation",
    motivation: isChecked ? "assessing" : "highlighting",
    created: claim.createdAt,
    // Who marked the claim; the newsroom when names are hidden.
    creator: claim.createdBy
      ? { type: "Person", name: claim.createdBy }
      : { type: "Organization", name: model.organization.name },
    generated: model.generatedAt,
    generator: GENERATOR,
    body: toW3cBodies(claim, isChecked, {
      publicLink:
        model.reportUrl && where.publicNumber !== null
          ? `${model.reportUrl}#claim-${where.publicNumber}`
          : null,
      basisLink: basisHref(claim.verdict?.basedOn?.url ?? null, model.reportUrl),
    }),
    target: {
      source: where.source,
      selector: [
        { type: "TextQuoteSelector", exact, prefix, suffix },
        { type: "TextPositionSelector", start, end },
      ],
    },
  };
}

/** The signed-in download: one AnnotationCollection whose first (only) page holds every annotation. */
export function renderW3cAnnotations(model: ReportModel, options: W3cOptions): W3cAnnotationCollection {
  const base = options.baseUrl.replace(/\/+$/, "");
  const articleId = encodeURIComponent(model.article.id);
  const source = w3cTargetSource(model, options.articleUrl ?? `${base}/articles/${articleId}`);
  const includePending = options.includePending ?? true;
  const collectionId = `${base}/api/v1/articles/${articleId}/report?format=w3c${includePending ? "" : "&pending=hide"}`;
  const items = listReportedClaims(model, includePending).map((claim) => {
    const published = options.published?.get(claim.id);
    return toW3cAnnotation(claim, model, {
      id: published?.id ?? `${collectionId}#claim-${encodeURIComponent(claim.id)}`,
      source,
      publicNumber: published?.number ?? null,
    });
  });
  return {
    "@context": W3C_ANNOTATION_CONTEXT,
    id: collectionId,
    type: "AnnotationCollection",
    label: w3cCollectionLabel(model),
    total: items.length,
    first: { id: `${collectionId}#page-0`, type: "AnnotationPage", startIndex: 0, items },
  };
}
