import { expect, test, type Page } from "@playwright/test";
import { claimCards, openArticle } from "../support/article-page";
import { seriousViolations } from "../support/axe";
import { fillVerdictForm, openClaim } from "../support/claim-page";
import { signedInPage } from "../support/demo";
import { createFixtureArticle } from "../support/fixtures";
import { dragSelect } from "../support/select-text";

test.describe.configure({ timeout: 120_000 });

const paragraphs = [
  "The ministry said on Monday that 4,000 soldiers had been deployed to the border region.",
  "Officials added that the exercise would last three weeks, according to state media.",
  "A spokesman said fuel prices had doubled since January.",
];

const notice = (page: Page) => page.getByRole("status").filter({ has: page.getByText("Updated:") });

/** Marks the page so a test can tell it was never reloaded: a reload forgets the mark. */
async function markLoaded(page: Page) {
  await page.evaluate(() => ((window as unknown as { liveMark: string }).liveMark = "not reloaded"));
}
const mark = (page: Page) => page.evaluate(() => (window as unknown as { liveMark?: string }).liveMark);

test("people on one article see each other, and each other's changes without reloading, while their half-filled forms keep what they typed", async ({
  browser,
}) => {
  const article = await createFixtureArticle(paragraphs, [
    { quote: "the exercise would last three weeks", statement: "The exercise lasts three weeks." },
  ]);
  const claimId = article.claimIds[0]!;
  const eddie = await signedInPage(browser, "editor");
  const rita = await signedInPage(browser, "reviewer");
  await openArticle(eddie, article.id);
  await openArticle(rita, article.id);
  await markLoaded(eddie);
  await markLoaded(rita);

  // Presence: each sees the other, never themself.
  await expect(eddie.getByTestId("presence")).toHaveText("Also viewing: Rita Reviewer");
  await expect(rita.getByTestId("presence")).toHaveText("Also viewing: Eddie Editor");

  // Eddie marks a claim: it appears in Rita's panel, and her live region says who did what.
  await dragSelect(eddie, "4,000 soldiers had been deployed to the border region");
  await eddie.getByRole("button", { name: /Mark as claim/ }).click();
  const dialog = eddie.getByRole("dialog", { name: "Mark as claim" });
  await dialog.getByLabel("Claim statement").fill("4,000 soldiers were deployed.");
  await dialog.getByRole("button", { name: "Save claim" }).click();
  await expect(dialog).toBeHidden();
  await expect(claimCards(rita)).toHaveCount(2);
  await expect(claimCards(rita).first()).toContainText("4,000 soldiers were deployed.");
  await expect(notice(rita)).toHaveText("Updated: Eddie Editor marked claim “4,000 soldiers were deployed.”");
  await expect(notice(rita)).toHaveAttribute("aria-live", "polite");
  // The one who made the change is not told about it.
  await expect(notice(eddie)).toHaveCount(0);
  expect(await mark(rita)).toBe("not reloaded");
  expect(await seriousViolations(rita)).toEqual([]);

  // Rita starts a verdict on the other claim and leaves it half-filled...
  await openClaim(rita, claimId);
  await markLoaded(rita);
  await expect(eddie.getByTestId("presence")).toHaveText("");
  await rita.getByRole("button", { name: "Write a verdict" }).click();
  await fillVerdictForm(rita, { rating: "Mostly true", summary: "Half-written: the ministry's own" });
  // ...while Eddie comments on that claim from his own claim page.
  await openClaim(eddie, claimId);
  await eddie.getByLabel("Add a comment").fill("The briefing transcript is online.");
  await eddie.getByRole("button", { name: "Post comment" }).click();
  await expect(rita.getByRole("list", { name: "Comments" })).toContainText(
    "The briefing transcript is online.",
  );
  await expect(notice(rita)).toContainText(
    "Eddie Editor commented on claim “The exercise lasts three weeks.”",
  );
  await expect(rita.getByLabel("Summary")).toHaveValue("Half-written: the ministry's own");
  await expect(rita.getByRole("radio", { name: /^Mostly true / })).toBeChecked();
  expect(await mark(rita)).toBe("not reloaded");

  // Eddie starts marking another claim and leaves the dialog half-filled...
  await openArticle(eddie, article.id);
  await markLoaded(eddie);
  await dragSelect(eddie, "fuel prices had doubled since January");
  await eddie.getByRole("button", { name: /Mark as claim/ }).click();
  await dialog.getByLabel("Claim statement").fill("Fuel prices doubled");
  // ...while Rita finishes and submits her verdict.
  await fillVerdictForm(rita, {
    rating: "Mostly true",
    summary: "Half-written: the ministry's own schedule says three weeks.",
    sources: [
      { url: "https://ministry.example.gov/exercise", title: "Exercise schedule", publisher: "Ministry" },
    ],
  });
  await rita.getByRole("button", { name: "Submit for review" }).click();
  await expect(rita.getByTestId("verdict-state")).toHaveText("In review: 0 of 1 approval");

  const exercise = claimCards(eddie).filter({ hasText: "The exercise lasts three weeks." });
  await expect(exercise).toContainText("In review");
  await expect(notice(eddie)).toContainText(
    "Rita Reviewer submitted a verdict on claim “The exercise lasts three weeks.”",
  );
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel("Claim statement")).toHaveValue("Fuel prices doubled");
  expect(await mark(eddie)).toBe("not reloaded");
});
