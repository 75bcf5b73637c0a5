import { toSafeHref } from "./escape";
import type { ReportClaim, ReportModel, ReportOptions } from "./report-model";
import { listReportedClaims } from "./report-sections";

/*
 * The claims as W3C Web Annotations (https://www.w3.org/TR/annotation-model/),
 * so other annotation tools (Hypothesis, Recogito, …) can show them on the
 * article. One Annotation per listed claim: "assessing" with the verdict for
 * a checked claim, "highlighting" for one still being checked. Every
 * annotation carries both a TextQuoteSelector and a TextPositionSelector;
 * positions are UTF-16 offsets into the app's canonical article text, which
 * is not the original web page's text, so tools anchoring on the live page
 * should rely on the quote and use the position as a hint only.
 */

export const W3C_ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld";
export const W3C_ANNOTATION_MEDIA_TYPE = 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"';

export interface W3cOptions extends ReportOptions {
  /** The app's origin (and base path), e.g. "https://factcheck.example.org"; annotation ids live under it. */
  baseUrl: string;
  /** Target source when the article has no http(s) URL; default `${baseUrl}/articles/${article.id}`. */
  articleUrl?: string;
}

export interface W3cAgent {
  type: "Person" | "Organization" | "Software";
  name: string;
}

export interface W3cTextualBody {
  type: "TextualBody";
  value: string;
  format: "text/plain";
  purpose: "assessing" | "describing";
  creator?: W3cAgent;
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
  body: W3cTextualBody[];
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

function toBodies(claim: ReportClaim, isChecked: boolean): W3cTextualBody[] {
  const bodies: W3cTextualBody[] = [];
  if (isChecked && claim.verdict) {
    const { rating, summary, author } = claim.verdict;
    bodies.push({
      type: "TextualBody",
      value: `${rating.label}: ${summary}`,
      format: "text/plain",
      purpose: "assessing",
      ...(author ? { creator: { type: "Person", name: author } } : {}),
    });
  }
  bodies.push({ type: "TextualBody", value: claim.statement, format: "text/plain", purpose: "describing" });
  return bodies;
}

function toAnnotation(claim: ReportClaim, model: ReportModel, base: string, source: string): W3cAnnotation {
  const isChecked = claim.status === "approved" && claim.verdict !== null;
  const { exact, prefix, suffix, start, end } = claim.selector;
  return {
    "@context": W3C_ANNOTATION_CONTEXT,
    id: `${base}/annotations/${encodeURIComponent(claim.id)}`,
    type: "Annotation",
    motivation: isChecked ? "assessing" : "highlighting",
    created: claim.createdAt,
    // Who marked the claim; the newsroom when names are hidden.
    creator: claim.createdBy
      ? { type: "Person", name: claim.createdBy }
      : { type: "Organization", name: model.organization.name },
    generated: model.generatedAt,
    generator: GENERATOR,
    body: toBodies(claim, isChecked),
    target: {
      source,
      selector: [
        { type: "TextQuoteSelector", exact, prefix, suffix },
        { type: "TextPositionSelector", start, end },
      ],
    },
  };
}

/** The report's claims as one AnnotationCollection whose first (only) page holds every annotation. */
export function renderW3cAnnotations(model: ReportModel, options: W3cOptions): W3cAnnotationCollection {
  const base = options.baseUrl.replace(/\/+$/, "");
  const articleId = encodeURIComponent(model.article.id);
  const source = toSafeHref(model.article.sourceUrl) ?? options.articleUrl ?? `${base}/articles/${articleId}`;
  const items = listReportedClaims(model, options.includePending ?? true).map((claim) =>
    toAnnotation(claim, model, base, source),
  );
  const collectionId = `${base}/articles/${articleId}/annotations`;
  return {
    "@context": W3C_ANNOTATION_CONTEXT,
    id: collectionId,
    type: "AnnotationCollection",
    label: `Fact-check annotations: ${model.article.title}`,
    total: items.length,
    first: { id: `${collectionId}?page=1`, type: "AnnotationPage", startIndex: 0, items },
  };
}
