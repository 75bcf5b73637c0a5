import { assignArticle } from "@/lib/data/assignments/assign-article";
import { apiRoute } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { json } from "@/lib/http/responses";
import { articleAssignmentSchema } from "@/lib/schemas/assignment";

/** Sets an article's lead editor, assignee and due day: `{ updatedAt, leadEditorId?, assigneeId?, dueAt? }`. */
export const POST = apiRoute<{ id: string }>(async (request, { params, user }) => {
  const input = await readJson(request, articleAssignmentSchema);
  return json({ article: await assignArticle(user, params.id, input) });
});
