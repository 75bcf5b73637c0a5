import { expect, test } from "@playwright/test";
import { bearer, createToken, expectApi } from "../support/api";
import { seriousViolations } from "../support/axe";
import { signIn } from "../support/demo";
import { expectSavedSessionEnded, signedInContext, signInAs } from "../support/fresh-user";
import {
  asAdmin,
  confirmAction,
  createUserViaApi,
  expectSignInRefused,
  openUserPage,
  tabTo,
  tokenFor,
  userStatus,
} from "./team-support";

// An admin manages other people's accounts on /admin/users/{id}. Every test
// makes its own users through the API as the demo admin. Most tests sign in
// two or three people (argon2 each time), so they get twice the usual time.
test.describe.configure({ timeout: 60_000 });

test("a role change signs the user out at once; they sign in again with the new role", async ({
  page,
  browser,
}) => {
  const reviewer = await createUserViaApi(page.request, "reviewer");
  const { context, page: theirs } = await signedInContext(browser, reviewer);
  await expect(theirs.getByTestId("signed-in-user")).toContainText("Reviewer");
  const saved = await context.storageState();

  await openUserPage(page, reviewer);
  await page.getByLabel("Role", { exact: true }).selectOption("viewer");
  await page.getByRole("button", { name: "Change role" }).click();
  await expect(userStatus(page)).toHaveText(
    `${reviewer.name} is now a viewer; their sessions have ended, so they sign in again with the new role.`,
  );
  await expect(page.getByTestId("user-facts")).toContainText("Viewer");

  // Their open page's next request finds the session ended.
  await theirs.reload();
  await expect(theirs).toHaveURL(/\/signin\?callbackUrl=/);
  await expectSavedSessionEnded(browser, saved);
  await signInAs(theirs, reviewer);
  await expect(theirs.getByTestId("signed-in-user")).toContainText("Viewer");
  await context.close();

  await page.reload();
  await expect(page.getByTestId("user-activity")).toContainText(
    `Ada Admin changed ${reviewer.name}’s role from reviewer to viewer, ending 1 session`,
  );
});

test("deactivating ends the open session and refuses sign-in; reactivating lets them back", async ({
  page,
  browser,
}) => {
  const editor = await createUserViaApi(page.request, "editor");
  const token = await tokenFor(editor.id);
  const { context, page: theirs } = await signedInContext(browser, editor);
  const saved = await context.storageState();

  await openUserPage(page, editor);
  await confirmAction(page, "Deactivate…", `Deactivate ${editor.name}?`, "Deactivate");
  await expect(userStatus(page)).toHaveText(`${editor.name} is deactivated and signed out everywhere.`);
  await expect(page.getByTestId("user-facts")).toContainText("Deactivated");

  await theirs.reload();
  await expect(theirs).toHaveURL(/\/signin/);
  await expectSavedSessionEnded(browser, saved);
  expect((await page.request.get("/api/v1/me", { headers: bearer(token) })).status()).toBe(401);
  const outsider = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.71" } });
  await expectSignInRefused(await outsider.newPage(), editor.email, editor.password);
  await outsider.close();

  await confirmAction(page, "Reactivate…", `Reactivate ${editor.name}?`, "Reactivate");
  await expect(userStatus(page)).toHaveText(`${editor.name} can sign in again.`);
  await signInAs(theirs, editor);
  expect((await page.request.get("/api/v1/me", { headers: bearer(token) })).status()).toBe(200);
  await context.close();
});

test("an admin's reset: the old password, session and tokens stop at once; the link sets a new password", async ({
  page,
  browser,
}) => {
  const viewer = await createUserViaApi(page.request, "viewer");
  const token = await tokenFor(viewer.id);
  const { context, page: theirs } = await signedInContext(browser, viewer);
  const saved = await context.storageState();

  await openUserPage(page, viewer);
  await confirmAction(page, "Reset password…", `Reset ${viewer.name}’s password?`, "Reset password");
  await expect(userStatus(page)).toHaveText(
    `Password reset. Copy the link below and send it to ${viewer.name} yourself.`,
  );
  const link = await page.getByLabel("Password reset link").inputValue();
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/reset-password\/fcl_[\w-]{43}$/);
  await expect(page.getByTestId("user-facts")).toContainText("Signed-in sessions0");

  await expectSavedSessionEnded(browser, saved);
  expect((await page.request.get("/api/v1/me", { headers: bearer(token) })).status()).toBe(401);
  const outsider = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.72" } });
  const outsiderPage = await outsider.newPage();
  await expectSignInRefused(outsiderPage, viewer.email, viewer.password);

  // The reset page belongs to the self-service work (app/reset-password).
  const fresh = "pebble garden thunder violin";
  await outsiderPage.goto(new URL(link).pathname);
  await outsiderPage.getByLabel("New password", { exact: true }).fill(fresh);
  await outsiderPage.getByLabel("Repeat the new password").fill(fresh);
  await outsiderPage.getByRole("button", { name: "Set new password" }).click();
  await expect(outsiderPage).toHaveURL(/\/signin\?notice=password-reset$/);
  await outsider.close();
  await signInAs(theirs, { ...viewer, password: fresh });
  await context.close();
});

test("revoking someone's tokens stops every one of them; their session carries on", async ({
  page,
  browser,
}) => {
  const reviewer = await createUserViaApi(page.request, "reviewer");
  const tokens = [await tokenFor(reviewer.id), await tokenFor(reviewer.id)];
  const { context, page: theirs } = await signedInContext(browser, reviewer);

  await openUserPage(page, reviewer);
  await expect(page.getByTestId("user-facts")).toContainText("Active API tokens2");
  await confirmAction(
    page,
    "Revoke all tokens…",
    `Revoke all of ${reviewer.name}’s API tokens?`,
    "Revoke tokens",
  );
  await expect(userStatus(page)).toHaveText(`Revoked 2 API tokens of ${reviewer.name}.`);
  await expect(page.getByTestId("user-facts")).toContainText("Active API tokens0");
  for (const token of tokens) {
    expect((await page.request.get("/api/v1/me", { headers: bearer(token) })).status()).toBe(401);
  }
  await theirs.reload();
  await expect(theirs.getByTestId("signed-in-user")).toContainText(reviewer.name);
  await context.close();
});

test("your own account: no demotion, no deactivation, no reset; the API says why", async ({
  page,
  request,
}) => {
  await signIn(page, "admin");
  const admin = await asAdmin();
  const me = await expectApi<{ user: { id: string } }>(
    request,
    await request.get("/api/v1/me", { headers: admin }),
    "getMe",
    200,
  );
  await page.goto(`/admin/users/${me.user.id}`);
  await expect(page.getByTestId("user-detail")).toHaveAttribute("data-hydrated", "true");
  await expect(page.getByText("You cannot change your own role or deactivate yourself")).toBeVisible();
  await expect(page.getByRole("button", { name: "Deactivate…" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Change role" })).toHaveCount(0);

  const { user } = await expectApi<{ user: { version: number } }>(
    request,
    await request.get(`/api/v1/users/${me.user.id}`, { headers: admin }),
    "getUser",
    200,
  );
  const demote = await request.patch(`/api/v1/users/${me.user.id}`, {
    headers: admin,
    data: { version: user.version, role: "editor" },
  });
  const refused = await expectApi<{ error: { message: string } }>(request, demote, "updateUser", 409);
  expect(refused.error.message).toBe("You cannot take away your own admin role. Ask another admin to do it.");
  const unknownField = await request.patch(`/api/v1/users/${me.user.id}`, {
    headers: admin,
    data: { version: user.version, name: "Ada Admin", isAdmin: true },
  });
  await expectApi(request, unknownField, "updateUser", 422);
  const reset = await request.post(`/api/v1/users/${me.user.id}/password-reset`, { headers: admin });
  await expectApi(request, reset, "resetUserPassword", 409);
});

test("non-admins get the not-allowed page and 403 from the API, and change nothing", async ({
  page,
  request,
}) => {
  const target = await createUserViaApi(request, "viewer");
  await signIn(page, "editor");
  for (const path of ["/admin/users", `/admin/users/${target.id}`]) {
    await page.goto(path);
    await expect(page.getByTestId("not-allowed")).toContainText("Only admins can manage the team.");
  }
  await expect(page.getByRole("link", { name: "Users" })).toHaveCount(0);
  const editor = bearer(await createToken("editor"));
  await expectApi(request, await request.get("/api/v1/users", { headers: editor }), "listUsers", 403);
  const patch = await request.patch(`/api/v1/users/${target.id}`, {
    headers: editor,
    data: { version: 1, role: "admin" },
  });
  await expectApi(request, patch, "updateUser", 403);
  await expectApi(
    request,
    await request.delete(`/api/v1/users/${target.id}/tokens`, { headers: editor }),
    "revokeUserTokens",
    403,
  );
  const after = await expectApi<{ user: { role: string; version: number } }>(
    request,
    await request.get(`/api/v1/users/${target.id}`, { headers: await asAdmin() }),
    "getUser",
    200,
  );
  expect(after.user).toMatchObject({ role: "viewer", version: 1 });
});

test("the user page is axe clean and lists the activity", async ({ page }) => {
  const user = await createUserViaApi(page.request, "editor");
  await openUserPage(page, user);
  await expect(page.getByTestId("user-activity")).toContainText(
    `Ada Admin created an account for ${user.name}`,
  );
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Reset password…" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test("with the keyboard only: change a role, then deactivate through the confirmation", async ({ page }) => {
  const user = await createUserViaApi(page.request, "reviewer");
  await openUserPage(page, user);
  await tabTo(page, page.getByLabel("Role", { exact: true }));
  await page.keyboard.press("ArrowDown");
  await expect(page.getByLabel("Role", { exact: true })).toHaveValue("viewer");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Change role" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(userStatus(page)).toContainText(`${user.name} is now a viewer`);

  await tabTo(page, page.getByRole("button", { name: "Deactivate…" }));
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: `Deactivate ${user.name}?` });
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(dialog.getByRole("button", { name: "Deactivate" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  await expect(userStatus(page)).toHaveText(`${user.name} is deactivated and signed out everywhere.`);
});
