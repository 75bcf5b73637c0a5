import { randomUUID } from "node:crypto";
import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import type { Role } from "../../lib/auth/roles";
import { expectApi } from "./api";

/**
 * Accounts made for one test, written straight into the e2e database: tests
 * that change a password, a role or an account's state use these, never the
 * demo accounts every other test signs in as.
 */
export interface FreshUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  password: string;
}

/** Strong, and sharing nothing with the generated email and name. */
export const FRESH_PASSWORD = "violet harbour lanterns glow";

async function database() {
  if (!process.env.E2E_DATA_DIR)
    throw new Error("Run e2e tests with `npm run test:e2e`: fresh users need E2E_DATA_DIR.");
  const { db } = await import("../../lib/db/client");
  return db;
}

export async function createFreshUser(role: Role = "editor"): Promise<FreshUser> {
  const db = await database();
  const { hashPassword } = await import("../../lib/auth/password");
  const suffix = randomUUID().slice(0, 8);
  const email = `fresh-${suffix}@example.org`;
  const name = `Jo Fresh ${suffix}`;
  const user = await db.user.create({
    data: { email, name, role, passwordHash: await hashPassword(FRESH_PASSWORD) },
  });
  return { id: user.id, email, name, role, password: FRESH_PASSWORD };
}

/** A personal access token for a fresh user, as the API tokens page would create it. */
export async function createFreshToken(user: Pick<FreshUser, "id">): Promise<string> {
  const db = await database();
  const { generateApiToken } = await import("../../lib/auth/api-token-secret");
  const { token, tokenHash } = generateApiToken();
  await db.apiToken.create({ data: { userId: user.id, name: "e2e fresh user", tokenHash } });
  return token;
}

/** Signs in through the real form, in whatever context `page` belongs to. */
export async function signInAs(page: Page, user: Pick<FreshUser, "email" | "password" | "name">) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-user")).toContainText(user.name);
}

/** A new browser context signed in as `user`: one session of its own. */
export async function signedInContext(
  browser: Browser,
  user: FreshUser,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signInAs(page, user);
  return { context, page };
}

type SavedState = Awaited<ReturnType<BrowserContext["storageState"]>>;

/**
 * Replays a saved session cookie in a new context: the API must answer 401
 * (in the documented error shape) and a page must send it to sign-in.
 */
export async function expectSavedSessionEnded(browser: Browser, saved: SavedState): Promise<void> {
  expect(saved.cookies.some((cookie) => cookie.name.includes("session-token"))).toBe(true);
  const context = await browser.newContext({ storageState: saved });
  await expectApi(context.request, await context.request.get("/api/v1/me"), "getMe", 401);
  const page = await context.newPage();
  await page.goto("/");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2F$/);
  await context.close();
}

/** The same saved cookie while it still works: 200 from /api/v1/me, as this user. */
export async function expectSavedSessionLive(browser: Browser, saved: SavedState, user: FreshUser) {
  const context = await browser.newContext({ storageState: saved });
  const me = await expectApi<{ user: { email: string; role: Role } }>(
    context.request,
    await context.request.get("/api/v1/me"),
    "getMe",
    200,
  );
  expect(me.user.email).toBe(user.email);
  await context.close();
  return me;
}
