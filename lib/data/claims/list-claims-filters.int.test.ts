import { afterAll, describe, expect, it } from "vitest";
import { addVerdict, insertTestArticle } from "@/lib/data/articles/api-test-helpers";
import { createTempDatabase } from "@/lib/data/testing/temp-database";
import { actor } from "@/lib/data/testing/test-helpers";

// The claim list's claimant filter, alone and with the others, on a real database.
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
