import { publicArticlePath, publicClaimCardPath, publicReportPath } from "@/lib/report/public-paths";

/** What an embed shows: the annotated article, or one claim's verdict card. */
export type EmbedTarget = { articleId: string; claimNumber: number | null };

const CLAIM_FRAGMENT = /^#claim-([1-9]\d{0,5})$/;
const PUBLIC_PAGE = /^\/public\/reports\/([^/]+)(\/article|\/claims\/([1-9]\d{0,5}))?$/;

/**
 * The embed a public URL asks for, or null when it is not one of this app's
 * public report pages on `origin`: the report (whose `#claim-N` anchor picks
 * one claim), the annotated article, or a claim card. Built from the same
 * paths as lib/report/public-paths.ts, and checked against them, so an
 * address those functions would not produce is refused.
 */
export function embedTargetOf(url: string, origin: string): EmbedTarget | null {
  if (!URL.canParse(url)) return null;
  const parsed = new URL(url);
  if (parsed.origin !== origin || parsed.search || parsed.username || parsed.password) return null;
  const match = PUBLIC_PAGE.exec(parsed.pathname);
  if (!match) return null;
  let articleId: string;
  try {
    articleId = decodeURIComponent(match[1]!);
  } catch {
    return null;
  }
  const claimFromPath = match[3] ? Number(match[3]) : null;
  const claimFromHash = CLAIM_FRAGMENT.exec(parsed.hash)?.[1];
  if (parsed.hash && (match[2] || !claimFromHash)) return null;
  const target = { articleId, claimNumber: claimFromPath ?? (claimFromHash ? Number(claimFromHash) : null) };
  return pathsOf(target).includes(parsed.pathname) ? target : null;
}

/** The paths that name `target` (the report path names the article embed too). */
function pathsOf({ articleId, claimNumber }: EmbedTarget): string[] {
  if (claimNumber !== null) return [publicClaimCardPath(articleId, claimNumber), publicReportPath(articleId)];
  return [publicArticlePath(articleId), publicReportPath(articleId)];
}

/** The page an iframe of `target` loads: the annotated article, or the claim's card. */
export function embedPath({ articleId, claimNumber }: EmbedTarget): string {
  return claimNumber === null ? publicArticlePath(articleId) : publicClaimCardPath(articleId, claimNumber);
}
