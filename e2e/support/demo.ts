import { expect, type Browser, type Page } from "@playwright/test";
import { demoUsers } from "../../lib/auth/demo-accounts";

export type DemoRole = "admin" | "editor" | "reviewer" | "reviewer2" | "viewer";

export function demoUser(key: DemoRole) {
  const user = demoUsers.find((u) => u.key === key);
  if (!user) throw new Error(`No demo user ${key}`);
  return user;
}

/**
 * Signs in as a demo user. From the default start, through next-auth's own
 * endpoint in the page's cookie jar (a real session, a second faster than the
 * form), then opens the articles list; from any other start (a callbackUrl to
 * follow), through the form. The sign-in form itself is tested in
 * e2e/auth/sign-in.spec.ts with signInWithForm.
 */
export async function signIn(page: Page, key: DemoRole, startAt = "/signin") {
  if (startAt !== "/signin") return signInWithForm(page, key, startAt);
  const user = demoUser(key);
  const { csrfToken } = (await (await page.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await page.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email: user.email, password: user.password, json: "true" },
    maxRedirects: 0,
  });
  expect(response.status(), `sign-in as ${user.email}`).toBeLessThan(400);
  await page.goto("/");
  await expect(page.getByTestId("signed-in-user")).toContainText(user.name);
  return user;
}

/** Signs in through the real form, from wherever the page currently is. */
export async function signInWithForm(page: Page, key: DemoRole, startAt = "/signin") {
  const user = demoUser(key);
  await page.goto(startAt);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-user")).toContainText(user.name);
  return user;
}

export const sampleTitle = "North Korea confirms its troops are fighting for Russia in war against Ukraine";

/** Opens the sample article from the list and returns its URL. */
export async function openSampleArticle(page: Page): Promise<string> {
  await page.goto("/");
  // The list is newest first, in pages, and the sample is the oldest article.
  const link = page.getByRole("link", { name: sampleTitle, exact: true });
  for (let pages = 0; pages < 50 && (await link.count()) === 0; pages += 1) {
    const before = page.url();
    await page.getByRole("link", { name: "Next page" }).click();
    await page.waitForURL((url) => url.href !== before);
  }
  await link.click();
  await expect(page.getByRole("heading", { level: 1, name: sampleTitle })).toBeVisible();
  await expect(page.getByTestId("article-workspace")).toHaveAttribute("data-hydrated", "true");
  return page.url();
}

/** A fresh browser context signed in as a demo user: for tests with several people at once. */
export async function signedInPage(browser: Browser, key: DemoRole): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, key);
  return page;
}
