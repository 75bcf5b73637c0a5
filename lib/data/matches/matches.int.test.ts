import { afterAll, describe, expect, it } from "vitest";
import { backgroundWorkSettled } from "@/lib/background/background-work";
import { importHoneyBees, newApprovedClaim } from "@/lib/data/archive/testing/archive-fixtures";
import { createTempDatabase } from "@/lib/data/testing/temp-database";
import { actor, failure } from "@/lib/data/testing/test-helpers";
import { content, newClaim } from "@/lib/data/verdicts/verdict-test-fixtures";

// "Checked before?" against a real database: matches found in the background and on read, kept in
// step with the archive, dismissals remembered, and verdicts started from a match.
const database = createTempDatabase();
const { db } = await import("@/lib/db/client");
const { archiveEntryId } = await import("@/lib/claim-matching/archive-entry-id");
const { getClaimMatches, listStoredMatches } = await import("./claim-matches");
const { dismissMatch } = await import("./dismiss-match");
const { searchArchive } = await import("./search-archive");
const { getVerdictStart } = await import("./verdict-start");
const { createVerdict } = await import("@/lib/data/verdicts/create-verdict");
const { createClaim } = await import("@/lib/data/claims/create-claim");
const { updateClaim } = await import("@/lib/data/claims/update-claim");
const { getClaimDetail } = await import("@/lib/data/claims/get-claim-detail");

afterAll(async () => {
  await db.$disconnect();
  database.dispose();
});

/** The demo editor marks a claim repeating the honey-bee one, in a new article, as the app does. */
async function beesClaim(statement?: string) {
  const { insertArticle } = await import("@/lib/data/articles/insert-article");
  const editor = await actor("editor@example.com");
  const article = await db.$transaction((tx) =>
    insertArticle(
      tx,
      {
        title: "Bees",
        byline: null,
        dateline: null,
        publishedAt: null,
        sourceUrl: null,
        text: "A post said honey bees were declared an endangered species.",
      },
      editor.id,
    ),
  );
  return createClaim(editor, article.id, {
    selector: { exact: "honey bees were declared an endangered species" },
    ...(statement ? { statement } : {}),
    type: "other",
  });
}

describe("Checked before?", () => {
  it("a repeated claim finds the approved one at once, never itself, with its rating and relevance in words", async () => {
    const { claimId: approved } = await newApprovedClaim(); // "5,000 troops were sent."
    const repeat = await newClaim(); // the same words, in another article
    const result = await getClaimMatches(repeat);
    expect(result?.pending).toBe(false);
    const [best] = result!.matches;
    expect(best).toMatchObject({
      id: archiveEntryId.claim(approved),
      kind: "claim",
      statement: "5,000 troops were sent.",
      rating: { key: "mostly-true", label: "Mostly true" },
      publisher: "Newsroom Fact Check",
      claimPath: `/claims/${approved}`,
      url: null, // not published
    });
    expect(best!.relevance).toMatch(/same claim/);
    // The approved claim's own matches never list itself.
    expect((await getClaimMatches(approved))!.matches.map((m) => m.id)).not.toContain(
      archiveEntryId.claim(approved),
    );
    expect(await getClaimMatches("no-such-claim")).toBeNull();
  });

  it("marking a claim searches in the background; editing its words searches again", async () => {
    const factCheck = await importHoneyBees();
    const editor = await actor("editor@example.com");
    const claim = await beesClaim();
    await backgroundWorkSettled();
    const stored = await db.claimMatchSet.findUniqueOrThrow({ where: { claimId: claim.id } });
    expect(stored.statement).toBe("honey bees were declared an endangered species");
    const cards = (await listStoredMatches([claim.id])).get(claim.id)!;
    expect(cards.pending).toBe(false);
    expect(cards.matches[0]).toMatchObject({
      id: archiveEntryId.factCheck(factCheck.id),
      kind: "fact-check",
      publisher: "Other Checks",
      rating: { label: "False", key: null },
      url: "https://checks.example/honey-bees",
    });

    await updateClaim(editor, claim.id, {
      version: claim.version,
      statement: "Bees are officially endangered.",
    });
    await backgroundWorkSettled();
    expect((await db.claimMatchSet.findUniqueOrThrow({ where: { claimId: claim.id } })).statement).toBe(
      "Bees are officially endangered.",
    );
  });

  it("a set found before an import is stale: the claim page searches again and finds the new fact-check", async () => {
    const claim = await beesClaim("Honey bees were declared endangered, a post said.");
    await backgroundWorkSettled();
    const other = await importHoneyBees({
      url: "https://elsewhere.example/bees",
      author: { "@type": "Organization", name: "Elsewhere Checks" },
      reviewRating: {
        "@type": "Rating",
        alternateName: "Mostly False",
        ratingValue: 2,
        bestRating: 5,
        worstRating: 1,
      },
    });
    // The margin card shows what it has and queues a search; the claim page is up to date at once.
    expect((await listStoredMatches([claim.id])).get(claim.id)!.pending).toBe(false);
    const page = await getClaimMatches(claim.id);
    expect(page!.matches.map((m) => m.id)).toContain(archiveEntryId.factCheck(other.id));
  });

  it("a dismissed match never shows for that claim again; only reviewers and admins dismiss", async () => {
    const factCheck = await importHoneyBees();
    const editor = await actor("editor@example.com");
    const claim = await beesClaim();
    const entryId = archiveEntryId.factCheck(factCheck.id);
    expect((await getClaimMatches(claim.id))!.matches.map((m) => m.id)).toContain(entryId);

    expect((await failure(dismissMatch(editor, claim.id, entryId))).code).toBe("FORBIDDEN");
    expect(
      (await failure(dismissMatch(await actor("reviewer@example.com"), claim.id, "nonsense"))).code,
    ).toBe("VALIDATION");
    expect((await failure(dismissMatch(await actor("reviewer@example.com"), "gone", entryId))).code).toBe(
      "NOT_FOUND",
    );
    const first = await dismissMatch(await actor("reviewer@example.com"), claim.id, entryId);
    const again = await dismissMatch(await actor("reviewer2@example.com"), claim.id, entryId);
    expect(again.createdAt).toEqual(first.createdAt);
    expect(await db.matchDismissal.count({ where: { claimId: claim.id } })).toBe(1);

    expect((await getClaimMatches(claim.id))!.matches.map((m) => m.id)).not.toContain(entryId);
    expect((await listStoredMatches([claim.id])).get(claim.id)!.matches.map((m) => m.id)).not.toContain(
      entryId,
    );
    // Even after the words change and the archive is searched afresh.
    await updateClaim(editor, claim.id, {
      version: claim.version,
      statement: "Honey bees are an endangered species.",
    });
    await backgroundWorkSettled();
    expect((await getClaimMatches(claim.id))!.matches.map((m) => m.id)).not.toContain(entryId);
    // Searching by hand still finds it: a dismissal is about one claim.
    expect((await searchArchive("honey bees endangered species")).map((m) => m.id)).toContain(entryId);
  });

  it("a verdict started from an imported fact-check copies its rating, headline and link, and records what it was based on", async () => {
    const factCheck = await importHoneyBees({
      url: "https://checks.example/bees-2",
      headline: "No, honey bees are not endangered",
      datePublished: "2024-05-02",
    });
    const entryId = archiveEntryId.factCheck(factCheck.id);
    const start = await getVerdictStart(entryId);
    expect(start).toMatchObject({
      ratingKey: "false",
      summary: "No, honey bees are not endangered",
      sources: [{ url: "https://checks.example/bees-2", publisher: "Other Checks" }],
      basedOn: { id: entryId, publisher: "Other Checks", date: "2024-05-02" },
    });
    expect(await getVerdictStart("fact-check:gone")).toBeNull();
    expect(await getVerdictStart("not an id")).toBeNull();

    const claimId = await newClaim();
    const reviewer = await actor("reviewer@example.com");
    const verdict = await createVerdict(reviewer, claimId, {
      ...content({ rating: start!.ratingKey!, summary: start!.summary }),
      basedOn: entryId,
    });
    const detail = await getClaimDetail(claimId);
    expect(detail!.verdicts.find((v) => v.id === verdict.id)!.basedOn).toEqual({
      entryId,
      statement: "Honey bees have been declared an endangered species.",
      ratingLabel: "False",
      publisher: "Other Checks",
      url: "https://checks.example/bees-2",
      publishedAt: "2024-05-02",
    });
    const timeline = detail!.timeline.map((entry) => entry.text).join("\n");
    expect(timeline).toContain("based on Other Checks's fact-check");
  });

  it("a verdict based on an entry not in the archive is refused, and nothing is written", async () => {
    const claimId = await newClaim();
    const reviewer = await actor("reviewer@example.com");
    const before = await db.verdict.count();
    const error = await failure(
      createVerdict(reviewer, claimId, { ...content(), basedOn: "fact-check:gone" }),
    );
    expect(error.code).toBe("VALIDATION");
    expect(error.message).toMatch(/no longer in the archive/);
    expect(await db.verdict.count()).toBe(before);
    expect(await db.verdictBasis.count({ where: { entryId: "fact-check:gone" } })).toBe(0);
  });
});
