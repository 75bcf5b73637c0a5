import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkedArticle, publish, unpublish } from "@/lib/data/feeds/testing/published-article";
import { createTempDatabase } from "@/lib/data/testing/temp-database";
import { actor } from "@/lib/data/testing/test-helpers";

const database = createTempDatabase();
const { db } = await import("@/lib/db/client");
const { getPublicAnnotation, getPublicAnnotationContainer, getPublicAnnotationPage } =
  await import("./public-annotations");
const { buildReportModel } = await import("./build-report-model");
const { exportReport } = await import("./export-report");
const { publicationReference } = await import("./publications");
const { createArticle } = await import("@/lib/data/articles/create-article");
const { createClaim } = await import("@/lib/data/claims/create-claim");
const { importAnnotations } = await import("@/lib/data/claims/import-annotations");

afterAll(async () => {
  await db.$disconnect();
  database.dispose();
});

// Published on the fixture origin (published-article.ts), served on LOCAL (APP_URL set since, say): every IRI follows the app to LOCAL.
const LOCAL = "http://localhost:3000";
const collection = (id: string) => `${LOCAL}/public/reports/${id}/annotations`;
const options = { origin: LOCAL, pageSize: 1 };

/** The signed-in W3C download, as the report route makes it. */
async function download(articleId: string) {
  const model = await buildReportModel(articleId, {
    audience: "internal",
    ...(await publicationReference(articleId, LOCAL)),
  });
  const file = await exportReport(model, "w3c", { includePending: true, baseUrl: LOCAL });
  return JSON.parse(String(file.body)) as { first: { items: Array<{ id: string }> } };
}

const ids: Record<string, string> = {};

beforeAll(async () => {
  ids.published = await checkedArticle("Annotations: published");
  ids.withdrawn = await checkedArticle("Annotations: withdrawn");
  ids.draft = await checkedArticle("Annotations: draft");
  await publish(ids.published);
  await publish(ids.withdrawn);
  await unpublish(ids.withdrawn);
  // Marked after publishing: in the downloads, not in the publication.
  await createClaim(await actor("editor@example.com"), ids.published, {
    span: { revision: 1, start: 0, end: 12 },
    claimant: "The ministry",
    type: "quotation",
  });
});

describe("published annotations", () => {
  it("serves each published claim at the address the download gives it", async () => {
    // The later claim comes first in the text, so claim numbers moved on since publishing: ids must not.
    const [later, published] = (await download(ids.published!)).first.items;
    expect(published?.id).toBe(`${collection(ids.published!)}/1`);
    expect((await getPublicAnnotation(ids.published!, 1, LOCAL))?.id).toBe(published?.id);
    // The claim added since publishing is not public: its id is the download's own, not a public 404.
    expect(later?.id).toMatch(
      new RegExp(`^${LOCAL}/api/v1/articles/${ids.published}/report\\?format=w3c#claim-`),
    );
    expect(await getPublicAnnotation(ids.published!, 2, LOCAL)).toBeNull();
  });

  it("an unpublished or withdrawn report has no annotations, container or pages", async () => {
    for (const id of [ids.draft!, ids.withdrawn!, "no-such-article"]) {
      expect(await getPublicAnnotation(id, 1, LOCAL)).toBeNull();
      expect(await getPublicAnnotationContainer(id, "descriptions", options)).toBeNull();
      expect(await getPublicAnnotationPage(id, 0, "descriptions", options)).toBeNull();
    }
    const downloaded = await download(ids.draft!);
    expect(downloaded.first.items.every((item) => !item.id.includes("/public/"))).toBe(true);
  });

  it("the container lists the publication's claims on pages of the given size", async () => {
    const container = await getPublicAnnotationContainer(ids.published!, "iris", options);
    expect(container).toMatchObject({
      id: collection(ids.published!),
      total: 1,
      first: { items: [`${collection(ids.published!)}/1`] },
    });
    expect(await getPublicAnnotationPage(ids.published!, 1, "descriptions", options)).toBeNull();
  });
});

describe("importing the download", () => {
  it("recreates the claims with their claimant and type on an article with the same text", async () => {
    const editor = await actor("editor@example.com");
    const copy = await createArticle(editor, {
      title: "Annotations: copy",
      byline: null,
      dateline: null,
      publishedAt: null,
      sourceUrl: null,
      text: "The ministry said 5,000 troops were sent.",
      allowDuplicate: true,
    });
    const outcome = await importAnnotations(editor, copy.id, await download(ids.published!));
    expect(outcome.unanchored).toEqual([]);
    const [source, imported] = await Promise.all(
      [ids.published!, copy.id].map((articleId) =>
        db.claim.findMany({ where: { articleId }, orderBy: { start: "asc" } }),
      ),
    );
    const keep = (claims: typeof source) =>
      claims?.map(({ exact, start, end, statement, claimant, type }) => ({
        exact,
        start,
        end,
        statement,
        claimant,
        type,
      }));
    expect(keep(imported)).toEqual(keep(source));
    expect(keep(imported)?.map((claim) => claim.type)).toEqual(["quotation", "statistic"]);
    expect(keep(imported)?.[0]?.claimant).toBe("The ministry");
  });
});
