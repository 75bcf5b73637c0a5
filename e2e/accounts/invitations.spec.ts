import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { expectApi } from "../support/api";
import { seriousViolations } from "../support/axe";
import { signIn } from "../support/demo";
import { signInAs } from "../support/fresh-user";
import { asAdmin, openTeamPage, PASSWORD, tabTo } from "./team-support";

// Invitations: the admin invites on /admin/users, the invitee joins on
// /join/{secret}. The e2e server has no SMTP, so links come back to copy.
// Each test signs in and creates accounts (argon2 each time): twice the usual time.
test.describe.configure({ timeout: 60_000 });

const newEmail = () => `invitee-${randomUUID().slice(0, 8)}@example.org`;
const unusable = "This invitation link cannot be used";

/** Invites through the form on the team page and returns the link it shows to copy. */
async function inviteInUi(page: Page, email: string, name: string, role: string): Promise<string> {
  await page.locator("#invite-email").fill(email);
  await page.locator("#invite-name").fill(name);
  await page.locator("#invite-role").selectOption(role);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByTestId("invitation-outcome")).toHaveText(
    `Invitation for ${email} created. Copy the link and send it to them yourself.`,
  );
  return page.getByLabel("Invitation link").inputValue();
}

test("invite → accept with a name of one's own → sign in; the link works once", async ({ page, browser }) => {
  await signIn(page, "admin");
  await page.getByRole("link", { name: "Admin" }).click();
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Users" }).click();
  await openTeamPage(page);
  const email = newEmail();
  const link = await inviteInUi(page, email, "Noor Invitee", "reviewer");
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/join\/fcl_[\w-]{43}$/);
  const row = page.getByTestId("invitation-row").filter({ hasText: email });
  await expect(row).toContainText("Reviewer");
  await expect(row).toContainText("Waiting for an answer");

  const anonymous = await browser.newContext();
  const joining = await anonymous.newPage();
  await joining.goto(new URL(link).pathname);
  await expect(joining.getByTestId("invitation-summary")).toContainText(
    `Ada Admin invited ${email} to join as reviewer.`,
  );
  await expect(joining.getByLabel("Your name")).toHaveValue("Noor Invitee");
  await joining.getByLabel("Your name").fill("Noor A. Invitee");
  await joining.getByLabel("Choose a password").fill(PASSWORD);
  await joining.getByLabel("Repeat the new password").fill(PASSWORD);
  await joining.getByRole("button", { name: "Create my account" }).click();
  await expect(joining).toHaveURL(/\/signin\?notice=joined$/);
  await expect(joining.getByTestId("sign-in-notice")).toHaveText(/Your account is ready/);
  await signInAs(joining, { email, password: PASSWORD, name: "Noor A. Invitee" });
  await expect(joining.getByTestId("signed-in-user")).toContainText("Reviewer");

  // Used up: the link now says so, and the invitation has left the list.
  const again = await browser.newContext();
  const second = await again.newPage();
  await second.goto(new URL(link).pathname);
  await expect(second.getByTestId("unusable-link")).toContainText(unusable);
  await expect(second.getByTestId("unusable-link")).toContainText("Ask an admin to invite you again.");
  await page.reload();
  await expect(page.getByTestId("invitation-row").filter({ hasText: email })).toHaveCount(0);
  await expect(page.getByTestId("user-row").filter({ hasText: email })).toContainText("Noor A. Invitee");
  await anonymous.close();
  await again.close();
});

test("the join page refuses a weak password on its field and a mismatch before sending", async ({
  browser,
  request,
}) => {
  const email = newEmail();
  const invited = await request.post("/api/v1/invitations", {
    headers: await asAdmin(),
    data: { email, name: "Wes Weak", role: "viewer" },
  });
  const { link } = await expectApi<{ link: { url: string } }>(request, invited, "inviteUser", 201);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL(link.url).pathname);
  await page.getByLabel("Choose a password").fill("password1234");
  await page.getByLabel("Repeat the new password").fill("password1234");
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page.locator("#join-password-error")).not.toBeEmpty();
  await page.getByLabel("Choose a password").fill(PASSWORD);
  await page.getByLabel("Repeat the new password").fill(`${PASSWORD}x`);
  await page.getByRole("button", { name: "Create my account" }).click();
  await expect(page.locator("#join-password-again-error")).toHaveText(
    "The two new passwords differ: type the same password in both fields.",
  );
  await expect(page).toHaveURL(/\/join\//);
  expect(await seriousViolations(page)).toEqual([]);
  await context.close();

  // The public endpoint: a bad secret is one 404, unknown fields are 422.
  const bad = await request.post("/api/v1/account-links/invitation", {
    data: { token: "fcl_nope", name: "X", password: PASSWORD },
  });
  await expectApi(request, bad, "acceptInvitation", 404);
  const extra = await request.post("/api/v1/account-links/invitation", {
    data: { token: "fcl_nope", name: "X", password: PASSWORD, role: "admin" },
  });
  await expectApi(request, extra, "acceptInvitation", 422);
});

test("re-inviting withdraws the old link; withdrawing the new one leaves no way in", async ({
  page,
  browser,
}) => {
  await signIn(page, "admin");
  await openTeamPage(page);
  const email = newEmail();
  const first = await inviteInUi(page, email, "Remy Twice", "editor");
  const second = await inviteInUi(page, email, "Remy Twice", "viewer");
  expect(second).not.toBe(first);
  const rows = page.getByTestId("invitation-row").filter({ hasText: email });
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText("Viewer");
  await page.getByRole("button", { name: `Withdraw the invitation for ${email}` }).click();
  await expect(page.getByTestId("users-status")).toHaveText(
    `Invitation for ${email} withdrawn: its link no longer works.`,
  );
  await expect(rows).toHaveCount(0);
  const context = await browser.newContext();
  const visitor = await context.newPage();
  for (const link of [first, second]) {
    await visitor.goto(new URL(link).pathname);
    await expect(visitor.getByTestId("unusable-link")).toContainText(unusable);
  }
  expect(await seriousViolations(visitor)).toEqual([]);
  await context.close();
});

test("with the keyboard only: invite, copy the link, and join", async ({ page, browser }) => {
  await signIn(page, "admin");
  await openTeamPage(page);
  const email = newEmail();
  await tabTo(page, page.locator("#invite-email"));
  await page.keyboard.type(email);
  await page.keyboard.press("Tab");
  await page.keyboard.type("Kai Keys");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("invitation-outcome")).toContainText(`Invitation for ${email} created.`);
  // The link field takes focus; the next Tab is Copy.
  await expect(page.getByLabel("Invitation link")).toBeFocused();
  const link = await page.getByLabel("Invitation link").inputValue();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Copy" })).toBeFocused();

  const context = await browser.newContext();
  const joining = await context.newPage();
  await joining.goto(new URL(link).pathname);
  await expect(joining.getByTestId("join-form")).toBeVisible();
  await tabTo(joining, joining.getByLabel("Your name"));
  await joining.keyboard.press("End");
  await joining.keyboard.type(" Jr");
  await joining.keyboard.press("Tab");
  await joining.keyboard.type(PASSWORD);
  await joining.keyboard.press("Tab");
  await tabTo(joining, joining.getByLabel("Repeat the new password"));
  await joining.keyboard.type(PASSWORD);
  await joining.keyboard.press("Enter");
  await expect(joining).toHaveURL(/\/signin\?notice=joined$/);
  await signInAs(joining, { email, password: PASSWORD, name: "Kai Keys Jr" });
  await context.close();
});

test("the team page is axe clean, with the form, the team and the invitations", async ({ page }) => {
  await signIn(page, "admin");
  await openTeamPage(page);
  await inviteInUi(page, newEmail(), "Axel Axe", "viewer");
  await expect(page.getByTestId("user-row").filter({ hasText: "admin@example.com" })).toContainText("(you)");
  await page.getByText("Create an account with a password instead").click();
  await expect(page.locator("#create-password")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
