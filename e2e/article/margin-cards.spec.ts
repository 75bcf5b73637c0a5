import { expect, test } from "@playwright/test";
import {
  cardBoxes,
  claimList,
  expectCardBesideHighlight,
  claimCardItem,
  claimCards,
  claimHighlightStart,
  openArticle,
} from "../support/article-page";
import { seriousViolations } from "../support/axe";
import { signedInPage, signIn } from "../support/demo";
import { createFixtureArticle, database } from "../support/fixtures";
import { numbersAsRead, setClaimWork } from "../support/margin-cards";

/*
 * On a wide screen (Playwright's 1280 × 720) the claims sit in a margin
 * column, each card beside its highlight; on a narrow one they are a list.
 */

const filler = (n: number) =>
  `Paragraph ${n} sets the scene at some length, so that the claims below sit well down the page ` +
  `and each one starts on a line of its own, apart from the others. It claims nothing at all.`;
const paragraphs = [
  ...Array.from({ length: 8 }, (_, i) => filler(i + 1)),
  "The port handled 2 million containers last year, the minister said.",
  filler(10),
  filler(11),
  "Unemployment fell to 4% in March, the lowest rate in a decade.",
  filler(13),
  filler(14),
  "The new bridge cost 80 million euros, twice the first estimate.",
  filler(16),
  "Hospital waiting lists grew by a third, the union said.",
  filler(18),
];

/** Five claims; by text order: port (1) and containers (2) on one line, then jobs, bridge, hospitals. */
async function createDeskArticle() {
  const article = await createFixtureArticle(paragraphs, [
    { quote: "Unemployment fell to 4% in March", verdicts: 1, approved: true },
    { quote: "The port handled 2 million containers" },
    { quote: "2 million containers last year", statement: "The port's container count rose last year" },
    { quote: "The new bridge cost 80 million euros", verdicts: 1 },
    { quote: "Hospital waiting lists grew by a third" },
  ]);
  const [jobs, port, containers, bridge, hospitals] = article.claimIds as [
    string,
    string,
    string,
    string,
    string,
  ];
  await setClaimWork(jobs, {
    assigneeEmail: "reviewer@example.com",
    dueDay: "2026-01-05",
    comments: ["Which survey?", "The labour force survey."],
  });
  return { ...article, jobs, port, containers, bridge, hospitals };
}

test("cards sit beside their highlights, stack when they share a line, and each highlight shows its number", async ({
  page,
}) => {
  const article = await createDeskArticle();
  await signIn(page, "viewer");
  await openArticle(page, article.id);
  await expect(claimList(page)).toHaveAttribute("data-layout", "margin");

  for (const id of [article.port, article.jobs, article.bridge, article.hospitals])
    await expectCardBesideHighlight(page, id);
  // The containers claim starts on the port claim's line: its card goes below, never over it.
  const [port, containers] = await cardBoxes(page, [article.port, article.containers]);
  expect(containers!.top).toBeGreaterThanOrEqual(port!.bottom);

  // Numbers in text order, the same as the cards', read out where each claim starts...
  await expect(claimCards(page).first()).toContainText("#1");
  expect(await numbersAsRead(page)).toEqual([
    { number: "1", before: "The port handled " },
    { number: "2", before: "2 million containers" },
    { number: "3", before: "Unemployment fell to 4% in March" },
    { number: "4", before: "The new bridge cost 80 million euros" },
    { number: "5", before: "Hospital waiting lists grew by a third" },
  ]);
  await expect(claimHighlightStart(page, article.jobs).locator("[data-claim-badge]")).toBeVisible();
  // ...but never part of the text: selecting a highlight selects its words only.
  const selected = await claimHighlightStart(page, article.jobs).evaluate((mark) => {
    window.getSelection()!.selectAllChildren(mark);
    return window.getSelection()!.toString();
  });
  expect(selected).toBe("Unemployment fell to 4% in March");
});

test("a card shows status, rating, verdict summary, assignee, due date and comments, and the quote only when it differs", async ({
  page,
}) => {
  const article = await createDeskArticle();
  await signIn(page, "viewer");
  await openArticle(page, article.id);

  const jobs = claimCardItem(page, article.jobs).locator("button[data-claim-id]");
  await expect(jobs).toContainText("#3");
  await expect(jobs.locator("[data-status]")).toHaveText("Approved");
  await expect(jobs).toContainText("True");
  await expect(jobs.getByTestId("verdict-summary")).toHaveText("Verdict: Fixture verdict.");
  await expect(jobs.getByTestId("claim-work")).toContainText("Assigned to Rita Reviewer");
  await expect(jobs.getByTestId("claim-work")).toContainText("Overdue: was due 5 January 2026");
  await expect(jobs.getByTestId("claim-work")).toContainText("2 comments");

  // The statement is the quote: said once. A reworded statement: the quote too.
  await expect(jobs.getByText("Unemployment fell to 4% in March")).toHaveCount(1);
  await expect(jobs).not.toContainText("Quote:");
  const containers = claimCardItem(page, article.containers);
  await expect(containers).toContainText("The port's container count rose last year");
  await expect(containers).toContainText("Quote: “2 million containers last year”");
  await expect(claimCardItem(page, article.hospitals)).toContainText("Unassigned");
});

test("a reviewer opens a card and approves and comments in place; the selected card stays at its highlight", async ({
  page,
  browser,
}) => {
  const article = await createDeskArticle();
  await signIn(page, "reviewer2");
  await openArticle(page, article.id);

  await claimHighlightStart(page, article.bridge).click();
  const card = claimCardItem(page, article.bridge);
  await expect(card.locator("button[data-claim-id]")).toHaveAttribute("aria-current", "true");
  const details = card.getByTestId("claim-card-details");
  await expect(
    details.getByRole("link", { name: "Open claim: verdicts, discussion, timeline" }),
  ).toBeVisible();
  await expectCardBesideHighlight(page, article.bridge);
  expect(await seriousViolations(page)).toEqual([]);

  await details.getByRole("button", { name: "Approve revision 1" }).click();
  await expect(card.locator("[data-status]").first()).toHaveText("Approved");
  await expect(details.getByRole("button", { name: "Approve revision 1" })).toHaveCount(0);
  await expect(details.getByRole("button", { name: "Request changes" })).toBeVisible();
  const db = await database();
  const verdictId = article.verdictIds[3]![0]!;
  expect(await db.review.count({ where: { verdictRevision: { verdictId }, decision: "approve" } })).toBe(1);

  await details.getByLabel("Add a comment").fill("Checked against the tender documents.");
  await details.getByRole("button", { name: "Post comment" }).click();
  await expect(details.getByRole("status")).toHaveText("Comment posted.");
  await expect(card.getByTestId("claim-work")).toContainText("1 comment");
  expect(await db.comment.findMany({ where: { claimId: article.bridge }, select: { body: true } })).toEqual([
    { body: "Checked against the tender documents." },
  ]);

  // The verdict's own author is offered no review of it.
  const author = await signedInPage(browser, "reviewer");
  await openArticle(author, article.id);
  await claimCards(author).nth(3).click();
  const authorsCard = claimCardItem(author, article.bridge);
  await expect(authorsCard.getByLabel("Add a comment")).toBeVisible();
  await expect(authorsCard.getByRole("button", { name: "Approve revision 1" })).toHaveCount(0);
  await expect(authorsCard.getByRole("button", { name: "Request changes", exact: true })).toHaveCount(0);
  await author.context().close();
});

test("an editor dismisses a claim from its card; a viewer is offered no action", async ({
  page,
  browser,
}) => {
  const article = await createDeskArticle();
  await signIn(page, "editor");
  await openArticle(page, article.id);

  await claimCards(page).nth(4).click();
  const card = claimCardItem(page, article.hospitals);
  await card.getByRole("button", { name: "Dismiss" }).click();
  const dialog = page.getByRole("dialog", { name: "Dismiss claim as not check-worthy" });
  await dialog.getByLabel("Reason").fill("The union's own estimate, not checkable.");
  await dialog.getByRole("button", { name: "Dismiss claim" }).click();
  await expect(card).toContainText("Dismissed: The union's own estimate, not checkable.");
  await expect(card.getByRole("button", { name: "Restore" })).toBeVisible();

  const viewer = await signedInPage(browser, "viewer");
  await openArticle(viewer, article.id);
  await claimCards(viewer).nth(4).click();
  const details = claimCardItem(viewer, article.hospitals).getByTestId("claim-card-details");
  await expect(details.getByRole("link", { name: /Open claim/ })).toBeVisible();
  await expect(details.getByRole("button")).toHaveCount(0);
  await expect(details.getByRole("textbox")).toHaveCount(0);
  await viewer.context().close();
});

test("on a narrow screen the claims are a list below the text, still selectable from the text", async ({
  page,
}) => {
  const article = await createDeskArticle();
  await page.setViewportSize({ width: 800, height: 900 });
  await signIn(page, "editor");
  await openArticle(page, article.id);

  const list = claimList(page);
  await expect(list).toHaveAttribute("data-layout", "list");
  const [port, containers] = await cardBoxes(page, [article.port, article.containers]);
  expect(containers!.top).toBeGreaterThanOrEqual(port!.bottom);
  const text = await page.getByTestId("article-text").boundingBox();
  expect((await list.boundingBox())!.y).toBeGreaterThan(text!.y + text!.height);
  await expect(page.getByRole("form", { name: "Filter claims" })).toBeVisible();

  await claimHighlightStart(page, article.bridge).click();
  await expect(claimCards(page).nth(3)).toHaveAttribute("aria-current", "true");
  await expect(claimCards(page).nth(3)).toBeInViewport();
});
