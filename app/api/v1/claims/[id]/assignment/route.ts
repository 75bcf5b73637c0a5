import { assignClaim } from "@/lib/data/assignments/assign-claim";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { json } from "@/lib/http/responses";
import { claimAssignmentSchema } from "@/lib/schemas/assignment";

/** Assigns, unassigns or dates a claim: `{ version, assigneeId?, dueAt? }`. */
export const POST = apiRoute<{ id: string }>(async (request, { params, user }) => {
  const input = await readJson(request, claimAssignmentSchema);
  return json({ claim: await assignClaim(user, params.id, input) });
});
