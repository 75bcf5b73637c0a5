import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { claimCards } from "../support/article-page";
import { signIn } from "../support/demo";
import { dragSelect } from "../support/select-text";
import { newsPageHtml, startPageServer } from "../support/page-server";

test.describe.configure({ timeout: 60_000 });

const sampleText = readFileSync(
  new URL("../../prisma/seed/articles/upi-2025-04-28-north-korea-troops-kursk.txt", import.meta.url),
  "utf8",
);

test("an editor pastes text in the newsroom layout, checks the preview, saves and marks a claim", async ({
  page,
}) => {
  await signIn(page, "editor");
  await page.getByRole("link", { name: "Import an article" }).click();
  await page
    .getByLabel("Article text")
    .fill(
      sampleText.replace(
        "North Korea confirms its troops are fighting for Russia in war against Ukraine",
        "Imported copy of the UPI troops story",
      ),
    );
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByTestId("import-format")).toContainText("newsroom text layout");
  await expect(page.getByLabel("Title")).toHaveValue("Imported copy of the UPI troops story");
  await expect(page.getByLabel("Byline")).toHaveValue("Paul Godfrey");
  await expect(page.getByLabel("Dateline")).toHaveValue("Washington DC (UPI) Apr 28, 2025");
  await expect(page.getByLabel("Publication date")).toHaveValue("2025-04-28");
  await page.getByRole("button", { name: "Save article" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Imported copy of the UPI troops story");
  await expect(page.getByTestId("article-workspace")).toHaveAttribute("data-hydrated", "true");
  await dragSelect(page, "up to 12,000 troops");
  await page.getByRole("button", { name: /Mark as claim/ }).click();
  await page
    .getByRole("dialog", { name: "Mark as claim" })
    .getByRole("button", { name: "Save claim" })
    .click();
  await expect(claimCards(page)).toHaveCount(1);
});

test("import by URL from a web page: article text only, metadata kept; importing it again warns about the duplicate", async ({
  page,
}) => {
  const server = await startPageServer({ "/news/bridge": ({ html }) => html(newsPageHtml) });
  try {
    await signIn(page, "editor");
    await page.goto("/articles/new");
    await page.getByLabel("Fetch a URL").check();
    await page.getByLabel("Article URL").fill(server.url("/news/bridge"));
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(page.getByLabel("Title")).toHaveValue(
      "Harbour bridge repairs to cost $48 million, council says",
    );
    await expect(page.getByLabel("Publication date")).toHaveValue("2025-03-14");
    await expect(page.getByLabel("Source URL")).toHaveValue(
      server.url("/news/2025/03/14/harbour-bridge-repairs"),
    );
    const text = await page.getByLabel("Text").inputValue();
    expect(text).toContain("The city council on Friday approved");
    expect(text).not.toContain("We use cookies");
    expect(text).not.toContain("Subscribe to the Herald");
    await page.getByRole("button", { name: "Save article" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Harbour bridge repairs to cost $48 million, council says",
    );
    const firstUrl = page.url();

    await page.goto("/articles/new");
    await page.getByLabel("Fetch a URL").check();
    await page.getByLabel("Article URL").fill(server.url("/news/bridge"));
    await page.getByRole("button", { name: "Preview" }).click();
    const warning = page.getByTestId("duplicate-warning");
    await expect(warning).toContainText("already in the tool");
    await expect(page.getByRole("button", { name: "Save article" })).toBeDisabled();
    expect(await warning.getByRole("link").getAttribute("href")).toBe(new URL(firstUrl).pathname);
    await warning.getByLabel("Import it anyway as a new article").check();
    await page.getByRole("button", { name: "Save article" }).click();
    await expect(page).not.toHaveURL(firstUrl);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Harbour bridge repairs to cost $48 million, council says",
    );
  } finally {
    await server.close();
  }
});

test("a slow URL fetch shows progress and can be cancelled; nothing is stored", async ({ page }) => {
  const server = await startPageServer({ "/slow": ({ slow }) => slow() });
  try {
    await signIn(page, "editor");
    await page.goto("/articles/new");
    await page.getByLabel("Fetch a URL").check();
    await page.getByLabel("Article URL").fill(server.url("/slow"));
    await page.getByRole("button", { name: "Preview" }).click();
    const progress = page.getByTestId("fetch-progress");
    await expect(progress).toContainText("Fetching the page");
    await progress.getByRole("button", { name: "Cancel" }).click();
    await expect(page.getByText("Fetch cancelled. Nothing was imported.")).toBeVisible();
    await expect(page.getByRole("button", { name: "Preview" })).toBeEnabled();
  } finally {
    await server.close();
  }
});

test("a URL that is not a web page gets a clear message", async ({ page }) => {
  const server = await startPageServer({ "/report.pdf": ({ send }) => send("application/pdf", "%PDF-1.4") });
  try {
    await signIn(page, "editor");
    await page.goto("/articles/new");
    await page.getByLabel("Fetch a URL").check();
    await page.getByLabel("Article URL").fill(server.url("/report.pdf"));
    await page.getByRole("button", { name: "Preview" }).click();
    await expect(page.locator("form").getByRole("alert")).toContainText("application/pdf");
  } finally {
    await server.close();
  }
});

test("upload an HTML file", async ({ page }) => {
  await signIn(page, "editor");
  await page.goto("/articles/new");
  await page.getByLabel("Upload a file").check();
  await page
    .getByLabel("File", { exact: true })
    .setInputFiles({ name: "bridge.html", mimeType: "text/html", buffer: Buffer.from(newsPageHtml) });
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByTestId("import-format")).toContainText("HTML");
  await expect(page.getByLabel("Title")).toHaveValue(
    "Harbour bridge repairs to cost $48 million, council says",
  );
  expect(await page.getByLabel("Text").inputValue()).not.toContain("<script");
});

test("an unsupported file shows which types are accepted", async ({ page }) => {
  await signIn(page, "editor");
  await page.goto("/articles/new");
  await page.getByLabel("Upload a file").check();
  await page.getByLabel("File", { exact: true }).setInputFiles({
    name: "scan.png",
    mimeType: "image/png",
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]),
  });
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText(
    "That file type is not supported. Upload a .txt, .md, .html or .docx file.",
  );
});

test("pasting nothing gets a clear message", async ({ page }) => {
  await signIn(page, "editor");
  await page.goto("/articles/new");
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByText("Paste some text first.").first()).toBeVisible();
});

for (const role of ["viewer", "reviewer"] as const) {
  test(`a ${role} cannot reach the import page and the server refuses their imports`, async ({ page }) => {
    await signIn(page, role);
    await expect(page.getByRole("link", { name: "Import an article" })).toHaveCount(0);
    await page.goto("/articles/new");
    await expect(page.getByTestId("not-allowed")).toContainText(
      "Only editors and admins can import articles.",
    );
    const preview = await page.request.post("/api/v1/imports/preview", {
      data: { kind: "text", text: "Title\n\nA paragraph." },
    });
    expect(preview.status()).toBe(403);
    const create = await page.request.post("/api/v1/articles", {
      data: { title: "Sneaky", text: "A paragraph." },
    });
    expect(create.status()).toBe(403);
    const upload = await page.request.post("/api/v1/imports/file?filename=a.txt", {
      headers: { "Content-Type": "text/plain" },
      data: "Title\n\nText.",
    });
    expect(upload.status()).toBe(403);
  });
}
