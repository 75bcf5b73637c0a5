import { afterAll, describe, expect, it } from "vitest";
import { addVerdict, insertTestArticle } from "@/lib/data/articles/api-test-helpers";
import { createTempDatabase } from "@/lib/data/testing/temp-database";
import { actor } from "@/lib/data/testing/test-helpers";
import { listClaimsQuerySchema } from "@/lib/schemas/claim";

// The claim list's claimant and assignee filters, alone and with the others, on a real database.
const database = createTempDatabase();
const { db } = await import("@/lib/db/client");
const { createClaim } = await import("./create-claim");
const { listClaims } = await import("./list-claims");

afterAll(async () => {
  await db.$disconnect();
  database.dispose();
});

const text =
  "The mayor said 300 homes were built. The minister said 40 schools opened. Critics said 12 closed.";

async function articleWithClaimants() {
  const editor = await actor("editor@example.com");
  const articleId = await insertTestArticle(editor, text);
  const mark = (exact: string, claimant: string) =>
    createClaim(editor, articleId, { selector: { exact }, type: "statistic", claimant });
  const homes = await mark("300 homes", "Mayor Jane Doe");
  const schools = await mark("40 schools", "The Minister");
  const closed = await mark("12 closed", "mayor  jane doe");
  await addVerdict(homes.id, await actor("reviewer@example.com"), "false");
  // Rita owns the homes claim, Rafael the closed one; the article's own assignee is not the claims'.
  await db.claim.update({
    where: { id: homes.id },
    data: { assigneeId: (await actor("reviewer@example.com")).id },
  });
  await db.claim.update({
    where: { id: closed.id },
    data: { assigneeId: (await actor("reviewer2@example.com")).id },
  });
  await db.article.update({
    where: { id: articleId },
    data: { assigneeId: (await actor("admin@example.com")).id },
  });
  return { articleId, ids: { homes: homes.id, schools: schools.id, closed: closed.id } };
}

describe("filtering an article's claims by claimant", () => {
  it.each<[string, Parameters<typeof listClaims>[2], string[]]>([
    ["the whole name, ignoring case and spacing", { claimant: "MAYOR JANE DOE" }, ["homes", "closed"]],
    ["part of a name, which matches nothing", { claimant: "Mayor" }, []],
    ["another claimant", { claimant: "the minister" }, ["schools"]],
    ["claimant and rating together", { claimant: "Mayor Jane Doe", rating: "false" }, ["homes"]],
    ["claimant and status together", { claimant: "Mayor Jane Doe", status: "needs_verdict" }, ["closed"]],
  ])("by %s", async (_name, filters, expected) => {
    const { articleId, ids } = await articleWithClaimants();
    const claims = await listClaims(await actor("viewer@example.com"), articleId, filters);
    expect(claims.map((claim) => claim.id)).toEqual(expected.map((name) => ids[name as keyof typeof ids]));
  });
});

describe("filtering an article's claims by assignee", () => {
  it.each<[string, string, Record<string, string>, string[]]>([
    ["their own assignee", "reviewer@example.com", {}, ["homes"]],
    ["another assignee", "reviewer2@example.com", {}, ["closed"]],
    ["the article's assignee, who owns no claim of its own", "admin@example.com", {}, []],
    ["assignee and claimant together", "reviewer2@example.com", { claimant: "Mayor Jane Doe" }, ["closed"]],
    ["assignee and rating together", "reviewer@example.com", { rating: "true" }, []],
  ])("by %s", async (_name, email, others, expected) => {
    const { articleId, ids } = await articleWithClaimants();
    const query = listClaimsQuerySchema.parse({ ...others, assignee: (await actor(email)).id });
    const claims = await listClaims(await actor("viewer@example.com"), articleId, query);
    expect(claims.map((claim) => claim.id)).toEqual(expected.map((name) => ids[name as keyof typeof ids]));
  });

  it("by nobody: the claims without an assignee of their own", async () => {
    const { articleId, ids } = await articleWithClaimants();
    const claims = await listClaims(await actor("viewer@example.com"), articleId, { assignee: "none" });
    expect(claims.map((claim) => claim.id)).toEqual([ids.schools]);
  });

  it("lists nothing for an id nobody has, and refuses what is not an id, naming the parameter", async () => {
    const { articleId } = await articleWithClaimants();
    const viewer = await actor("viewer@example.com");
    expect(await listClaims(viewer, articleId, { assignee: "cm0nobody0000000000000000" })).toEqual([]);
    const parsed = listClaimsQuerySchema.safeParse({ assignee: "Rita Reviewer" });
    expect(parsed.success ? [] : parsed.error.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
      ["assignee", "Give the assignee as a user id, or none for nobody."],
    ]);
  });
});
