import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { claimCardItem, openArticle } from "../support/article-page";
import { seriousViolations } from "../support/axe";
import { openClaim, verdictByAuthor } from "../support/claim-page";
import { signIn, signedInPage } from "../support/demo";
import { importFactChecks } from "../support/fact-check-archive";
import { createFixtureArticle } from "../support/fixtures";
import { publishThroughPreview } from "../support/publish-dialog";

/*
 * "Checked before?": a claim that repeats an earlier fact-check shows it on
 * its page and its margin card; a reviewer starts a verdict from it (the
 * verdict and the report say what it is based on), or says it is not
 * related, which is remembered. The archive can also be searched by hand.
 */

test.describe.configure({ timeout: 120_000 });

/** A made-up place name, letters only, so each test's claims match its own fact-checks and nobody else's. */
const placeName = () =>
  `Kes${randomUUID()
    .replace(/-/g, "")
    .slice(0, 8)
    .replace(/\d/g, (digit) => "ghijklmnop"[Number(digit)]!)}`;

/** An article with one claim, stated as `statement` and quoted from the sentence around it. */
async function articleClaiming(statement: string) {
  const quote = statement.replace(/\.$/, "");
  const article = await createFixtureArticle(
    [`At Monday's council meeting the mayor said ${quote}, to some surprise.`],
    [{ quote, statement, claimant: "The mayor" }],
  );
  return { ...article, claimId: article.claimIds[0]! };
}

const checkedBefore = (page: Page) => page.getByRole("region", { name: "Checked before?" });
const matchShowing = (page: Page, statement: string) =>
  checkedBefore(page).getByTestId("match").filter({ hasText: statement });

test("a reviewer starts a verdict from an earlier fact-check; the verdict and the reports say what it is based on", async ({
  page,
  browser,
  request,
}) => {
  const place = placeName();
  const statement = `The ${place} harbour tunnel cost 412 million euros, twice its budget.`;
  const [review] = await importFactChecks(request, [{ claimReviewed: statement, rating: "False" }]);
  const article = await articleClaiming(statement);

  await signIn(page, "reviewer");
  await openClaim(page, article.claimId);
  const match = matchShowing(page, statement);
  await expect(match).toContainText("Harbour Checks");
  await expect(match).toContainText("2 May 2024");
  await expect(match).toContainText("Harbour Checks's rating: False");
  await expect(match.getByTestId("match-relevance")).toHaveText(/^Relevance: (very )?likely the same claim$/);
  await expect(match.getByRole("link", { name: "Read the fact-check by Harbour Checks" })).toHaveAttribute(
    "href",
    review!.url,
  );
  await expect(match.getByRole("link", { name: "Read the fact-check by Harbour Checks" })).toHaveAttribute(
    "rel",
    "noopener noreferrer",
  );
  expect(await seriousViolations(page)).toEqual([]);

  await match.getByRole("link", { name: /^Start a verdict from this/ }).click();
  await expect(page).toHaveURL(/[?&]basedOn=fact-check%3A/);
  const form = page.getByRole("form", { name: "Write a verdict" });
  await expect(form.getByTestId("verdict-started-from")).toHaveText(
    `Started from Harbour Checks's fact-check: “${statement}”. Check every field before you save.`,
  );
  await expect(form.getByRole("radio", { name: /^False / })).toBeChecked();
  await expect(form.getByLabel("Summary")).not.toHaveValue("");
  const source = form.getByRole("group", { name: "Source 1" });
  await expect(source.getByLabel("URL", { exact: true })).toHaveValue(review!.url);
  await expect(source.getByLabel("Publisher")).toHaveValue("Harbour Checks");
  expect(await seriousViolations(page)).toEqual([]);
  await form.getByRole("button", { name: "Submit for review" }).click();

  const verdict = verdictByAuthor(page, "Rita Reviewer");
  await expect(verdict.getByTestId("verdict-state")).toHaveText("In review: 0 of 1 approval");
  await expect(verdict.getByTestId("verdict-based-on")).toContainText(
    `Based on: “${statement}” — Harbour Checks, 2 May 2024 (False)`,
  );
  await expect(page).not.toHaveURL(/basedOn=/);
  await expect(page.getByRole("form", { name: "Write a verdict" })).toHaveCount(0);

  // A second reviewer approves it; the internal report, then the published one, say what it is based on.
  const rafael = await signedInPage(browser, "reviewer2");
  await openClaim(rafael, article.claimId);
  await verdictByAuthor(rafael, "Rita Reviewer").getByRole("button", { name: "Approve revision 1" }).click();
  await expect(verdictByAuthor(rafael, "Rita Reviewer").getByTestId("verdict-state")).toHaveText("Approved");
  await rafael.context().close();

  await page.goto(`/articles/${article.id}/report`);
  const basis = page.locator(".fc-based-on");
  await expect(basis).toContainText("Based on");
  await expect(basis).toContainText(statement);
  await expect(basis).toContainText("Harbour Checks");

  const admin = await signedInPage(browser, "admin");
  await admin.goto(`/articles/${article.id}/report`);
  await publishThroughPreview(admin, 1);
  await admin.goto(`/public/reports/${article.id}`);
  await expect(admin.locator(".fc-based-on")).toContainText(statement);
  await admin.context().close();
});

test("a match said to be not related stays gone after a reload", async ({ page, request }) => {
  const place = placeName();
  const statement = `The ${place} school roof collapsed three times in 2023.`;
  await importFactChecks(request, [{ claimReviewed: statement, rating: "Misleading" }]);
  const article = await articleClaiming(statement);

  await signIn(page, "reviewer");
  await openClaim(page, article.claimId);
  const match = matchShowing(page, statement);
  await expect(match).toContainText("Misleading");
  await match.getByRole("button", { name: /^Not related/ }).click();
  await expect(match).toHaveCount(0);
  await page.reload();
  await expect(checkedBefore(page).getByRole("heading", { name: "Checked before?" })).toBeVisible();
  await expect(matchShowing(page, statement)).toHaveCount(0);
});

test("the archive search finds a fact-check by hand, to start a verdict from but not to dismiss", async ({
  page,
  request,
}) => {
  const place = placeName();
  const lighthouse = `The ${place} lighthouse was built in 1742 by Dutch engineers.`;
  await importFactChecks(request, [{ claimReviewed: lighthouse, rating: "Unproven" }]);
  const article = await articleClaiming(`Bus fares in ${place} doubled in March.`);

  await signIn(page, "reviewer");
  await openClaim(page, article.claimId);
  await page.getByLabel("Search the fact-check archive").fill(`${place} lighthouse Dutch engineers`);
  await page.getByLabel("Search the fact-check archive").press("Enter");
  await expect(page).toHaveURL(/[?&]archive=/);
  const results = page.getByRole("list", { name: /^Archive search results for/ });
  const found = results.getByTestId("match").filter({ hasText: lighthouse });
  await expect(found).toContainText("Harbour Checks");
  await expect(found).toContainText("Unproven");
  await expect(found.getByRole("link", { name: /^Start a verdict from this/ })).toBeVisible();
  await expect(found.getByRole("button", { name: /^Not related/ })).toHaveCount(0);
  await expect(page.getByLabel("Search the fact-check archive")).toHaveValue(
    `${place} lighthouse Dutch engineers`,
  );
  expect(await seriousViolations(page)).toEqual([]);
});

test("the margin card says the claim was checked before; an editor sees matches but cannot act on them", async ({
  page,
  request,
}) => {
  const place = placeName();
  const statement = `The ${place} library lends 80,000 e-books a year.`;
  await importFactChecks(request, [{ claimReviewed: statement, rating: "True", publisher: "Quay Facts" }]);
  const article = await articleClaiming(statement);

  await signIn(page, "editor");
  // The margin shows stored matches only; the first visit asks for the search in the background.
  await expect(async () => {
    await openArticle(page, article.id);
    await expect(claimCardItem(page, article.claimId).getByTestId("checked-before")).toBeVisible({
      timeout: 1000,
    });
  }).toPass({ timeout: 20_000 });
  const line = claimCardItem(page, article.claimId).getByTestId("checked-before");
  await expect(line).toContainText("Checked before: 1 earlier fact-check.");
  await expect(line).toContainText(statement);
  await expect(line).toContainText("Quay Facts");
  await claimCardItem(page, article.claimId).locator("button[data-claim-id]").click();
  await claimCardItem(page, article.claimId)
    .getByRole("link", { name: "Checked before? See the earlier fact-check" })
    .click();
  await expect(page).toHaveURL(new RegExp(`/claims/${article.claimId}#checked-before$`));

  const match = matchShowing(page, statement);
  await expect(match).toContainText("Quay Facts");
  await expect(match.getByRole("link", { name: /^Start a verdict from this/ })).toHaveCount(0);
  await expect(match.getByRole("button", { name: /^Not related/ })).toHaveCount(0);
  // Nor does a hand-made link start one for an editor.
  await page.goto(`/claims/${article.claimId}?basedOn=fact-check%3Aabc#verdict-form`);
  await expect(page.getByTestId("verdict-started-from")).toHaveCount(0);
});
