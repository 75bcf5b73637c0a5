import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { inspectDom, normalizeText, visibleText } from "./dom-checks";
import type { XssWatch } from "./watch";

export interface ShownValue {
  /** What the value is, for the failure message: "article title". */
  field: string;
  value: string;
}

/**
 * Checks one loaded page (or export) against every signal and the DOM, and
 * that the hostile values it displays show as literal text. Soft
 * assertions, so one run lists every hole on every page.
 */
export class PageChecker {
  readonly visited: string[] = [];
  assertions = 0;

  constructor(private readonly watch: XssWatch) {}

  /** Starts a visit: later signals are attributed to `label`. */
  begin(label: string) {
    this.watch.during = label;
  }

  async check(page: Page, label: string, shown: ShownValue[] = []) {
    this.watch.during = label;
    await page.waitForLoadState("networkidle");
    this.visited.push(label);
    const violations = await inspectDom(page);
    expect.soft(violations, `${label}: DOM has nothing a payload could run with`).toEqual([]);
    const text = normalizeText(await visibleText(page));
    for (const { field, value } of shown) {
      expect
        .soft(text.includes(normalizeText(value)), `${label}: the ${field} shows as literal text`)
        .toBe(true);
    }
    // A round trip through the page, so handlers queued during load (onerror, onfocus) have run.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
    expect.soft(this.watch.signalsDuring(label), `${label}: no payload ran`).toEqual([]);
    this.assertions += 2 + shown.length;
  }

  /** Opens `path` in `page` and checks it. */
  async visit(page: Page, path: string, label: string, shown: ShownValue[] = []) {
    this.begin(label);
    const response = await page.goto(path);
    expect(response?.status(), `${label} loads`).toBeLessThan(400);
    this.assertions += 1;
    await this.check(page, label, shown);
  }
}

/** A context signed in through the real form as `email`, watched by `watch`. */
export async function signedInContext(
  watch: XssWatch,
  browser: Browser,
  account: { email: string; password: string },
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await watch.newContext(browser);
  const page = await context.newPage();
  watch.during = `sign-in ${account.email}`;
  await page.goto("/signin");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByTestId("signed-in-user")).toBeVisible();
  return { context, page };
}
