import {
  publishedClaimsOf,
  renderPublicAnnotation,
  renderPublicAnnotationContainer,
  renderPublicAnnotationPage,
  type ContainerPreference,
} from "@/lib/report/render-w3c-container";
import type { PublishedClaim, W3cAnnotation } from "@/lib/report/render-w3c";
import type { ReportModel } from "@/lib/report/report-model";
import { getPublishedReport } from "./publications";

/*
 * The published report's claims as Web Annotations, without sign-in: always
 * the latest live snapshot, so a withdrawn or never-published report (and
 * any draft) answers null, which the routes turn into 404. IRIs live on the
 * app's public origin (APP_URL, or the request's), as do the ids of the
 * signed-in downloads of published claims (publishedClaims).
 */

interface PageOptions {
  /** Annotations per page (tests inject a small one). */
  pageSize?: number;
  /** The app's public origin. */
  origin: string;
}

async function liveModel(articleId: string, origin: string): Promise<ReportModel | null> {
  return (await getPublishedReport(articleId, origin))?.model ?? null;
}

/** One published claim (1-based number) as an Annotation; null when not published or not in the snapshot. */
export async function getPublicAnnotation(
  articleId: string,
  claimNumber: number,
  origin: string,
): Promise<W3cAnnotation | null> {
  const model = await liveModel(articleId, origin);
  return model ? renderPublicAnnotation(model, claimNumber, origin) : null;
}

/** The container (AnnotationCollection) of the published claims. */
export async function getPublicAnnotationContainer(
  articleId: string,
  preference: ContainerPreference,
  options: PageOptions,
) {
  const model = await liveModel(articleId, options.origin);
  if (!model) return null;
  return renderPublicAnnotationContainer(model, preference, {
    origin: options.origin,
    pageSize: options.pageSize,
  });
}

/** One AnnotationPage of the container (0-based); null past the last one. */
export async function getPublicAnnotationPage(
  articleId: string,
  page: number,
  preference: Exclude<ContainerPreference, "minimal">,
  options: PageOptions,
) {
  const model = await liveModel(articleId, options.origin);
  if (!model) return null;
  return renderPublicAnnotationPage(model, page, preference, {
    origin: options.origin,
    pageSize: options.pageSize,
  });
}

/**
 * The claims in the live publication (public IRI and number there), by
 * claim id, for a signed-in download to use as its annotations' ids and
 * report links; undefined when the report is not published. A claim added
 * or withheld since publishing is not in it, so its id stays the
 * download's own (render-w3c.ts).
 */
export async function publishedClaims(
  articleId: string,
  origin: string,
): Promise<Map<string, PublishedClaim> | undefined> {
  const model = await liveModel(articleId, origin);
  return model ? publishedClaimsOf(model, origin) : undefined;
}
