import { expect, test, type APIRequestContext, type Browser, type Page } from "@playwright/test";
import { createFreshUser, type FreshUser } from "../support/fresh-user";
import { database } from "../support/fixtures";

/*
 * The sign-in throttle through the real sign-in. The e2e server trusts one
 * proxy hop, so every context here sends its own X-Forwarded-For (a
 * documentation address): the other tests' 127.0.0.1 is never blocked.
 * Accounts are fresh users, never the demo accounts.
 */
test.describe.configure({ timeout: 90_000 });

const wrongPassword = "not the password at all";

/** A browser page acting from `address`, on the sign-in form. */
async function signInPageFrom(browser: Browser, address: string): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": address } });
  const page = await context.newPage();
  await page.goto("/signin");
  return page;
}

/**
 * One try through the form: the sign-in request's HTTP status, and what the
 * form's alert says once the answer is shown ("" when it signed in).
 */
async function tryToSignIn(page: Page, email: string, password: string) {
  const answered = page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials"));
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  const status = (await answered).status();
  // The button reads "Signing in…" until the form has shown the answer, or the app has opened.
  const signedIn = page.getByTestId("signed-in-user");
  await expect(page.getByRole("button", { name: "Sign in" }).or(signedIn)).toBeVisible();
  if (await signedIn.isVisible()) return { status, alert: "" };
  return { status, alert: (await page.locator("form").getByRole("alert").textContent()) ?? "" };
}

/** What the form says after one try. */
const alertAfter = async (page: Page, email: string, password: string) =>
  (await tryToSignIn(page, email, password)).alert;

/** A failed try over HTTP, as next-auth's own client sends it: the error it reports. */
async function failOverHttp(http: APIRequestContext, email: string): Promise<string | null> {
  const { csrfToken } = (await (await http.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await http.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password: wrongPassword, json: "true" },
    maxRedirects: 0,
  });
  const { url } = (await response.json()) as { url: string };
  return new URL(url).searchParams.get("error");
}

/** Moves an account's block into the past, as if its wait were over (the count stays). */
async function endBlock(email: string): Promise<void> {
  const db = await database();
  await db.signInThrottle.update({
    where: { key: `account:${email}` },
    data: { blockedUntil: new Date(Date.now() - 1000) },
  });
}

const blocked = /^Too many attempts; try again in (1 minute|\d+ seconds)\.$/;

test("failures grow the wait: the 6th wrong password blocks, the right one is refused while blocked, the next block is longer", async ({
  browser,
}) => {
  const user: FreshUser = await createFreshUser("reviewer");
  const page = await signInPageFrom(browser, "203.0.113.21");
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    expect(await alertAfter(page, user.email, wrongPassword)).toBe(
      "Wrong email or password. Check both and try again.",
    );
  }
  expect(await alertAfter(page, user.email, wrongPassword)).toBe("Too many attempts; try again in 1 minute.");
  // Blocked: even the right password is refused, with the same sentence, and the form stays usable.
  expect(await alertAfter(page, user.email, user.password)).toMatch(blocked);
  await expect(page.getByLabel("Password")).toBeEditable();
  await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();

  // The wait is over: the next failure blocks for twice as long.
  await endBlock(user.email);
  expect(await alertAfter(page, user.email, wrongPassword)).toBe(
    "Too many attempts; try again in 2 minutes.",
  );
  // And once that is over too, the right password signs in.
  await endBlock(user.email);
  expect(await alertAfter(page, user.email, user.password)).toBe("");
  await expect(page.getByTestId("signed-in-user")).toContainText(user.name);
  await page.context().close();
});

test("an unknown email gets exactly the answers a known one gets, in every state", async ({ browser }) => {
  const user = await createFreshUser("viewer");
  const unknown = `nobody-${user.email}`;
  /** Each try's HTTP status and what the page then says; waits normalised (they tick with the clock). */
  async function sequence(email: string, address: string): Promise<string[]> {
    const page = await signInPageFrom(browser, address);
    const seen: string[] = [];
    for (let attempt = 1; attempt <= 7; attempt += 1) {
      const { status, alert } = await tryToSignIn(page, email, wrongPassword);
      const text = await page.locator("main").innerText();
      seen.push(
        [status, alert, text].map((part) => String(part).replace(/in \d+ \w+\./, "in <wait>.")).join(" | "),
      );
    }
    await page.context().close();
    return seen;
  }
  const known = await sequence(user.email, "203.0.113.31");
  const stranger = await sequence(unknown, "203.0.113.32");
  expect(stranger).toEqual(known);
  // The sequence does reach the block, so both states were compared.
  expect(known.at(-1)).toContain("Too many attempts; try again in <wait>.");
  expect(known[0]).toContain("Wrong email or password.");
});

test("20 failures across different emails block their address, and only that address", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const user = await createFreshUser("viewer");
  const guesser = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.41" },
  });
  const errors: Array<string | null> = [];
  for (let attempt = 1; attempt <= 21; attempt += 1) {
    errors.push(await failOverHttp(guesser, `guess-${attempt}-${user.email}`));
  }
  // One failure per email: no account is blocked, but the 21st failure from the address is.
  expect(errors.slice(0, 20).every((error) => error === "CredentialsSignin")).toBe(true);
  expect(errors[20]).toBe("Too many attempts; try again in 1 minute.");
  await guesser.dispose();

  // In the browser, from that address, even the right password of another account is refused…
  const sameAddress = await signInPageFrom(browser, "203.0.113.41");
  expect(await alertAfter(sameAddress, user.email, user.password)).toMatch(blocked);
  await sameAddress.context().close();
  // …while from another address it signs in.
  const elsewhere = await signInPageFrom(browser, "203.0.113.42");
  expect(await alertAfter(elsewhere, user.email, user.password)).toBe("");
  await expect(elsewhere.getByTestId("signed-in-user")).toContainText(user.name);
  await elsewhere.context().close();
});
