import { expect, test, type Page } from "@playwright/test";
import { bearer, createToken, expectApi } from "../support/api";
import { seriousViolations } from "../support/axe";
import { openClaim } from "../support/claim-page";
import { signIn, signedInPage } from "../support/demo";
import { createFixtureArticle, database } from "../support/fixtures";
import { createFreshUser, signedInContext } from "../support/fresh-user";

// A fresh reviewer owns the assigned claims, so their "Assigned to you" holds
// exactly this test's claims. The fixture article is dated far back so its
// unassigned claim is among the first of "nobody has taken" (oldest first,
// capped), whatever other tests add.

const queue = (page: Page, name: string) => page.getByRole("region", { name });

async function assign(page: Page, claimId: string, assignee: string, dueDay: string) {
  await openClaim(page, claimId);
  const box = page.getByRole("region", { name: "Assignment" });
  await box.getByLabel("Assignee").selectOption({ label: assignee });
  await box.getByLabel("Due date").fill(dueDay);
  await box.getByRole("button", { name: "Save assignment" }).click();
  await expect(box.getByTestId("assignment-summary")).toContainText(`Assigned to ${assignee}`);
}

test("an editor assigns claims with due dates; the assignee sees them overdue first; another reviewer takes one", async ({
  page,
  browser,
  request,
}) => {
  // Three people's pages, each checked with axe: more than the default 30 s on a loaded 2-core machine.
  test.slow();
  const owner = await createFreshUser("reviewer");
  const fixture = await createFixtureArticle(
    ["The council built 300 homes. Rents fell by 4 percent. Crime halved in a year."],
    [
      { quote: "The council built 300 homes." },
      { quote: "Rents fell by 4 percent." },
      { quote: "Crime halved in a year." },
    ],
  );
  const db = await database();
  await db.article.update({
    where: { id: fixture.id },
    data: { createdAt: new Date("2001-01-01T00:00:00Z") },
  });
  const [later, overdue, open] = fixture.claimIds as [string, string, string];

  // The editor assigns the later one first, so the page's order is not the order of assigning.
  await signIn(page, "editor");
  await assign(page, later, owner.name, "2999-06-30");
  await assign(page, overdue, owner.name, "2020-01-15");
  const summary = page.getByRole("region", { name: "Assignment" }).getByTestId("assignment-summary");
  await expect(summary).toContainText("Overdue: was due 15 January 2020");
  expect(await seriousViolations(page)).toEqual([]);

  // The assignee's My work: the overdue claim first, said in words.
  const { context, page: ownerPage } = await signedInContext(browser, owner);
  await ownerPage.goto("/my-work");
  const assigned = queue(ownerPage, "Assigned to you").getByTestId("assigned-claim");
  await expect(assigned).toHaveCount(2);
  await expect(assigned.nth(0)).toContainText("Rents fell by 4 percent.");
  await expect(assigned.nth(0)).toContainText("Overdue: was due 15 January 2020");
  await expect(assigned.nth(1)).toContainText("The council built 300 homes.");
  await expect(assigned.nth(1)).toContainText("Due 30 June 2999");
  expect(await seriousViolations(ownerPage)).toEqual([]);
  await context.close();

  // A second reviewer takes the unassigned claim from "nobody has taken", by keyboard.
  const other = await signedInPage(browser, "reviewer2");
  await other.goto("/my-work");
  const notTaken = queue(other, "Waiting for a verdict, nobody has taken");
  const row = notTaken.getByTestId("not-taken-claim").filter({ hasText: "Crime halved in a year." });
  await expect(row).toHaveCount(1);
  await row.getByRole("button", { name: "Take “Crime halved in a year.”" }).focus();
  await other.keyboard.press("Enter");
  await expect(row).toHaveCount(0);
  await expect(
    queue(other, "Assigned to you")
      .getByTestId("assigned-claim")
      .filter({ hasText: "Crime halved in a year." }),
  ).toHaveCount(1);
  expect(await seriousViolations(other)).toEqual([]);
  await other.context().close();

  // The API shows each assignment.
  const headers = bearer(await createToken("editor"));
  const overdueClaim = await expectApi<{ claim: { assignee: unknown; dueAt: string | null } }>(
    request,
    await request.get(`/api/v1/claims/${overdue}`, { headers }),
    "getClaim",
    200,
  );
  expect(overdueClaim.claim).toMatchObject({
    assignee: { id: owner.id, name: owner.name },
    dueAt: "2020-01-15",
  });
  const reviewer2 = await db.user.findUniqueOrThrow({ where: { email: "reviewer2@example.com" } });
  const taken = await expectApi<{ claim: { assignee: unknown; dueAt: string | null } }>(
    request,
    await request.get(`/api/v1/claims/${open}`, { headers }),
    "getClaim",
    200,
  );
  expect(taken.claim).toMatchObject({ assignee: { id: reviewer2.id }, dueAt: null });
});

test("an editor sets an article's lead editor, assignee and due date from its header", async ({ page }) => {
  const fixture = await createFixtureArticle(
    ["The council built 300 homes."],
    [{ quote: "The council built 300 homes." }],
  );
  const db = await database();
  const [editor, reviewer] = await Promise.all(
    ["editor@example.com", "reviewer@example.com"].map((email) =>
      db.user.findUniqueOrThrow({ where: { email } }),
    ),
  );
  await signIn(page, "editor");
  await page.goto(`/articles/${fixture.id}`);
  const assignment = page.getByTestId("article-assignment");
  await expect(assignment).toContainText("Lead editor: nobody · Assignee: nobody · No due date");
  await assignment.getByText("Change assignment").click();
  const form = page.getByRole("form", { name: "Article assignment" });
  await form.getByLabel("Lead editor").selectOption({ label: editor!.name });
  await form.getByLabel("Assignee").selectOption({ label: reviewer!.name });
  await form.getByLabel("Due date").fill("2999-03-01");
  expect(await seriousViolations(page)).toEqual([]);
  await form.getByRole("button", { name: "Save assignment" }).click();
  await expect(assignment).toContainText(
    `Lead editor: ${editor!.name} · Assignee: ${reviewer!.name} · Due 1 March 2999`,
  );
  const stored = await db.article.findUniqueOrThrow({ where: { id: fixture.id } });
  expect(stored).toMatchObject({ leadEditorId: editor!.id, assigneeId: reviewer!.id });
  expect(stored.dueAt?.toISOString()).toBe("2999-03-01T00:00:00.000Z");
  // Nothing is copied onto the claims.
  expect(await db.claim.count({ where: { articleId: fixture.id, assigneeId: { not: null } } })).toBe(0);
});
