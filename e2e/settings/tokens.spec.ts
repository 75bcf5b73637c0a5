import { randomUUID } from "node:crypto";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { seriousViolations } from "../support/axe";
import { signIn } from "../support/demo";

// Every test makes its own uniquely named tokens and touches only those, so
// the specs sharing this database (and the demo users) are not disturbed.

const uniqueName = (word: string) => `E2E ${word} ${randomUUID().slice(0, 6)}`;
const bearer = (secret: string) => ({ Authorization: `Bearer ${secret}` });

async function openTokens(page: Page) {
  await page.goto("/settings/tokens");
  await expect(page.getByRole("heading", { level: 1, name: "API tokens" })).toBeVisible();
  await expect(page.getByTestId("api-tokens")).toHaveAttribute("data-hydrated", "true");
}

/** Creates a token through the form and returns the secret the page shows once. */
async function createInUi(page: Page, name: string): Promise<string> {
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByRole("status").filter({ hasText: "you won’t see this token again" })).toContainText(
    `Token “${name}” created.`,
  );
  const secret = await page.getByLabel("Your new token").inputValue();
  expect(secret).toMatch(/^fca_[\w-]{43}$/);
  return secret;
}

const tokenRow = (page: Page, name: string) => page.getByTestId("token-row").filter({ hasText: name });
/** Columns after the name (a row header): Created, Last used, Expires, State, Actions. */
const column = (page: Page, name: string, index: number) => tokenRow(page, name).getByRole("cell").nth(index);

async function revokeInUi(page: Page, name: string) {
  await page.getByRole("button", { name: `Revoke ${name}` }).click();
  const dialog = page.getByRole("dialog", { name: `Revoke “${name}”?` });
  await expect(dialog).toContainText("stop working at once");
  await dialog.getByRole("button", { name: "Revoke token" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("status").filter({ hasText: "revoked" })).toContainText(
    `Token “${name}” revoked.`,
  );
  await expect(column(page, name, 3)).toHaveText(/^Revoked/);
  await expect(page.getByRole("button", { name: `Revoke ${name}` })).toHaveCount(0);
}

async function expectUnauthorized(request: APIRequestContext, secret: string) {
  const response = await request.get("/api/v1/tokens", { headers: bearer(secret) });
  expect(response.status()).toBe(401);
  expect(await response.json()).toEqual({
    error: { code: "UNAUTHORIZED", message: expect.stringContaining("not valid") },
  });
}

test("create a token in the app, call the API with it, see it used, revoke it", async ({ page, request }) => {
  await signIn(page, "editor");
  await page.getByRole("link", { name: "API tokens" }).click();
  await expect(page).toHaveURL(/\/settings\/tokens$/);
  await expect(page.getByTestId("api-tokens")).toHaveAttribute("data-hydrated", "true");
  await expect(page.getByLabel("Expires after")).toHaveValue("90");
  await expect(page.getByRole("link", { name: "API docs" })).toHaveAttribute("href", "/api-docs");
  await expect(
    page.getByText(/curl -H "Authorization: Bearer <token>" http:\/\/.+\/api\/v1\/me/),
  ).toBeVisible();

  const name = uniqueName("script");
  const secret = await createInUi(page, name);
  await expect(column(page, name, 1)).toHaveText("Never");
  await expect(column(page, name, 3)).toHaveText("Active");

  const response = await request.get("/api/v1/tokens", { headers: bearer(secret) });
  expect(response.status()).toBe(200);
  const { tokens } = await response.json();
  const token = tokens.find((t: { name: string }) => t.name === name);
  expect(token).toMatchObject({ state: "active", revokedAt: null });
  expect(JSON.stringify(tokens)).not.toContain(secret);
  const days = (Date.parse(token.expiresAt) - Date.now()) / 86_400_000;
  expect(days).toBeGreaterThan(89);
  expect(days).toBeLessThanOrEqual(90);
  expect((await request.get("/api/v1/ratings", { headers: bearer(secret) })).status()).toBe(200);

  await page.reload();
  await expect(page.getByTestId("api-tokens")).toHaveAttribute("data-hydrated", "true");
  await expect(page.getByLabel("Your new token")).toHaveCount(0);
  expect(await page.content()).not.toContain(secret);
  await expect(column(page, name, 1)).not.toHaveText("Never");
  await expect(column(page, name, 1)).toContainText("UTC");

  await revokeInUi(page, name);
  await expectUnauthorized(request, secret);
});

test("a token cannot create tokens, but can list and revoke them", async ({ page, request }) => {
  await signIn(page, "reviewer");
  const made = await page.request.post("/api/v1/tokens", { data: { name: uniqueName("via session") } });
  expect(made.status()).toBe(201);
  const { token, secret } = await made.json();
  expect(made.headers().location).toBe(`/api/v1/tokens/${token.id}`);

  for (const data of [{ name: uniqueName("minted") }, { nonsense: true }]) {
    const minted = await request.post("/api/v1/tokens", { headers: bearer(secret), data });
    expect(minted.status()).toBe(403);
    expect((await minted.json()).error).toEqual({
      code: "FORBIDDEN",
      message: "Create tokens in the app, signed in.",
    });
  }
  const own = await request.get(`/api/v1/tokens/${token.id}`, { headers: bearer(secret) });
  expect((await own.json()).token).toMatchObject({ id: token.id, state: "active" });

  const revoked = await request.delete(`/api/v1/tokens/${token.id}`, { headers: bearer(secret) });
  expect(revoked.status()).toBe(204);
  await expectUnauthorized(request, secret);
});

test("a viewer creates and revokes their own token; someone else's is not found", async ({
  page,
  request,
}) => {
  await signIn(page, "viewer");
  await openTokens(page);
  const name = uniqueName("viewer");
  const secret = await createInUi(page, name);
  expect((await request.get("/api/v1/ratings", { headers: bearer(secret) })).status()).toBe(200);

  // A token of the editor's, made through the editor's own session in another context.
  const editorPage = await page.context().browser()!.newPage();
  await signIn(editorPage, "editor");
  const editors = await editorPage.request.post("/api/v1/tokens", { data: { name: uniqueName("editor") } });
  const editorToken = (await editors.json()).token;
  await editorPage.close();
  const theirs = await page.request.delete(`/api/v1/tokens/${editorToken.id}`);
  expect(theirs.status()).toBe(404);
  expect((await theirs.json()).error.code).toBe("NOT_FOUND");

  await revokeInUi(page, name);
  await expectUnauthorized(request, secret);
  expect((await page.request.delete(`/api/v1/tokens/${editorToken.id}`)).status()).toBe(404);
});

test("an expiry in the past or a missing name is refused with the API's message", async ({ page }) => {
  await signIn(page, "editor");
  await openTokens(page);
  await page.getByRole("button", { name: "Create token" }).click();
  await expect(page.getByText("Give the token a name, e.g. where you will use it.")).toBeVisible();
  await expect(page.getByLabel("Name", { exact: true })).toHaveAttribute("aria-invalid", "true");
  const past = await page.request.post("/api/v1/tokens", {
    data: { name: uniqueName("past"), expiresAt: "2020-01-01T00:00:00Z" },
  });
  expect(past.status()).toBe(422);
  expect((await past.json()).error.details.fields).toEqual({ expiresAt: "Choose an expiry in the future." });
});

test("the whole create flow works from the keyboard", async ({ page, context, request }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signIn(page, "editor");
  await openTokens(page);
  const name = uniqueName("keyboard");
  await page.getByLabel("Name", { exact: true }).focus();
  await page.keyboard.type(name);
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Expires after")).toBeFocused();
  await page.keyboard.press("1"); // "1 year", by typing its first character
  await expect(page.getByLabel("Expires after")).toHaveValue("365");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Create token" })).toBeFocused();
  await page.keyboard.press("Enter");

  await expect(page.getByLabel("Your new token")).toBeFocused();
  const secret = await page.getByLabel("Your new token").inputValue();
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Copy" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Copied to the clipboard.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Done, hide the token" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Your new token")).toHaveCount(0);
  await expect(page.getByLabel("Name", { exact: true })).toBeFocused();

  const { tokens } = await (await request.get("/api/v1/tokens", { headers: bearer(secret) })).json();
  const days =
    (Date.parse(tokens.find((t: { name: string }) => t.name === name).expiresAt) - Date.now()) / 86_400_000;
  expect(days).toBeGreaterThan(364);
  await revokeInUi(page, name);
});

test("the tokens page has no serious accessibility violations", async ({ page }) => {
  await signIn(page, "reviewer");
  await openTokens(page);
  expect(await seriousViolations(page)).toEqual([]);
  const name = uniqueName("axe");
  await createInUi(page, name);
  await expect(tokenRow(page, name)).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("button", { name: `Revoke ${name}` }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole("dialog").getByRole("button", { name: "Revoke token" }).click();
  await expect(column(page, name, 3)).toHaveText(/^Revoked/);
});
