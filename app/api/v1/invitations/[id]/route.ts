import { withdrawInvitation } from "@/lib/data/users/withdraw-invitation";
import { apiRoute } from "@/lib/http/api-route";
import { noContent } from "@/lib/http/responses";

/** Withdraws an invitation: its link stops working. Admins only. */
export const DELETE = apiRoute<{ id: string }>(async (_request, { params, user }) => {
  await withdrawInvitation(user, params.id);
  return noContent();
});
