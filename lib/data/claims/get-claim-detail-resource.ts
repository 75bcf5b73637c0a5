import type { SessionUser } from "@/lib/auth/roles";
import { AppError } from "@/lib/errors/app-error";
import { canReadArticles } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";
import { toClaimResource } from "./claim-resource";
import { getClaimDetail } from "./get-claim-detail";

/**
 * A claim with everything its page shows (verdicts with their revisions,
 * reviews and sources; comments; timeline), the claim itself in its API
 * shape. Dates stay Date objects: the JSON response writes them as ISO
 * strings.
 */
export async function getClaimDetailResource(actor: SessionUser, claimId: string) {
  assertAllowed(canReadArticles(actor), "Sign in to read claims.");
  const detail = await getClaimDetail(claimId);
  if (!detail) throw new AppError("NOT_FOUND", "That claim does not exist. It may have been deleted.");
  return { ...detail, claim: toClaimResource(detail.claim) };
}
