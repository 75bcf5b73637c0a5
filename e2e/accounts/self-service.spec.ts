import { expect, test, type APIResponse, type Page } from "@playwright/test";
import { bearer, createToken, expectApi } from "../support/api";
import { seriousViolations } from "../support/axe";
import { tabTo } from "../support/keyboard";
import {
  createFreshUser,
  expectSavedSessionEnded,
  signedInContext,
  signInAs,
  type FreshUser,
} from "../support/fresh-user";

// Every user's own account: change the password (with the strength meter),
// sign out everywhere, and choose a new password through an admin's reset
// link. Each test uses its own fresh user.

// Each test signs in two or three browsers (a real argon2 check and page loads
// each): more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 90_000 });

const strong = "orchard ladders under snow";
const unusableLink =
  "This link is not valid any more: it may have been used already, withdrawn or expired. Ask an admin for a new one.";

const newPasswordField = (page: Page) => page.getByLabel("New password", { exact: true });
const strengthWord = (page: Page) => page.getByTestId("password-strength-word");

/**
 * The password change's API answer, for the click that sends it, in the
 * shape expectApi reads (it only needs the status and the text).
 */
async function submitPasswordChange(page: Page): Promise<APIResponse> {
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith("/api/v1/me/password")),
    page.getByRole("button", { name: "Change password" }).click(),
  ]);
  return { status: () => response.status(), text: () => response.text() } as unknown as APIResponse;
}

/** An admin issues a reset link through the API (no SMTP in e2e: the link comes back to copy). */
async function issueResetLink(request: Parameters<typeof expectApi>[0], user: FreshUser): Promise<string> {
  const result = await expectApi<{ link: { url: string } | null; emailed: boolean }>(
    request,
    await request.post(`/api/v1/users/${user.id}/password-reset`, {
      headers: bearer(await createToken("admin")),
    }),
    "resetUserPassword",
    201,
  );
  expect(result.emailed).toBe(false);
  return new URL(result.link!.url).pathname;
}

test("changing the password: the meter in words, and the server's refusals on their fields", async ({
  browser,
}) => {
  const user = await createFreshUser("viewer");
  const { context, page } = await signedInContext(browser, user);
  await page.goto("/settings/account");
  await expect(page.getByTestId("account-summary")).toContainText(user.email);
  await expect(page.getByTestId("account-summary")).toContainText("Viewer");

  // Weak: the meter says so in words, with the reason, and announces it once typing pauses.
  await page.getByLabel("Current password").fill(user.password);
  await newPasswordField(page).fill("password1234");
  await expect(strengthWord(page)).toHaveText("Weak");
  await expect(page.getByTestId("password-strength")).toContainText("This password is too easy to guess");
  await expect(page.getByTestId("password-strength-announcement")).toHaveText(
    /^Password strength: Weak\. This password is too easy to guess/,
  );
  // Sent anyway, the server refuses it with its own sentence, shown on the field.
  await page.getByLabel("Repeat the new password").fill("password1234");
  const weak = await submitPasswordChange(page);
  const refusal = await expectApi<{ error: { details: { fields: { newPassword: string } } } }>(
    context.request,
    weak,
    "changeOwnPassword",
    422,
  );
  await expect(page.locator("#new-password-error")).toHaveText(refusal.error.details.fields.newPassword);
  await expect(newPasswordField(page)).toHaveAttribute("aria-invalid", "true");

  // A wrong current password is refused on its own field.
  await page.getByLabel("Current password").fill("not my password at all");
  await newPasswordField(page).fill(strong);
  await page.getByLabel("Repeat the new password").fill(strong);
  await expectApi(context.request, await submitPasswordChange(page), "changeOwnPassword", 422);
  await expect(page.locator("#current-password-error")).toHaveText("That is not your current password.");

  // Two different entries never reach the server.
  let sent = 0;
  page.on("request", (r) => void (r.url().endsWith("/api/v1/me/password") && (sent += 1)));
  await page.getByLabel("Current password").fill(user.password);
  await page.getByLabel("Repeat the new password").fill(`${strong}!`);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.locator("#new-password-again-error")).toHaveText(
    "The two new passwords differ: type the same password in both fields.",
  );
  expect(sent).toBe(0);
  await context.close();
});

test("changing the password: a strong one is taken, and it is the one to sign in with", async ({
  browser,
}) => {
  const user = await createFreshUser("viewer");
  const { context, page } = await signedInContext(browser, user);
  await page.goto("/settings/account");
  await page.getByLabel("Current password").fill(user.password);
  await newPasswordField(page).fill(strong);
  await page.getByLabel("Repeat the new password").fill(strong);
  await expect(strengthWord(page)).toHaveText("Very strong");
  await expect(page.getByTestId("password-strength")).toContainText("This password will do.");
  await expectApi(context.request, await submitPasswordChange(page), "changeOwnPassword", 200);
  await expect(page.getByTestId("password-changed")).toHaveText(
    "Your password is changed. You were not signed in anywhere else.",
  );
  await expect(newPasswordField(page)).toHaveValue("");

  const later = await browser.newContext();
  await signInAs(await later.newPage(), { ...user, password: strong });
  await Promise.all([context.close(), later.close()]);
});

test("a token cannot change the password", async ({ request }) => {
  const body = await expectApi<{ error: { message: string } }>(
    request,
    await request.post("/api/v1/me/password", {
      headers: bearer(await createToken("viewer")),
      data: { currentPassword: "viewer-demo-pass", newPassword: strong },
    }),
    "changeOwnPassword",
    403,
  );
  expect(body.error.message).toBe("Change your password in the app, signed in.");
});

test("signing out of all sessions ends this browser's session and every other one", async ({ browser }) => {
  const user = await createFreshUser("editor");
  const other = await signedInContext(browser, user);
  const { context, page } = await signedInContext(browser, user);
  const saved = await context.storageState();
  await page.getByRole("link", { name: "Account" }).click();
  await expect(page).toHaveURL(/\/settings\/account$/);
  await expect(page.getByTestId("active-sessions")).toHaveText(
    "You are signed in on 2 browsers or devices, this one included.",
  );

  await page.getByRole("button", { name: "Sign out of all sessions" }).click();
  const dialog = page.getByRole("dialog", { name: "Sign out of all sessions?" });
  await expect(dialog).toContainText("You are signed in on 2 browsers or devices");
  await dialog.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/signin/);

  await other.page.reload();
  await expect(other.page).toHaveURL(/\/signin/);
  await expectSavedSessionEnded(browser, saved);
  await Promise.all([context.close(), other.context.close()]);
});

test("a reset link from an admin lets the user choose a new password, once", async ({ browser, request }) => {
  const user = await createFreshUser("reviewer");
  const path = await issueResetLink(request, user);
  const context = await browser.newContext();
  const page = await context.newPage();
  const origins = new Set<string>();
  page.on("request", (r) => void origins.add(new URL(r.url()).origin));
  await page.goto(path);

  await expect(page.getByRole("heading", { level: 1, name: "Choose a new password" })).toBeVisible();
  await expect(page.getByText(user.email)).toBeVisible();
  await expect(page.locator('meta[name="referrer"]')).toHaveAttribute("content", "no-referrer");

  // Keyboard only: Tab to the field, type, Tab on, type, Enter.
  await tabTo(page, newPasswordField(page));
  await page.keyboard.type(user.email);
  await expect(strengthWord(page)).toHaveText("Too weak");
  await page.keyboard.press("Tab");
  await page.keyboard.type(user.email);
  await page.keyboard.press("Enter");
  await expect(page.locator("#new-password-error")).toHaveText(
    "The password must not contain your email address or your name.",
  );

  await newPasswordField(page).fill(strong);
  await page.getByLabel("Repeat the new password").fill(strong);
  await expect(strengthWord(page)).toHaveText("Very strong");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page).toHaveURL(/\/signin\?notice=password-reset$/);
  await expect(page.getByTestId("sign-in-notice")).toHaveText(/Your new password is set/);
  expect([...origins]).toEqual([new URL(page.url()).origin]);

  await signInAs(page, { ...user, password: strong });
  const used = await browser.newContext();
  const again = await used.newPage();
  await again.goto(path);
  await expect(again.getByTestId("unusable-link")).toHaveText(unusableLink);
  await again.goto("/reset-password/fcl_not-a-real-link");
  await expect(again.getByTestId("unusable-link")).toHaveText(unusableLink);
  await Promise.all([context.close(), used.close()]);
});

test("keyboard only: change the password, then open and close the sign-out confirmation", async ({
  browser,
}) => {
  const user = await createFreshUser("viewer");
  const { context, page } = await signedInContext(browser, user);
  await page.goto("/settings/account");
  await tabTo(page, page.getByLabel("Current password"));
  await page.keyboard.type(user.password);
  await page.keyboard.press("Tab");
  await expect(newPasswordField(page)).toBeFocused();
  await page.keyboard.type(strong);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Repeat the new password")).toBeFocused();
  await page.keyboard.type(strong);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("password-changed")).toContainText("Your password is changed.");

  const signOutAll = page.getByRole("button", { name: "Sign out of all sessions" });
  await tabTo(page, signOutAll);
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Sign out of all sessions?" });
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(signOutAll).toBeFocused();
  await context.close();
});

test("the strength estimator loads only once a new-password field is used", async ({ browser }) => {
  const user = await createFreshUser("viewer");
  const { context, page } = await signedInContext(browser, user);
  await page.goto("/settings/account");
  await expect(page.getByRole("button", { name: "Change password" })).toBeEnabled();
  const scriptBytes = () =>
    page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .filter((entry) => entry.name.includes("/_next/") && entry.name.endsWith(".js"))
        .reduce((sum, entry) => sum + (entry as PerformanceResourceTiming).decodedBodySize, 0),
    );
  const before = await scriptBytes();
  await newPasswordField(page).focus();
  await page.keyboard.type("a few words here");
  await expect(strengthWord(page)).toBeVisible();
  const loaded = (await scriptBytes()) - before;
  console.log(`scripts before the field was used: ${before} bytes; loaded on first use: ${loaded} bytes`);
  expect(loaded).toBeGreaterThan(1_000_000);
  expect(before).toBeLessThan(loaded);
  await context.close();
});

test("axe: the account page has no serious violations, with errors showing and the dialog open", async ({
  browser,
}) => {
  const user = await createFreshUser("editor");
  const { context, page } = await signedInContext(browser, user);
  await page.goto("/settings/account");
  await expect(page.getByRole("button", { name: "Change password" })).toBeEnabled();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByLabel("Current password").fill("wrong current password");
  await newPasswordField(page).fill("password1234");
  await page.getByLabel("Repeat the new password").fill("password1234");
  await submitPasswordChange(page);
  await expect(page.locator("#current-password-error")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("button", { name: "Sign out of all sessions" }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await context.close();
});

test("axe: the reset page has no serious violations, usable or not", async ({ browser, request }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(await issueResetLink(request, await createFreshUser("viewer")));
  await newPasswordField(page).fill("aaaaaaaaaaaa");
  await expect(strengthWord(page)).toHaveText("Too weak");
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto("/reset-password/fcl_not-a-real-link");
  await expect(page.getByTestId("unusable-link")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await context.close();
});
