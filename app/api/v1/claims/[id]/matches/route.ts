import { getClaimMatches } from "@/lib/data/matches/claim-matches";
import { AppError } from "@/lib/errors/app-error";
import { apiRoute } from "@/lib/http/api-route";
import { json } from "@/lib/http/responses";

/** Checked before? The claim's likely matches in the fact-check archive. */
export const GET = apiRoute<{ id: string }>(async (_request, { params }) => {
  const matches = await getClaimMatches(params.id);
  if (!matches) throw new AppError("NOT_FOUND", "That claim does not exist. It may have been deleted.");
  return json(matches);
});
