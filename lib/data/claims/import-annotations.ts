import type { SessionUser } from "@/lib/auth/roles";
import { loadCurrentText } from "@/lib/data/articles/load-current-text";
import { scheduleMatchRefresh } from "@/lib/data/matches/refresh-claim-matches";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import { canAnnotateClaims } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";
import { anchorImportedAnnotations, parseW3cAnnotations } from "@/lib/report/parse-w3c";
import { insertClaims, type NewClaim } from "./insert-claim";

export interface ImportOutcome {
  created: Array<{ id: string; exact: string }>;
  /** Annotations that could not be placed in this article's text: reported, never dropped silently. */
  unanchored: Array<{ exact: string; reason: string }>;
  /** Parts of the file that were not valid Web Annotations. */
  errors: string[];
}

/** Recreates claims from W3C Web Annotations (JSON-LD), anchoring each in the current text. */
export async function importAnnotations(
  actor: SessionUser,
  articleId: string,
  document: unknown,
): Promise<ImportOutcome> {
  assertAllowed(canAnnotateClaims(actor), "Only editors and admins can import annotations.");
  const parsed = parseW3cAnnotations(document);
  if (parsed.annotations.length === 0) {
    throw new AppError(
      "VALIDATION",
      `No Web Annotations with a text quote were found in the file.${parsed.errors[0] ? ` ${parsed.errors[0]}` : ""}`,
      {
        fields: { file: "No usable annotations." },
      },
    );
  }
  const imported = await db.$transaction(async (tx) => {
    const { article, text } = await loadCurrentText(tx, articleId);
    const anchored = anchorImportedAnnotations(text, parsed.annotations);
    const outcome: ImportOutcome = { created: [], unanchored: [], errors: parsed.errors };
    const claims: NewClaim[] = [];
    for (const [index, result] of anchored.entries()) {
      const annotation = parsed.annotations[index];
      if (!annotation) continue;
      if (result.state !== "anchored") {
        outcome.unanchored.push({ exact: annotation.exact, reason: result.reason });
        continue;
      }
      claims.push({
        articleId,
        revision: article.revision,
        selector: result.selector,
        statement: annotation.statement ?? result.selector.exact,
        claimant: annotation.claimant,
        type: annotation.type ?? "other",
        suggestionScore: null,
        audit: { importedFrom: "W3C Web Annotation" },
      });
    }
    const ids = await insertClaims(tx, actor, claims);
    outcome.created = ids.map((id, i) => ({ id, exact: claims[i]!.selector.exact }));
    return outcome;
  });
  scheduleMatchRefresh(imported.created.map((claim) => claim.id));
  return imported;
}
