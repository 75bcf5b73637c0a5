import { expect, test, type APIRequestContext } from "@playwright/test";
import type { Me } from "../../lib/api/schemas/me";
import { bearer, createToken, expectApi } from "../support/api";
import {
  createFreshToken,
  createFreshUser,
  expectSavedSessionEnded,
  expectSavedSessionLive,
  signedInContext,
  type FreshUser,
} from "../support/fresh-user";

// Every case signs in a fresh user, saves the session cookie, makes the event
// happen, then replays the saved cookie: the API must answer 401 and a page
// must send it to sign-in. Demo accounts are never changed here.

// Each test signs in two or three browsers (a real argon2 check and page loads
// each): more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 90_000 });

/** PATCH /api/v1/users/{id} as the demo admin (by token), with the version just read. */
async function patchUserAsAdmin(
  request: APIRequestContext,
  user: FreshUser,
  change: Record<string, unknown>,
) {
  const admin = bearer(await createToken("admin"));
  const read = await expectApi<{ user: { version: number } }>(
    request,
    await request.get(`/api/v1/users/${user.id}`, { headers: admin }),
    "getUser",
    200,
  );
  return expectApi<{ user: { role: string; state: string } }>(
    request,
    await request.patch(`/api/v1/users/${user.id}`, {
      headers: admin,
      data: { ...change, version: read.user.version },
    }),
    "updateUser",
    200,
  );
}

const meByToken = async (request: APIRequestContext, token: string, status = 200) =>
  expectApi<Me>(request, await request.get("/api/v1/me", { headers: bearer(token) }), "getMe", status);

test.describe("Sessions: sign-out, password change, role change and deactivation each end an existing session (e2e with a saved cookie)", () => {
  test("sign-out ends the session its cookie names", async ({ browser }) => {
    const user = await createFreshUser("editor");
    const { context, page } = await signedInContext(browser, user);
    const saved = await context.storageState();
    await expectSavedSessionLive(browser, saved, user);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/signin/);
    await expectSavedSessionEnded(browser, saved);
    await context.close();
  });

  test("a password change ends the user's other sessions; the one that changed it stays", async ({
    browser,
  }) => {
    const user = await createFreshUser("reviewer");
    const other = await signedInContext(browser, user);
    const saved = await other.context.storageState();
    const { context, page } = await signedInContext(browser, user);

    await page.goto("/settings/account");
    await page.getByLabel("Current password").fill(user.password);
    await page.getByLabel("New password", { exact: true }).fill("orchard ladders under snow");
    await page.getByLabel("Repeat the new password").fill("orchard ladders under snow");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page.getByTestId("password-changed")).toHaveText(
      "Your password is changed. 1 other session was signed out; this one stays signed in.",
    );

    await expectSavedSessionEnded(browser, saved);
    await other.page.reload();
    await expect(other.page).toHaveURL(/\/signin/);
    await expectSavedSessionLive(browser, await context.storageState(), user);
    await page.reload();
    await expect(page.getByTestId("active-sessions")).toHaveText("You are signed in on 1 browser: this one.");
    await Promise.all([context.close(), other.context.close()]);
  });

  test("a role change ends the user's sessions, and the new role applies on the very next request", async ({
    browser,
    request,
  }) => {
    const user = await createFreshUser("editor");
    const token = await createFreshToken(user);
    const { context } = await signedInContext(browser, user);
    const saved = await context.storageState();
    expect((await meByToken(request, token)).permissions.importArticles).toBe(true);

    const changed = await patchUserAsAdmin(request, user, { role: "viewer" });
    expect(changed.user.role).toBe("viewer");

    await expectSavedSessionEnded(browser, saved);
    // A token follows its owner's role: the next call is a viewer's.
    const me = await meByToken(request, token);
    expect(me.user.role).toBe("viewer");
    expect(me.permissions.importArticles).toBe(false);
    await expectApi(
      request,
      await request.post("/api/v1/articles", {
        headers: bearer(token),
        data: { title: "Written after the demotion", text: "This must not be stored." },
      }),
      "createArticle",
      403,
    );
    // Signing in again gives a session with the new role.
    const again = await signedInContext(browser, { ...user, role: "viewer" });
    await expect(again.page.getByTestId("signed-in-user")).toContainText("Viewer");
    await Promise.all([context.close(), again.context.close()]);
  });

  test("deactivation ends the user's sessions and stops their tokens and sign-in", async ({
    browser,
    request,
  }) => {
    const user = await createFreshUser("reviewer");
    const token = await createFreshToken(user);
    const { context } = await signedInContext(browser, user);
    const saved = await context.storageState();

    const changed = await patchUserAsAdmin(request, user, { active: false });
    expect(changed.user.state).toBe("deactivated");

    await expectSavedSessionEnded(browser, saved);
    await meByToken(request, token, 401);
    // A failed sign-in counts against the address: act from a documentation address of our own.
    const elsewhere = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.51" } });
    const page = await elsewhere.newPage();
    await page.goto("/signin");
    await page.getByLabel("Email").fill(user.email);
    await page.getByLabel("Password").fill(user.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.locator("form").getByRole("alert")).toHaveText(/Wrong email or password/);
    await Promise.all([context.close(), elsewhere.close()]);
  });

  test("the saved cookie of a session that still runs keeps working (the check can pass)", async ({
    browser,
  }) => {
    const user = await createFreshUser("viewer");
    const { context, page } = await signedInContext(browser, user);
    const saved = await context.storageState();
    // Another person signing out changes nothing for this one.
    const someoneElse = await signedInContext(browser, await createFreshUser("viewer"));
    await someoneElse.page.getByRole("button", { name: "Sign out" }).click();
    await expect(someoneElse.page).toHaveURL(/\/signin/);
    await expectSavedSessionLive(browser, saved, user);
    await page.goto("/settings/account");
    await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
    await Promise.all([context.close(), someoneElse.context.close()]);
  });
});
