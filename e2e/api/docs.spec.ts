import { expect, test } from "@playwright/test";
import { seriousViolations } from "../support/axe";
import { signIn } from "../support/demo";

test("the OpenAPI document is public and describes the API", async ({ request }) => {
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  const document = await response.json();
  expect(document.openapi).toBe("3.1.0");
  expect(Object.keys(document.paths)).toEqual(
    expect.arrayContaining(["/articles", "/articles/{id}/claims", "/me"]),
  );
});

test("the API reference page renders the document without fetching anything from elsewhere", async ({
  page,
}) => {
  // axe walks every table of a long reference page.
  test.setTimeout(120_000);
  const foreign: string[] = [];
  page.on("request", (request) => {
    if (!request.url().startsWith("http://127.0.0.1")) foreign.push(request.url());
  });
  await signIn(page, "viewer");
  await page.goto("/api-docs");
  await expect(page.getByRole("heading", { level: 1, name: "Fact-check annotation API" })).toBeVisible();
  const createArticle = page.getByRole("region", { name: /post \/api\/v1\/articles — Create/i });
  await expect(createArticle).toBeVisible();
  await expect(createArticle.getByRole("cell", { name: /^title/ }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "/api/v1/openapi.json" })).toHaveAttribute(
    "href",
    "/api/v1/openapi.json",
  );
  // The section list is keyboard-reachable and jumps to the operation.
  await page
    .getByRole("navigation", { name: "API sections" })
    .getByRole("link", { name: /^get \/me$/i })
    .click();
  await expect(page).toHaveURL(/#getMe$/);
  expect(await seriousViolations(page)).toEqual([]);
  expect(foreign).toEqual([]);
});
