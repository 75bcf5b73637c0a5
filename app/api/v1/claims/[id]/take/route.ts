import { takeClaim } from "@/lib/data/assignments/take-claim";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { json } from "@/lib/http/responses";
import { takeClaimSchema } from "@/lib/schemas/assignment";

/** The caller takes a claim nobody owns: `{ version? }`. */
export const POST = apiRoute<{ id: string }>(async (request, { params, user }) => {
  const input = await readJson(request, takeClaimSchema);
  return json({ claim: await takeClaim(user, params.id, input) });
});
