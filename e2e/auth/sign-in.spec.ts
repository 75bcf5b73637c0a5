import { expect, test } from "@playwright/test";
import { demoUser, openSampleArticle, signInWithForm as signIn, type DemoRole } from "../support/demo";

const roleLabels: Record<DemoRole, string> = {
  admin: "Admin",
  editor: "Editor",
  reviewer: "Reviewer",
  reviewer2: "Reviewer",
  viewer: "Viewer",
};

for (const key of ["admin", "editor", "reviewer", "viewer"] as const) {
  test(`signs in as the demo ${key} and shows who is signed in`, async ({ page }) => {
    const user = await signIn(page, key);
    await expect(page).toHaveURL(/\/$/);
    const header = page.getByTestId("signed-in-user");
    await expect(header).toContainText(user.name);
    await expect(header).toContainText(roleLabels[key]);
    await expect(page.getByRole("heading", { name: "Articles" })).toBeVisible();
  });
}

test("a wrong password shows an error and stays on sign-in", async ({ page }) => {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(demoUser("editor").email);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText(/Wrong email or password/);
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2F$/);
});

test("an anonymous visit to an article goes to sign-in and back afterwards", async ({ page, browser }) => {
  await signIn(page, "viewer");
  const articleUrl = await openSampleArticle(page);
  const path = new URL(articleUrl).pathname;

  const anonymous = await browser.newContext();
  const visitor = await anonymous.newPage();
  await visitor.goto(path);
  await expect(visitor).toHaveURL(new RegExp(`/signin\\?callbackUrl=${encodeURIComponent(path)}`));
  await visitor.getByLabel("Email").fill(demoUser("reviewer").email);
  await visitor.getByLabel("Password").fill(demoUser("reviewer").password);
  await visitor.getByRole("button", { name: "Sign in" }).click();
  await expect(visitor).toHaveURL(new RegExp(`${path}$`));
  await expect(visitor.getByRole("heading", { level: 1 })).toContainText("North Korea confirms");
  await anonymous.close();
});

test("signing out ends the session", async ({ page }) => {
  await signIn(page, "editor");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/signin/);
});

test("the sign-in page refuses to redirect to another site", async ({ page }) => {
  await signIn(page, "editor", "/signin?callbackUrl=https://evil.example/");
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
});
