import { revisionListResponse, revisionResponse } from "@/lib/api/schemas/revision";
import type { ApiOperation } from "../operation";

export const revisionOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/articles/{id}/revisions",
    operationId: "listRevisions",
    tag: "Articles",
    summary: "The article's text history",
    description:
      "Every text revision, newest first, with who made it and their note. Texts are fetched one at a time.",
    allowed: "everyone signed in",
    responses: { 200: { description: "The revisions.", schema: revisionListResponse } },
    errors: [404],
  },
  {
    method: "get",
    path: "/articles/{id}/revisions/{number}",
    operationId: "getRevision",
    tag: "Articles",
    summary: "One revision with its full text",
    description:
      "Earlier revisions stay readable after the text is edited: claims' old selectors refer to them.",
    allowed: "everyone signed in",
    responses: { 200: { description: "The revision.", schema: revisionResponse } },
    errors: [404, 422],
  },
];
