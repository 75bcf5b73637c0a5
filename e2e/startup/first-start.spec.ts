import { expect, test, type Browser } from "@playwright/test";
import { demoUsers } from "../../lib/auth/demo-accounts";
import { expectApi } from "../support/api";
import { seriousViolations } from "../support/axe";
import { demoUser } from "../support/demo";
import { newDataDir, queryDatabase, seedDemoData, spawnServer } from "../support/spawn-server";

// Each test starts real servers of its own (launch.mjs start, production, a fresh data folder).
test.describe.configure({ mode: "serial", timeout: 180_000 });

const setupLine =
  /^No accounts yet: create the first admin at (http:\/\/127\.0\.0\.1:\d+\/setup#(fcl_[\w-]+)) \(valid 24 hours/m;
const firstAdmin = {
  email: "grace.hopper@newsroom.example",
  name: "Grace Hopper",
  password: "compass lantern orchard velvet",
};

async function signInThroughForm(browser: Browser, baseURL: string, email: string, password: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  return { context, page };
}

test("a production start without DEMO has no demo accounts, and its setup link creates the first admin", async ({
  browser,
}) => {
  const server = await spawnServer();
  try {
    expect(server.ready, server.stderr()).toBe(true);
    expect(queryDatabase(server.dataDir, 'SELECT COUNT(*) AS users FROM "User"')).toEqual([{ users: 0 }]);
    const demo = await signInThroughForm(
      browser,
      server.url,
      demoUser("admin").email,
      demoUser("admin").password,
    );
    await expect(demo.page.locator("form").getByRole("alert")).toHaveText(/Wrong email or password/);
    await demo.context.close();

    await expect.poll(() => server.stdout()).toMatch(setupLine);
    expect(server.stdout().match(/No accounts yet/g)).toHaveLength(1);
    const [, link, secret] = server.stdout().match(setupLine)!;

    const context = await browser.newContext({ baseURL: server.url });
    // A wrong code is refused in the API's error shape, and creates nobody.
    const wrong = await context.request.post("/api/v1/account-links/setup", {
      data: { ...firstAdmin, token: "fcl_wrong" },
    });
    expect((await expectApi(context.request, wrong, "completeSetup", 404)).error).toMatchObject({
      code: "NOT_FOUND",
    });

    const page = await context.newPage();
    await page.goto(link!);
    await expect(page.getByRole("heading", { name: "Create the first admin" })).toBeVisible();
    await expect(page.getByLabel("Setup code")).toHaveValue(secret!);
    // The code is taken out of the address bar once read.
    await expect(page).toHaveURL(`${server.url}/setup`);
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel("Your email").fill(firstAdmin.email);
    await page.getByLabel("Your name").fill(firstAdmin.name);
    await page.getByLabel("Password", { exact: true }).fill(firstAdmin.password);
    await page.getByLabel("Repeat the new password").fill(firstAdmin.password);
    await page.getByRole("button", { name: "Create admin account" }).click();
    await expect(page.getByRole("status")).toHaveText(
      /Grace Hopper \(grace\.hopper@newsroom\.example\) is the first admin/,
    );
    expect(queryDatabase(server.dataDir, 'SELECT email, role FROM "User"')).toEqual([
      { email: firstAdmin.email, role: "admin" },
    ]);

    await page.getByRole("link", { name: "Sign in" }).click();
    await page.getByLabel("Email").fill(firstAdmin.email);
    await page.getByLabel("Password").fill(firstAdmin.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByTestId("signed-in-user")).toContainText("Grace Hopper");

    // Afterwards the page says only that setup is done, to anyone.
    const visitor = await browser.newContext({ baseURL: server.url });
    const done = await visitor.newPage();
    await done.goto(link!);
    await expect(done.getByRole("heading", { name: "Setup is done" })).toBeVisible();
    await expect(done.getByLabel("Setup code")).toHaveCount(0);
    await expect(done.getByRole("link", { name: "Go to sign-in" })).toBeVisible();
    expect(await seriousViolations(done)).toEqual([]);
    await visitor.close();
    await context.close();
  } finally {
    await server.stop();
  }
});

test("a production start refuses, in one line, while the demo accounts exist; with DEMO=1 it starts", async () => {
  const dataDir = newDataDir();
  seedDemoData(dataDir);
  const refused = await spawnServer({ dataDir });
  expect(await refused.exited).not.toBe(0);
  expect(refused.ready).toBe(false);
  const refusal = refused
    .stderr()
    .split("\n")
    .filter((line) => line.includes("demo password"));
  expect(refusal).toHaveLength(1);
  expect(refusal[0]).toMatch(/^Refusing to start in production: /);
  for (const { email } of demoUsers) expect(refusal[0]).toContain(email);
  expect(refused.stderr(), "no stack trace").not.toMatch(/^\s+at /m);
  await refused.stop({ keepData: true });

  const demo = await spawnServer({ dataDir, env: { DEMO: "1" } });
  try {
    expect(demo.ready, demo.stderr()).toBe(true);
    expect(demo.stdout()).not.toContain("No accounts yet");
  } finally {
    await demo.stop();
  }
});

test("once accounts exist, the setup API answers 409 whatever the code", async ({ request }) => {
  const response = await request.post("/api/v1/account-links/setup", {
    data: { ...firstAdmin, token: "fcl_anything" },
  });
  const body = await expectApi<{ error: { message: string } }>(request, response, "completeSetup", 409);
  expect(body.error.message).toBe("Setup is already done: sign in, or ask an admin for an account.");
});
