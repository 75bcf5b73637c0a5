/*
 * Where published things live, without sign-in. Paths only (no origin):
 * callers put them on the app's public origin (lib/http/public-origin.ts,
 * lib/config/app-url.ts). Everything under /public/reports may be framed by
 * other sites (lib/http/security-headers.ts); nothing else may.
 */

const segment = (value: string) => encodeURIComponent(value);

/** The latest published report of an article. */
export const publicReportPath = (articleId: string) => `/public/reports/${segment(articleId)}`;

/** One published version of the report. */
export const publicReportVersionPath = (articleId: string, version: number) =>
  `${publicReportPath(articleId)}/versions/${version}`;

/** The published article text with every checked claim highlighted. */
export const publicArticlePath = (articleId: string) => `${publicReportPath(articleId)}/article`;

/** The annotated article of one published version. */
export const publicArticleVersionPath = (articleId: string, version: number) =>
  `${publicReportVersionPath(articleId, version)}/article`;

/** One claim's verdict card, for embedding (claim numbers are 1-based, in article order). */
export const publicClaimCardPath = (articleId: string, claimNumber: number) =>
  `${publicReportPath(articleId)}/claims/${claimNumber}`;

/** The oEmbed endpoint (https://oembed.com), JSON only. */
export const OEMBED_PATH = "/public/oembed";

/** Feeds of every published fact-check, newest first. */
export const ATOM_FEED_PATH = "/public/feeds/atom.xml";
export const JSON_FEED_PATH = "/public/feeds/feed.json";

/** The report's claims as a W3C Web Annotation container (AnnotationCollection with pages). */
export const publicAnnotationsPath = (articleId: string) => `${publicReportPath(articleId)}/annotations`;

/** One claim as a W3C Web Annotation (claim numbers as for the cards). */
export const publicAnnotationPath = (articleId: string, claimNumber: number) =>
  `${publicAnnotationsPath(articleId)}/${claimNumber}`;
