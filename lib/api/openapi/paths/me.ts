import { meResponse } from "@/lib/api/schemas/me";
import { myWorkResponse } from "@/lib/api/schemas/my-work";
import { myWorkQuerySchema } from "@/lib/schemas/my-work";
import type { ApiOperation } from "../operation";

export const meOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/me",
    operationId: "getMe",
    tag: "Me",
    summary: "Who you are and what you may do",
    description:
      "The caller, whether they are authenticated by a browser session or an access token, and what their " +
      "role allows now, one flag per permission. Use it to check a token works.",
    allowed: "everyone signed in",
    responses: { 200: { description: "You.", schema: meResponse } },
    errors: [],
  },
  {
    method: "get",
    path: "/me/work",
    operationId: "getMyWork",
    tag: "Me",
    summary: "Your work queues",
    description:
      "What the app's My work page lists for your role: verdicts to review, verdicts sent back, drafts " +
      "(reviewers); claims needing a verdict, disputes, articles ready to publish (editors). Admins get both.",
    allowed: "everyone signed in (viewers get empty queues)",
    query: myWorkQuerySchema,
    responses: { 200: { description: "Your queues.", schema: myWorkResponse } },
    errors: [422],
  },
];
