import { articleListResponse, articleResponse, articleUpdatedResponse } from "@/lib/api/schemas/article";
import { listArticlesQuerySchema, newArticleSchema, updateArticleSchema } from "@/lib/schemas/article";
import type { ApiOperation } from "../operation";

const tag = "Articles";
const everyone = "everyone signed in";
const editors = "editors and admins";

export const articleOperations: ApiOperation[] = [
  {
    method: "get",
    path: "/articles",
    operationId: "listArticles",
    tag,
    summary: "List, search and filter articles",
    description:
      "One page of articles with their claims' progress, newest first (by `createdAt`, then `id`) unless " +
      "`sort` says otherwise. Pass `nextCursor` back as `?cursor=`, with the same search, filters and sort, " +
      "until it is null; a cursor from another sort answers 422. `q` finds words in the title or the current " +
      "revision's text, case-insensitively (accented letters only in their exact case on SQLite), with `%` and " +
      "`_` matched literally. `createdFrom` and `createdTo` are UTC days, both included; a date that is not " +
      "YYYY-MM-DD, a day that does not exist, a range that ends before it starts, or an unknown `sort` or " +
      "`published` answers 422 naming the parameter. `assignee` lists the articles a user owns, as the " +
      "article's assignee or any of its claims'; `leadEditor` those they lead; `none` for either lists those " +
      "without one. An id nobody has lists nothing (an empty page, not an error). `sort=due` lists the soonest " +
      "due day first and articles without a due day last.",
    allowed: everyone,
    query: listArticlesQuerySchema,
    responses: { 200: { description: "One page of articles.", schema: articleListResponse } },
    errors: [422],
  },
  {
    method: "post",
    path: "/articles",
    operationId: "createArticle",
    tag,
    summary: "Create an article",
    description:
      "Send the article itself (`title`, `text` and optional details), or `{ url }` to have the server fetch " +
      "the page and extract the article exactly as the import page does (same address safety checks, size and " +
      "time limits; 400, 403, 413, 415 or 503 when the page cannot be fetched or read, 422 when what was " +
      "extracted cannot be saved as it is). The text becomes the canonical plain text claims anchor into. An " +
      "article whose source URL is already in the tool answers 409 (with `existingArticleId`) unless " +
      "`allowDuplicate` is true.",
    allowed: editors,
    body: newArticleSchema,
    responses: {
      201: {
        description: "The new article.",
        schema: articleResponse,
        headers: { Location: "The article's URL, /api/v1/articles/{id}." },
      },
    },
    errors: [403, 409, 503],
  },
  {
    method: "get",
    path: "/articles/{id}",
    operationId: "getArticle",
    tag,
    summary: "Get an article with its current text",
    allowed: everyone,
    responses: { 200: { description: "The article.", schema: articleResponse } },
    errors: [404],
  },
  {
    method: "patch",
    path: "/articles/{id}",
    operationId: "updateArticle",
    tag,
    summary: "Revise an article's text, or edit its details",
    description:
      "With `text`: saves a new text revision and re-anchors every claim; `baseRevision` is the revision you " +
      "edited (409 with `currentRevision` if someone saved another since). Answers with the re-anchoring " +
      "outcome; claims that cannot be placed with confidence are listed as orphaned. Without `text`: edits " +
      "the details; `updatedAt` is the article's `updatedAt` as you read it (409 with the current article in " +
      "`details.current` if it changed since). A field left out stays as it is; null or an empty string clears it.",
    allowed: editors,
    body: updateArticleSchema,
    responses: {
      200: {
        description: "`{ outcome }` after a text revision, `{ article }` after an edit of the details.",
        schema: articleUpdatedResponse,
      },
    },
    errors: [403, 404, 409],
  },
  {
    method: "delete",
    path: "/articles/{id}",
    operationId: "deleteArticle",
    tag,
    summary: "Delete an article and everything under it",
    description:
      "Deletes the article with its revisions, claims, verdicts, reviews and comments, all at once. Refused " +
      "with 409 while its report is published: unpublish the report first (withdrawn report versions are " +
      "deleted with the article). The audit trail keeps a record.",
    allowed: editors,
    responses: { 204: { description: "Deleted." } },
    errors: [403, 404, 409],
  },
];
