import { addComment } from "@/lib/data/comments/add-comment";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { created } from "@/lib/http/responses";
import { commentSchema } from "@/lib/schemas/verdict";

export const POST = apiRoute<{ id: string }>(async (request, { params, user }) => {
  const comment = await addComment(user, params.id, await readJson(request, commentSchema));
  return created({ comment }, `/api/v1/claims/${params.id}#comment-${comment.id}`);
});
