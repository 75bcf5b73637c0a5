import { randomUUID } from "node:crypto";
import { expect, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import type { Role } from "../../lib/auth/roles";
import { bearer, createToken, expectApi } from "../support/api";
import { signIn } from "../support/demo";
import type { FreshUser } from "../support/fresh-user";

/**
 * Helpers for the team-management specs. Accounts are made through the API
 * as the demo admin (never by changing a demo account), each test its own.
 */
export const PASSWORD = "walnut ferry compass drizzle";

let adminToken: Promise<string> | undefined;
export const asAdmin = async () => bearer(await (adminToken ??= createToken("admin")));

export async function createUserViaApi(request: APIRequestContext, role: Role): Promise<FreshUser> {
  const suffix = randomUUID().slice(0, 8);
  const body = { email: `team-${suffix}@example.org`, name: `Kim Team ${suffix}`, role, password: PASSWORD };
  const response = await request.post("/api/v1/users", { headers: await asAdmin(), data: body });
  const { user } = await expectApi<{ user: { id: string } }>(request, response, "createUser", 201);
  expect(response.headers().location).toBe(`/api/v1/users/${user.id}`);
  return { id: user.id, email: body.email, name: body.name, role, password: PASSWORD };
}

/** A new token for the user, straight into the database (as their API tokens page would). */
export async function tokenFor(userId: string): Promise<string> {
  const { db } = await import("../../lib/db/client");
  const { generateApiToken } = await import("../../lib/auth/api-token-secret");
  const { token, tokenHash } = generateApiToken();
  await db.apiToken.create({ data: { userId, name: `e2e ${randomUUID().slice(0, 6)}`, tokenHash } });
  return token;
}

/** Signs in as the demo admin and opens a user's page, ready to use. */
export async function openUserPage(page: Page, user: Pick<FreshUser, "id" | "name">) {
  await signIn(page, "admin");
  await page.goto(`/admin/users/${user.id}`);
  await expect(page.getByRole("heading", { level: 1, name: user.name })).toBeVisible();
  await expect(page.getByTestId("user-detail")).toHaveAttribute("data-hydrated", "true");
}

/** Opens the admin team page, ready to use. */
export async function openTeamPage(page: Page) {
  await page.goto("/admin/users");
  await expect(page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  await expect(page.getByTestId("users-admin")).toHaveAttribute("data-hydrated", "true");
}

/** Clicks an action button, then its confirmation in the dialog that opens. */
export async function confirmAction(page: Page, button: string, dialogTitle: string, confirm: string) {
  await page.getByRole("button", { name: button }).click();
  const dialog = page.getByRole("dialog", { name: dialogTitle });
  await dialog.getByRole("button", { name: confirm }).click();
  await expect(dialog).toBeHidden();
}

/** The status line of the user page. */
export const userStatus = (page: Page): Locator => page.getByTestId("user-status");

/** A sign-in attempt that must fail, from its own documentation address so the throttle never slows 127.0.0.1. */
export async function expectSignInRefused(page: Page, email: string, password: string) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("#main").getByRole("alert")).toHaveText(
    "Wrong email or password. Check both and try again.",
  );
}

export { tabTo } from "../support/keyboard";
