import { agreementOf, type AgreementFigures } from "@/lib/agreement/agreement-figures";
import { loadRatingScale, loadReliabilityClaims } from "./load-reliability-claims";

/**
 * How far the article's reviewers agree on its claims' ratings, over every
 * claim of the article whatever its dates. For the report download, whose
 * route has already let the caller read the article.
 */
export async function getArticleAgreement(articleId: string): Promise<AgreementFigures> {
  const [claims, scale] = await Promise.all([loadReliabilityClaims({ articleId }), loadRatingScale()]);
  return agreementOf(claims, scale);
}
