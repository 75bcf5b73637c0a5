import { getClaimDetail, type VerdictView } from "@/lib/data/claims/get-claim-detail";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";

/**
 * One verdict with its revisions, sources and reviews, exactly as the claim
 * page shows it. Built from the claim's detail so the two can never differ;
 * a claim has a handful of verdicts, so the extra rows cost nothing.
 */
export async function getVerdictView(verdictId: string): Promise<VerdictView> {
  const verdict = await db.verdict.findUnique({ where: { id: verdictId }, select: { claimId: true } });
  const detail = verdict ? await getClaimDetail(verdict.claimId) : null;
  const view = detail?.verdicts.find((candidate) => candidate.id === verdictId);
  if (!view) throw new AppError("NOT_FOUND", "There is no verdict with that id.");
  return view;
}
