import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { bearer, createToken } from "../support/api";
import { seriousViolations } from "../support/axe";
import { createFixtureArticle } from "../support/fixtures";
import { tabTo } from "../support/keyboard";

// The annotated article and the claim cards: public pages without scripts
// that work by keyboard, without JavaScript, on a phone and in print.

const PARAGRAPHS = [
  "The ferry carried 2 million passengers in 2025, up from 1.5 million in 2024, the operator said.",
  "Ticket prices doubled over the same period, according to a rival company.",
];

interface Published {
  id: string;
  /** Absolute URL of the published report. */
  url: string;
}

/** An article with two approved, overlapping claims (1, 2) and one still in review (3), published. */
async function publishFixture(request: APIRequestContext): Promise<Published> {
  const editor = await createToken("editor");
  const article = await createFixtureArticle(PARAGRAPHS, [
    { quote: "The ferry carried 2 million passengers in 2025", verdicts: 1, approved: true },
    {
      quote: "2 million passengers in 2025, up from 1.5 million in 2024",
      statement: "Passenger numbers rose by a third in a year.",
      verdicts: 1,
      approved: true,
    },
    { quote: "Ticket prices doubled over the same period", verdicts: 1 },
  ]);
  // Published with the claim still in review listed (off by default), to check how it is shown.
  const response = await request.post(`/api/v1/articles/${article.id}/publications`, {
    headers: bearer(editor),
    data: { includePending: true },
  });
  expect(response.status()).toBe(201);
  const { publication } = (await response.json()) as { publication: { url: string } };
  return { id: article.id, url: publication.url };
}

const articlePath = (id: string) => `/public/reports/${id}/article`;
const cardPath = (id: string, n: number) => `/public/reports/${id}/claims/${n}`;

async function hasNoHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);
}

test("by keyboard alone, each highlight opens its claim's verdict and the way back returns to it", async ({
  page,
  request,
}) => {
  const { id } = await publishFixture(request);
  await page.goto(articlePath(id));
  // Two checked claims are labelled; the one still in review is not highlighted at all.
  await expect(page.locator(".pa-text a")).toHaveCount(2);
  await expect(page.locator(".pa-text")).not.toContainText("Not yet checked");

  for (const number of [1, 2]) {
    const label = page.locator(`#ref-claim-${number}`);
    await expect(label).toHaveAccessibleName(
      // Chromium puts a space after each inline-block part (number, rating chip).
      new RegExp(`^Claim ${number} ?, rated True ?\\. Read the verdict$`),
    );
    await tabTo(page, label);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`#claim-${number}$`));
    const verdict = page.locator(`#claim-${number}`);
    await expect(verdict).toBeInViewport();
    await expect(verdict).toContainText("Fixture verdict.");
    await expect(verdict).toContainText("Fixture statistics");

    const back = page.getByRole("link", { name: `Back to claim ${number} in the text` });
    await tabTo(page, back);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`#ref-claim-${number}$`));
    await expect(label).toBeInViewport();
  }

  // The claim still in review is listed without any rating.
  const pending = page.locator("#claim-3");
  await expect(pending).toContainText("Ticket prices doubled over the same period");
  await expect(pending).not.toContainText("True");
  await expect(pending).not.toContainText("Fixture verdict.");
});

test("the article page and a claim card have no serious accessibility violations and request nothing from elsewhere", async ({
  page,
  request,
  baseURL,
}) => {
  const { id } = await publishFixture(request);
  const requested: string[] = [];
  page.on("request", (sent) => requested.push(sent.url()));
  for (const path of [articlePath(id), cardPath(id, 2)]) {
    expect((await page.goto(path))?.status()).toBe(200);
    expect(await seriousViolations(page), path).toEqual([]);
  }
  expect(requested.length).toBeGreaterThanOrEqual(2);
  const origin = new URL(baseURL!).origin;
  expect(requested.filter((url) => new URL(url).origin !== origin)).toEqual([]);
});

test("with JavaScript disabled the verdicts are readable and the highlights still lead to them", async ({
  browser,
  request,
}) => {
  const { id } = await publishFixture(request);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(articlePath(id));
  await expect(page.locator("#claim-2")).toContainText("Passenger numbers rose by a third in a year.");
  await expect(page.locator("#claim-2")).toContainText("Fixture verdict.");
  await page.locator("#ref-claim-2").click();
  await expect(page).toHaveURL(/#claim-2$/);
  await expect(page.locator("#claim-2")).toBeInViewport();
  await context.close();
});

test("on a 375px-wide phone nothing scrolls sideways; in print the verdicts show and the links back do not", async ({
  browser,
  request,
}) => {
  const { id } = await publishFixture(request);
  const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
  const page = await context.newPage();
  for (const path of [articlePath(id), cardPath(id, 1)]) {
    await page.goto(path);
    expect(await hasNoHorizontalScroll(page), path).toBe(true);
  }
  await page.goto(articlePath(id));
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("#claim-1")).toBeVisible();
  await expect(page.locator("#claim-1")).toContainText("Fixture verdict.");
  await expect(page.getByRole("link", { name: "Back to claim 1 in the text" })).toBeHidden();
  await expect(page.getByRole("link", { name: "Read the full fact-check report" }).first()).toBeHidden();
  await context.close();
});

test("the report, article and card pages describe themselves; the article carries a ClaimReview per checked claim", async ({
  page,
  request,
}) => {
  const { id, url } = await publishFixture(request);
  const meta = (name: string) => page.locator(`meta[property="${name}"], meta[name="${name}"]`);

  await page.goto(articlePath(id));
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${url}/article`);
  await expect(meta("og:url")).toHaveAttribute("content", `${url}/article`);
  await expect(meta("og:type")).toHaveAttribute("content", "article");
  await expect(meta("og:site_name")).toHaveAttribute("content", /\S/);
  await expect(meta("og:title")).toHaveAttribute("content", /^Fact check: Fixture /);
  await expect(meta("twitter:card")).toHaveAttribute("content", "summary");
  await expect(meta("twitter:title")).toHaveAttribute("content", /^Fact check: Fixture /);
  for (const name of ["description", "og:description", "twitter:description"]) {
    await expect(meta(name)).toHaveAttribute(
      "content",
      "2 claims checked: 2 True. 1 claim is still being checked.",
    );
  }
  const scripts = page.locator('script[type="application/ld+json"]');
  await expect(scripts).toHaveCount(2);
  const reviews = (await scripts.allTextContents()).map(
    (text) => JSON.parse(text) as Record<string, unknown>,
  );
  expect(reviews.map((review) => [review["@type"], review.url])).toEqual([
    ["ClaimReview", `${url}#claim-1`],
    ["ClaimReview", `${url}#claim-2`],
  ]);

  await page.goto(`/public/reports/${id}`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", url);
  await expect(meta("og:description")).toHaveAttribute("content", /^2 claims checked/);
  await page.getByRole("link", { name: "Read the article with the checked claims highlighted" }).click();
  await expect(page).toHaveURL(new RegExp(`${articlePath(id)}$`));

  await page.goto(cardPath(id, 1));
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${url}/claims/1`);
  await expect(meta("twitter:card")).toHaveAttribute("content", "summary");
});

test("a claim card shows one checked claim and links out of the frame; other numbers are 404", async ({
  page,
  request,
}) => {
  const { id, url } = await publishFixture(request);
  await page.goto(cardPath(id, 2));
  await expect(page.locator("body")).toContainText("Passenger numbers rose by a third in a year.");
  await expect(page.locator("mark")).toHaveText("2 million passengers in 2025, up from 1.5 million in 2024");
  await expect(page.locator(".fc-rating")).toContainText("True");
  await expect(page.locator("body")).toContainText("Fixture verdict.");
  const full = page.getByRole("link", { name: /^Read the full fact-check/ });
  await expect(full).toHaveAttribute("href", `${url}#claim-2`);
  await expect(full).toHaveAttribute("target", "_blank");

  for (const path of [cardPath(id, 3), cardPath(id, 99), cardPath(id, 0), `${cardPath(id, 1)}x`]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(404);
    expect(await response.text()).toContain("Report not found");
  }
});

test("an older version's article page says it was superseded and links to the latest", async ({
  page,
  request,
}) => {
  const { id } = await publishFixture(request);
  const editor = await createToken("editor");
  expect(
    (await request.post(`/api/v1/articles/${id}/publications`, { headers: bearer(editor) })).status(),
  ).toBe(201);
  await page.goto(`/public/reports/${id}/versions/1/article`);
  await expect(page.getByRole("note")).toContainText("This is version 1 of this report.");
  await page.getByRole("note").getByRole("link", { name: "version 2" }).click();
  await expect(page).toHaveURL(new RegExp(`${articlePath(id)}$`));
  await expect(page.getByRole("note")).toHaveCount(0);
  expect((await request.get(`/public/reports/${id}/versions/9/article`)).status()).toBe(404);
});
