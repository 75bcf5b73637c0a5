import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { expect } from "vitest";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/roles";

/*
 * Helpers for the integration tests of the API's use cases. Imports the
 * Prisma client lazily, after createTempDatabase().
 */

const ajv = addFormats(new Ajv2020({ strict: false }));

/**
 * Checks a use case's result the way the OpenAPI document describes the
 * response: serialised to JSON (dates become strings), against the JSON
 * Schema of `schema` as sent (`additionalProperties: false`, so a field the
 * document lacks fails too).
 */
export function expectToMatchSchema(value: unknown, schema: z.ZodType): void {
  const validate = ajv.compile(
    z.toJSONSchema(schema, { target: "draft-2020-12", io: "output", unrepresentable: "any" }),
  );
  const valid = validate(JSON.parse(JSON.stringify(value)));
  expect(validate.errors ?? [], "response matches its schema").toEqual([]);
  expect(valid).toBe(true);
}

/** A new article with `text`, imported by `by`, without going through the import checks. */
export async function insertTestArticle(
  by: SessionUser,
  text: string,
  title = "Test article",
): Promise<string> {
  const { db } = await import("@/lib/db/client");
  const { insertArticle } = await import("./insert-article");
  const article = await db.$transaction((tx) =>
    insertArticle(
      tx,
      { title, byline: null, dateline: null, publishedAt: null, sourceUrl: null, text },
      by.id,
    ),
  );
  return article.id;
}

/**
 * A submitted verdict on a claim, written straight to the database, approved
 * by `approvedBy` when given. The verdict use cases have their own tests; here
 * only the resulting status matters.
 */
export async function addVerdict(
  claimId: string,
  author: SessionUser,
  ratingKey: string,
  options: { approvedBy?: SessionUser; summary?: string } = {},
): Promise<string> {
  const { db } = await import("@/lib/db/client");
  const rating = await db.rating.findUniqueOrThrow({ where: { key: ratingKey } });
  const verdict = await db.verdict.create({
    data: {
      claimId,
      authorId: author.id,
      state: "submitted",
      revisions: {
        create: {
          version: 1,
          ratingId: rating.id,
          summary: options.summary ?? `Rated ${ratingKey}.`,
          authorId: author.id,
          submittedAt: new Date(),
          ...(options.approvedBy
            ? { reviews: { create: { reviewerId: options.approvedBy.id, decision: "approve" } } }
            : {}),
        },
      },
    },
  });
  const { syncStatuses } = await import("@/lib/data/statuses/sync-statuses");
  await db.$transaction((tx) => syncStatuses(tx, { claimIds: [claimId] }));
  return verdict.id;
}
