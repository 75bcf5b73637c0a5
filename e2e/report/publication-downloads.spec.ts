import { expect, test } from "@playwright/test";
import { bearer, createToken } from "../support/api";
import { signIn } from "../support/demo";
import { createFixtureArticle } from "../support/fixtures";

// Downloads made after publishing refer to the publication readers see.

test("before publishing the page says what publishing fills in; afterwards every download carries it", async ({
  page,
  request,
}) => {
  const editor = await createToken("editor");
  const article = await createFixtureArticle(
    ["The ferry carried 2 million passengers in 2025, the operator said."],
    [{ quote: "The ferry carried 2 million passengers in 2025", verdicts: 1, approved: true }],
  );
  const download = async (format: string) => {
    const response = await request.get(`/api/v1/articles/${article.id}/report?format=${format}`, {
      headers: bearer(editor),
    });
    expect(response.status()).toBe(200);
    return response.text();
  };

  await signIn(page, "editor");
  await page.goto(`/articles/${article.id}/report`);
  await expect(page.getByTestId("filled-on-publishing")).toContainText(
    "Publishing fills in what the downloads cannot say yet: the public address of the report",
  );
  await expect(page.locator("body")).not.toContainText("`datePublished`");
  const [before] = JSON.parse(await download("claimreview")) as Array<Record<string, unknown>>;
  expect(before).not.toHaveProperty("url");
  expect(before).not.toHaveProperty("datePublished");
  expect(JSON.parse(await download("json"))).toMatchObject({ reportUrl: null, publication: null });

  const published = await request.post(`/api/v1/articles/${article.id}/publications`, {
    headers: bearer(editor),
  });
  expect(published.status()).toBe(201);
  const { publication } = (await published.json()) as {
    publication: { url: string; version: number; publishedAt: string };
  };
  const day = publication.publishedAt.slice(0, 10);

  const [review] = JSON.parse(await download("claimreview")) as Array<Record<string, unknown>>;
  expect(review).toMatchObject({ url: `${publication.url}#claim-1`, datePublished: day, dateModified: day });
  expect(JSON.parse(await download("json"))).toMatchObject({
    reportUrl: publication.url,
    publication: { version: 1, publishedAt: publication.publishedAt },
  });
  const markdown = await download("md");
  expect(markdown).toContain("(version 1)");
  expect(markdown).toContain(`- **Published at:** [${publication.url}](${publication.url})`);
  await page.reload();
  await expect(page.getByTestId("filled-on-publishing")).toHaveCount(0);

  // A second version: the first publication date stays, the version moves on.
  const again = await request.post(`/api/v1/articles/${article.id}/publications`, {
    headers: bearer(editor),
  });
  expect(again.status()).toBe(201);
  expect(JSON.parse(await download("json"))).toMatchObject({ publication: { version: 2 } });
  const [second] = JSON.parse(await download("claimreview")) as Array<Record<string, unknown>>;
  expect(second).toMatchObject({ datePublished: day });

  // Taken down: the downloads stop naming a public address.
  expect(
    (
      await request.delete(`/api/v1/articles/${article.id}/publications`, { headers: bearer(editor) })
    ).status(),
  ).toBe(204);
  expect(JSON.parse(await download("json"))).toMatchObject({ reportUrl: null, publication: null });
});
