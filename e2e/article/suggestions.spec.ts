import { expect, test, type Page } from "@playwright/test";
import { claimCards, openArticle } from "../support/article-page";
import { seriousViolations } from "../support/axe";
import { signIn } from "../support/demo";
import { createFixtureArticle, database, storedClaims } from "../support/fixtures";

/*
 * Suggested claims on the article page: sentences the check-worthiness model
 * scores highly are underlined and offered one at a time; editors accept
 * (the claim dialog opens pre-filled) or reject them by key, and nothing
 * changes the text or a claim by itself.
 */

const paragraphs = [
  "The city spent 45 million dollars on the new stadium last year, twice the original budget.",
  "It was a cold and windy morning. People gathered near the gates.",
  "Unemployment fell to 3.9 percent in March, the lowest rate since 1969, the minister said.",
  "The crowd cheered loudly. Everyone seemed happy.",
  "Crime rose by 12 percent in the first half of the year, according to police figures.",
  "Nobody knows what tomorrow brings. We will see.",
];

const bar = (page: Page) => page.getByRole("region", { name: /Suggested claims/ });
const underlined = (page: Page) => page.getByTestId("article-text").locator("[data-suggestion]");
const current = (page: Page) => page.getByTestId("current-suggestion");

/** The sentence the bar offers now, without its quotes. */
async function currentSentence(page: Page): Promise<string> {
  const quoted = (await current(page).locator(".font-serif").textContent()) ?? "";
  return quoted.replace(/^“|”$/g, "");
}

test("an editor imports an article, sees its suggestions, and accepts one by keyboard as a claim", async ({
  page,
}) => {
  await signIn(page, "editor");
  await page.goto("/articles/new");
  await page.getByLabel("Title").fill(`Suggestions import ${Date.now()}`);
  await page.getByLabel("Article text").fill(paragraphs.join("\n\n"));
  await page.getByRole("button", { name: "Preview" }).click();
  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page.getByTestId("article-workspace")).toHaveAttribute("data-hydrated", "true");
  const articleId = page.url().split("/articles/")[1]!.split(/[?#]/)[0]!;

  // The claim-like sentences are underlined; the small talk is not.
  await expect(bar(page)).toContainText("Suggested claims");
  const texts = await underlined(page).allTextContents();
  expect(texts.length).toBeGreaterThanOrEqual(2);
  expect(texts.some((t) => t.includes("45 million dollars"))).toBe(true);
  expect(texts.some((t) => t.includes("cold and windy"))).toBe(false);
  await expect(underlined(page).first()).toHaveAttribute(
    "title",
    /Suggested claim: (very )?likely check-worthy/,
  );

  // N moves to the first suggestion and says it in words; A opens the claim dialog with it.
  await page.keyboard.press("n");
  await expect(current(page)).toContainText(/Sentence \d+: (very )?likely check-worthy/);
  await expect(page.getByTestId("suggestion-announcement")).toContainText(/Suggestion 1 of \d+/);
  const sentence = await currentSentence(page);
  await page.keyboard.press("a");
  const dialog = page.getByRole("dialog", { name: "Accept suggestion as claim" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel("Claim statement")).toHaveValue(sentence);
  await expect(dialog).toContainText(/score 0\.\d\d/);
  await dialog.getByRole("button", { name: "Save claim" }).click();
  await expect(dialog).toBeHidden();
  await expect(claimCards(page)).toHaveCount(1);
  await expect(underlined(page).filter({ hasText: sentence })).toHaveCount(0);

  // Stored as a claim that came from the suggestion, with the sentence's stored score.
  const [claim] = await storedClaims(articleId);
  expect(claim!.exact).toBe(sentence);
  expect(claim!.suggestionScore).toBeGreaterThan(0);
  const db = await database();
  const revision = await db.articleRevision.findFirstOrThrow({ where: { articleId } });
  const stored = JSON.parse(revision.sentenceScores!) as { start: number; end: number; score: number }[];
  expect(stored.find((s) => s.start === claim!.start)?.score).toBe(claim!.suggestionScore);
  // The text is untouched: one revision.
  expect(await db.articleRevision.count({ where: { articleId } })).toBe(1);
});

test("a rejected suggestion stays rejected after a reload", async ({ page }) => {
  const article = await createFixtureArticle(paragraphs);
  await signIn(page, "editor");
  await openArticle(page, article.id);
  const before = await underlined(page).count();
  expect(before).toBeGreaterThanOrEqual(2);

  await page.keyboard.press("n");
  const sentence = await currentSentence(page);
  await page.keyboard.press("x");
  await expect(page.getByTestId("suggestion-announcement")).toContainText("Suggestion rejected");
  await expect(underlined(page).filter({ hasText: sentence })).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("article-workspace")).toHaveAttribute("data-hydrated", "true");
  await expect(underlined(page)).toHaveCount(before - 1);
  await expect(underlined(page).filter({ hasText: sentence })).toHaveCount(0);
  expect(await storedClaims(article.id)).toEqual([]);
});

test("viewers and reviewers see suggestions but cannot accept or reject them", async ({ page }) => {
  const article = await createFixtureArticle(paragraphs);
  for (const role of ["viewer", "reviewer"] as const) {
    await signIn(page, role);
    await openArticle(page, article.id);
    await expect(underlined(page).first()).toBeVisible();
    await page.keyboard.press("n");
    await expect(current(page)).toContainText(/likely check-worthy/);
    await expect(bar(page).getByRole("button", { name: "Accept as claim" })).toHaveCount(0);
    await expect(bar(page).getByRole("button", { name: "Reject" })).toHaveCount(0);
    await expect(bar(page).getByLabel("Accept all scoring at least")).toHaveCount(0);
    await page.keyboard.press("a");
    await page.keyboard.press("x");
    await expect(page.getByRole("dialog")).toHaveCount(0);
  }
  expect(await storedClaims(article.id)).toEqual([]);
  const db = await database();
  expect(await db.suggestionRejection.count({ where: { articleId: article.id } })).toBe(0);
});

test("suggestions can be hidden, and stay hidden on the next visit", async ({ page }) => {
  const article = await createFixtureArticle(paragraphs);
  await signIn(page, "editor");
  await openArticle(page, article.id);
  await expect(underlined(page).first()).toBeVisible();
  const hide = bar(page).getByRole("button", { name: "Hide suggestions" });
  await hide.click();
  await expect(hide).toHaveAttribute("aria-pressed", "true");
  await expect(underlined(page)).toHaveCount(0);
  await page.keyboard.press("n");
  await page.keyboard.press("a");
  await expect(page.getByRole("dialog")).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("article-workspace")).toHaveAttribute("data-hydrated", "true");
  await expect(underlined(page)).toHaveCount(0);
  await bar(page).getByRole("button", { name: "Hide suggestions" }).click();
  await expect(underlined(page).first()).toBeVisible();
});

test("accept all above a score marks each open suggestion once, after a confirmation", async ({ page }) => {
  const article = await createFixtureArticle(paragraphs);
  await signIn(page, "editor");
  await openArticle(page, article.id);
  const minScore = bar(page).getByLabel("Accept all scoring at least");
  // A score out of range is explained, and nothing can be sent.
  await minScore.fill("2");
  await expect(bar(page)).toContainText("Give a score from 0 to 1.");
  await expect(bar(page).getByRole("button", { name: /^Accept \d+ as claims$/ })).toBeDisabled();
  await minScore.fill("0");
  const open = await underlined(page).count();
  const accept = bar(page).getByRole("button", { name: `Accept ${open} as claims` });
  await accept.click();
  const dialog = page.getByRole("dialog", { name: `Mark ${open} suggested sentences as claims?` });
  await dialog.getByRole("button", { name: `Mark ${open} as claims` }).click();
  await expect(dialog).toBeHidden();
  await expect(claimCards(page)).toHaveCount(open);
  await expect(underlined(page)).toHaveCount(0);
  await expect(bar(page)).toContainText("No open suggestions");
  const claims = await storedClaims(article.id);
  expect(claims).toHaveLength(open);
  for (const claim of claims) expect(claim.suggestionScore).not.toBeNull();
});

test("axe finds nothing serious with suggestions shown and one current", async ({ page }) => {
  const article = await createFixtureArticle(paragraphs);
  await signIn(page, "editor");
  await openArticle(page, article.id);
  await page.keyboard.press("n");
  await expect(current(page)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
