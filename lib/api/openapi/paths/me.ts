import { meResponse } from "@/lib/api/schemas/me";
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
];
