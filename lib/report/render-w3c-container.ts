import { publicAnnotationPath, publicAnnotationsPath, publicArticlePath } from "./public-paths";
import {
  toW3cAnnotation,
  w3cCollectionLabel,
  w3cTargetSource,
  W3C_ANNOTATION_CONTEXT,
  type PublishedClaim,
  type W3cAnnotation,
} from "./render-w3c";
import type { ReportClaim, ReportModel } from "./report-model";
import { listReportedClaims } from "./report-sections";

/*
 * A published report's claims as a read-only Web Annotation Protocol
 * container (https://www.w3.org/TR/annotation-protocol/#container-retrieval):
 * the AnnotationCollection, its AnnotationPages (`?page=0`, `?page=1`, …)
 * and each Annotation, every IRI on the public origin. Pages list the
 * annotations either in full (PreferContainedDescriptions, the default) or
 * as IRIs (PreferContainedIRIs, `&iris=1` on the page IRI, as the protocol's
 * examples do); PreferMinimalContainer leaves the pages out of the
 * container. Pure: the snapshot and the origin come from the caller.
 */

export const W3C_PAGE_SIZE = 20;

export type ContainerPreference = "descriptions" | "iris" | "minimal";

export interface ContainerOptions {
  /** The public origin, e.g. "https://factcheck.example.org". */
  origin: string;
  /** Annotations per page; default W3C_PAGE_SIZE. */
  pageSize?: number;
}

export interface W3cAnnotationPage {
  "@context": typeof W3C_ANNOTATION_CONTEXT;
  id: string;
  type: "AnnotationPage";
  partOf: { id: string; label: string; total: number; modified?: string };
  startIndex: number;
  next?: string;
  prev?: string;
  items: W3cAnnotation[] | string[];
}

export interface W3cAnnotationContainer {
  "@context": [typeof W3C_ANNOTATION_CONTEXT, "http://www.w3.org/ns/ldp.jsonld"];
  id: string;
  type: ["BasicContainer", "AnnotationCollection"];
  label: string;
  total: number;
  modified?: string;
  first?: Omit<W3cAnnotationPage, "@context" | "partOf"> | string;
  last?: string;
}

/** The given claims of the snapshot as Annotations with their public IRIs. */
function toPublicAnnotations(model: ReportModel, claims: ReportClaim[], origin: string): W3cAnnotation[] {
  const articleId = model.article.id;
  const source = w3cTargetSource(model, `${origin}${publicArticlePath(articleId)}`);
  return claims.map((claim) =>
    toW3cAnnotation(claim, model, {
      id: `${origin}${publicAnnotationPath(articleId, claim.number)}`,
      source,
      publicNumber: claim.number,
    }),
  );
}

/** Every claim the published snapshot lists, by claim id: its public IRI and its number there. */
export function publishedClaimsOf(model: ReportModel, origin: string): Map<string, PublishedClaim> {
  return new Map(
    listReportedClaims(model).map((claim) => [
      claim.id,
      { id: `${origin}${publicAnnotationPath(model.article.id, claim.number)}`, number: claim.number },
    ]),
  );
}

/** One published claim as an Annotation, or null when the snapshot does not list it. */
export function renderPublicAnnotation(
  model: ReportModel,
  claimNumber: number,
  origin: string,
): W3cAnnotation | null {
  const claim = listReportedClaims(model).find((candidate) => candidate.number === claimNumber);
  return claim ? (toPublicAnnotations(model, [claim], origin)[0] ?? null) : null;
}

const pageIri = (collectionId: string, page: number, iris: boolean) =>
  `${collectionId}?page=${page}${iris ? "&iris=1" : ""}`;

function pageCount(total: number, pageSize: number) {
  return Math.max(1, Math.ceil(total / pageSize));
}

function buildPage(model: ReportModel, page: number, iris: boolean, options: ContainerOptions) {
  const pageSize = options.pageSize ?? W3C_PAGE_SIZE;
  const claims = listReportedClaims(model);
  const collectionId = `${options.origin}${publicAnnotationsPath(model.article.id)}`;
  const pages = pageCount(claims.length, pageSize);
  if (!Number.isInteger(page) || page < 0 || page >= pages) return null;
  const startIndex = page * pageSize;
  // Only this page's claims become annotations: a long report's page costs no more than a short one's.
  const slice = toPublicAnnotations(model, claims.slice(startIndex, startIndex + pageSize), options.origin);
  return {
    collectionId,
    pages,
    total: claims.length,
    page: {
      id: pageIri(collectionId, page, iris),
      type: "AnnotationPage" as const,
      startIndex,
      ...(page + 1 < pages ? { next: pageIri(collectionId, page + 1, iris) } : {}),
      ...(page > 0 ? { prev: pageIri(collectionId, page - 1, iris) } : {}),
      items: iris ? slice.map((annotation) => annotation.id) : slice,
    },
  };
}

const modifiedOf = (model: ReportModel) =>
  model.publication ? { modified: model.publication.publishedAt } : {};

/** One page of the container, or null past the last page. */
export function renderPublicAnnotationPage(
  model: ReportModel,
  page: number,
  preference: Exclude<ContainerPreference, "minimal">,
  options: ContainerOptions,
): W3cAnnotationPage | null {
  const built = buildPage(model, page, preference === "iris", options);
  if (!built) return null;
  return {
    "@context": W3C_ANNOTATION_CONTEXT,
    ...built.page,
    partOf: {
      id: built.collectionId,
      label: w3cCollectionLabel(model),
      total: built.total,
      ...modifiedOf(model),
    },
  };
}

/** The container: the collection with its first page embedded (unless minimal) and its last page's IRI. */
export function renderPublicAnnotationContainer(
  model: ReportModel,
  preference: ContainerPreference,
  options: ContainerOptions,
): W3cAnnotationContainer {
  const iris = preference === "iris";
  const built = buildPage(model, 0, iris, options);
  if (!built) throw new Error("page 0 always exists");
  const { collectionId, pages, total, page } = built;
  return {
    "@context": [W3C_ANNOTATION_CONTEXT, "http://www.w3.org/ns/ldp.jsonld"],
    id: collectionId,
    type: ["BasicContainer", "AnnotationCollection"],
    label: w3cCollectionLabel(model),
    total,
    ...modifiedOf(model),
    // An empty collection has no pages to point at (model 5.1: first only when total > 0).
    ...(total === 0
      ? {}
      : {
          first: preference === "minimal" ? page.id : page,
          last: pageIri(collectionId, pages - 1, iris),
        }),
  };
}
