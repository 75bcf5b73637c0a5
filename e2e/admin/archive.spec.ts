import { randomUUID } from "node:crypto";
import { expect, test } from "@playwright/test";
import { seriousViolations } from "../support/axe";
import { signIn } from "../support/demo";
import { database } from "../support/fixtures";
import { startPageServer } from "../support/page-server";

/*
 * The fact-check archive: an admin imports other publishers' ClaimReviews
 * from a file or a page; re-importing updates rather than duplicates.
 */

const claimReview = (url: string, claim: string, rating: string) => ({
  "@context": "https://schema.org",
  "@type": "ClaimReview",
  url,
  claimReviewed: claim,
  datePublished: "2024-05-02",
  author: { "@type": "Organization", name: "Harbour Checks", url: "https://harbour-checks.example" },
  reviewRating: { "@type": "Rating", alternateName: rating },
});

const file = (name: string, value: unknown) => ({
  name,
  mimeType: "application/json",
  buffer: Buffer.from(JSON.stringify(value)),
});

test("an admin imports a ClaimReview file, then imports it again changed: updated, not duplicated", async ({
  page,
}) => {
  const run = randomUUID().slice(0, 8);
  const a = `https://harbour-checks.example/${run}/bridge`;
  const b = `https://harbour-checks.example/${run}/port`;
  await signIn(page, "admin");
  await page.goto("/admin/archive");
  await expect(page.getByRole("heading", { name: "Fact-check archive" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Import fact-checks" })).toBeEnabled();

  await page
    .getByLabel("ClaimReview file")
    .setInputFiles(
      file("checks.json", [
        claimReview(a, `The bridge cost 80 million euros (${run}).`, "False"),
        claimReview(b, `The port handled 2 million containers (${run}).`, "True"),
        { "@type": "ClaimReview", url: "javascript:alert(1)", claimReviewed: "x" },
      ]),
    );
  await page.getByRole("button", { name: "Import fact-checks" }).click();
  const outcome = page.getByTestId("import-outcome");
  await expect(outcome).toContainText("2 new, 0 updated, 0 already up to date.");
  await expect(outcome).toContainText("1 skipped:");
  await expect(outcome).toContainText("Fact-check 3 (javascript:alert(1)) was skipped: url");
  const row = page.getByRole("row").filter({ hasText: `The bridge cost 80 million euros (${run}).` });
  await expect(row).toContainText("False");
  await expect(row).toContainText("Harbour Checks");
  await expect(row.getByRole("link")).toHaveAttribute("href", a);

  await page
    .getByLabel("ClaimReview file")
    .setInputFiles(
      file("checks-v2.json", [
        claimReview(`${a}#verdict`, `The bridge cost 80 million euros (${run}).`, "Mostly false"),
        claimReview(b, `The port handled 2 million containers (${run}).`, "True"),
      ]),
    );
  await page.getByRole("button", { name: "Import fact-checks" }).click();
  await expect(outcome).toContainText("0 new, 1 updated, 1 already up to date.");
  await expect(row).toContainText("Mostly false");
  const db = await database();
  expect(
    await db.importedFactCheck.count({
      where: { url: { startsWith: `https://harbour-checks.example/${run}/` } },
    }),
  ).toBe(2);
  expect(await seriousViolations(page)).toEqual([]);
});

test("a file that is not JSON, or holds no ClaimReview, is refused with what to do", async ({ page }) => {
  await signIn(page, "admin");
  await page.goto("/admin/archive");
  await expect(page.getByRole("button", { name: "Import fact-checks" })).toBeEnabled();
  await page.getByLabel("ClaimReview file").setInputFiles({
    name: "notes.txt",
    mimeType: "text/plain",
    buffer: Buffer.from("not json at all"),
  });
  await page.getByRole("button", { name: "Import fact-checks" }).click();
  const form = page.getByTestId("import-fact-checks-form");
  await expect(form).toContainText(
    "notes.txt is not a JSON file. Choose ClaimReview JSON-LD or a JSON feed.",
  );
  await expect(page.getByLabel("ClaimReview file")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("ClaimReview file").setInputFiles(file("empty.json", { items: [] }));
  await page.getByRole("button", { name: "Import fact-checks" }).click();
  await expect(form).toContainText("No ClaimReview was found");
});

test("an admin imports the ClaimReview on a fact-check page by its address", async ({ page }) => {
  const run = randomUUID().slice(0, 8);
  const review = claimReview(
    `https://harbour-checks.example/${run}/page`,
    `Hospital lists grew by a third (${run}).`,
    "Misleading",
  );
  const server = await startPageServer({
    "/fact-check": ({ html }) =>
      html(
        `<!doctype html><html><head><title>Fact check</title><script type="application/ld+json">${JSON.stringify(review)}</script></head><body><p>Our check.</p></body></html>`,
      ),
  });
  try {
    await signIn(page, "admin");
    await page.goto("/admin/archive");
    await expect(page.getByRole("button", { name: "Import fact-checks" })).toBeEnabled();
    await page.getByLabel("A web address").check();
    await page.getByLabel("Page or feed address").fill(server.url("/fact-check"));
    await page.getByRole("button", { name: "Import fact-checks" }).click();
    await expect(page.getByTestId("import-outcome")).toContainText("1 new");
    await expect(
      page.getByRole("row").filter({ hasText: `Hospital lists grew by a third (${run}).` }),
    ).toContainText("Misleading");
  } finally {
    await server.close();
  }
});

test("editors and reviewers cannot import into the archive", async ({ page }) => {
  for (const role of ["editor", "reviewer"] as const) {
    await signIn(page, role);
    await page.goto("/admin/archive");
    await expect(page.getByTestId("not-allowed")).toContainText("Only admins can import fact-checks");
  }
});
