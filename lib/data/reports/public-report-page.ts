import { renderAnnotatedArticleHtml } from "@/lib/public-article/render-annotated-article";
import { renderClaimCardHtml } from "@/lib/public-article/render-claim-card";
import {
  publicArticlePath,
  publicArticleVersionPath,
  publicReportPath,
  publicReportVersionPath,
} from "@/lib/report/public-paths";
import { renderPublicReportHtml } from "@/lib/public-article/render-public-report";
import type { SessionUser } from "@/lib/auth/roles";
import type { PublishChoices } from "@/lib/publishing/publication-snapshot";
import { buildPublicationCandidate, getPublishedReport, servedSnapshot } from "./publications";

/*
 * The public pages of a published report (the report, the annotated
 * article, the claim cards), each rendered from the frozen snapshot as a
 * self-contained HTML document. Every one is null (404) when not published,
 * so a draft's existence is never revealed. Older versions carry a
 * "superseded" notice pointing at the same page of the latest version.
 */

type Published = NonNullable<Awaited<ReturnType<typeof getPublishedReport>>>;

function supersededNotice(published: Published, latestPath: string): string {
  if (!published.superseded) return "";
  return `<p role="note" style="background:#fef3c7;border:1px solid #d97706;padding:.6rem 1rem;margin:0">This is version ${published.version} of this report. It has been superseded by <a href="${latestPath}">version ${published.latestVersion}</a>.</p>`;
}

/** The report page, latest or a given version. */
export async function renderPublicReport(
  articleId: string,
  origin: string,
  version?: number,
): Promise<string | null> {
  const published = await getPublishedReport(articleId, origin, version);
  if (!published) return null;
  return renderPublicReportHtml(published.model, {
    notice: supersededNotice(published, publicReportPath(articleId)),
    articlePath:
      version === undefined ? publicArticlePath(articleId) : publicArticleVersionPath(articleId, version),
  });
}

/**
 * The public report page as publishing now would serve it, written nowhere:
 * the candidate snapshot goes through the same JSON round trip and the same
 * renderer as the latest version's page, so it is that page byte for byte
 * (given the same publication time).
 */
export async function previewPublicReport(
  actor: SessionUser,
  articleId: string,
  origin: string,
  choices: PublishChoices,
  now?: Date,
): Promise<{ version: number; html: string }> {
  const candidate = await buildPublicationCandidate(actor, articleId, origin, choices, now);
  const model = servedSnapshot(JSON.stringify(candidate.model), origin);
  return {
    version: candidate.version,
    html: renderPublicReportHtml(model, { notice: "", articlePath: publicArticlePath(articleId) }),
  };
}

/** The annotated article, latest or a given version. */
export async function renderPublicArticle(
  articleId: string,
  origin: string,
  version?: number,
): Promise<string | null> {
  const published = await getPublishedReport(articleId, origin, version);
  if (!published) return null;
  return renderAnnotatedArticleHtml(published.model, {
    notice: supersededNotice(published, publicArticlePath(articleId)),
    reportPath:
      version === undefined ? publicReportPath(articleId) : publicReportVersionPath(articleId, version),
  });
}

/** One checked claim's verdict card, from the latest version; null for a claim without an approved verdict. */
export async function renderPublicClaimCard(
  articleId: string,
  claimNumber: number,
  origin: string,
): Promise<string | null> {
  const published = await getPublishedReport(articleId, origin);
  return published ? renderClaimCardHtml(published.model, claimNumber) : null;
}

/** A route parameter that must be a 1-based number (a version, a claim), or null. */
export function toPositiveInteger(param: string): number | null {
  return /^[1-9]\d{0,8}$/.test(param) ? Number(param) : null;
}

export const notFoundPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Report not found</title></head><body style="font-family:system-ui,sans-serif;text-align:center;padding:4rem 1rem"><h1>Report not found</h1><p>There is no published fact-check report at this address.</p></body></html>`;

/** A public report page (or its 404) as an HTTP response. */
export function publicReportResponse(page: string | null): Response {
  return new Response(page ?? notFoundPage, {
    status: page ? 200 : 404,
    headers: { "Content-Type": "text/html; charset=utf-8" },
  });
}
