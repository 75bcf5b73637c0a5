import { describeCaller } from "@/lib/permissions/describe-caller";
import { apiRoute } from "@/lib/http/api-route";
import { json } from "@/lib/http/responses";

/** Who is calling, how they signed in, and what their role lets them do. */
export const GET = apiRoute(async (_request, { user, via }) => json(describeCaller(user, via)));
