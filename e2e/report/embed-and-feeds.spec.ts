import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { bearer, createToken } from "../support/api";
import AxeBuilder from "@axe-core/playwright";
import { parseCsp } from "../support/csp";
import { signIn } from "../support/demo";
import { createFixtureArticle } from "../support/fixtures";
import { publishThroughPreview } from "../support/publish-dialog";
import { startPageServer } from "../support/page-server";

// Newsrooms put published fact-checks on their own sites (the oEmbed iframe),
// feed readers follow them (Atom, JSON Feed); nothing else of the app may be framed.

const QUOTE = "The harbour handled 41 million tonnes of cargo";

async function publishedArticle(http: APIRequestContext) {
  const article = await createFixtureArticle(
    [`${QUOTE} last year, the port authority said.`],
    [{ quote: QUOTE, verdicts: 1, approved: true }],
  );
  const published = await http.post(`/api/v1/articles/${article.id}/publications`, {
    headers: bearer(await createToken("editor")),
  });
  expect(published.status()).toBe(201);
  return article;
}

async function oembedHtml(http: APIRequestContext, url: string): Promise<string> {
  const response = await http.get(`/public/oembed?${new URLSearchParams({ url, format: "json" })}`);
  expect(response.status(), await response.text()).toBe(200);
  const body = (await response.json()) as { type: string; html: string };
  expect(body.type).toBe("rich");
  return body.html;
}

/** axe's serious and critical WCAG 2.1 A/AA violations in the embed section (as support/axe.ts, scoped). */
async function embedSectionViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .include('[data-testid="embed-snippet"]')
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`);
}

/** Opens a page on another origin (another port) holding `body`; returns it and its closer. */
async function outsidePage(page: Page, body: string) {
  const site = await startPageServer({
    "/embed": ({ html }) =>
      html(`<!doctype html><html lang="en"><title>News site</title><main>${body}</main></html>`),
  });
  await page.goto(site.url("/embed"));
  await page.waitForLoadState("load");
  return site;
}

test("the oEmbed iframe shows the annotated article and a claim's card on another site", async ({
  page,
  request,
  baseURL,
}) => {
  const article = await publishedArticle(request);
  const reportUrl = `${baseURL}/public/reports/${article.id}`;
  const articleFrame = await oembedHtml(request, reportUrl);
  const cardFrame = await oembedHtml(request, `${reportUrl}#claim-1`);
  expect(articleFrame).toContain(`src="${reportUrl}/article"`);
  expect(cardFrame).toContain(`src="${reportUrl}/claims/1"`);
  const site = await outsidePage(
    page,
    `<h1>Our story</h1>${articleFrame.replace("<iframe ", '<iframe name="article" ')}${cardFrame.replace("<iframe ", '<iframe name="card" ')}`,
  );
  try {
    expect(new URL(page.url()).origin).not.toBe(new URL(baseURL!).origin);
    await expect(page.frameLocator('iframe[name="article"]').getByText(QUOTE).first()).toBeVisible();
    await expect(page.frameLocator('iframe[name="card"]').getByText(QUOTE).first()).toBeVisible();
  } finally {
    await site.close();
  }
});

test("every other page refuses to be framed, even for a signed-in reader", async ({
  page,
  request,
  baseURL,
}) => {
  const article = await publishedArticle(request);
  await signIn(page, "editor");
  const framed = {
    article: `/articles/${article.id}`,
    signin: "/signin",
    openapi: "/api/v1/openapi.json",
    oembed: `/public/oembed?url=${encodeURIComponent(`${baseURL}/public/reports/${article.id}`)}`,
    feed: "/public/feeds/feed.json",
  };
  for (const path of Object.values(framed)) {
    const response = await page.request.get(path);
    expect(response.status(), path).toBe(200);
    expect(parseCsp(response.headers()["content-security-policy"]).get("frame-ancestors"), path).toEqual([
      "'none'",
    ]);
    expect(response.headers()["x-frame-options"], path).toBe("DENY");
  }
  const site = await outsidePage(
    page,
    Object.entries(framed)
      .map(([name, path]) => `<iframe name="${name}" title="${name}" src="${baseURL}${path}"></iframe>`)
      .join(""),
  );
  try {
    for (const [name, path] of Object.entries(framed)) {
      const frame = page.frames().find((candidate) => candidate.name() === name);
      expect(frame, name).toBeDefined();
      // Chromium replaces a refused frame with its own error page.
      expect(frame!.url(), name).not.toBe(`${baseURL}${path}`);
      expect(frame!.url().startsWith(baseURL!), name).toBe(false);
    }
    const frames = (name: string) => page.frameLocator(`iframe[name="${name}"]`);
    await expect(frames("signin").getByLabel("Email")).toHaveCount(0);
    await expect(frames("article").getByTestId("signed-in-user")).toHaveCount(0);
    await expect(frames("openapi").getByText("openapi")).toHaveCount(0);
    await expect(frames("oembed").getByText("rich")).toHaveCount(0);
  } finally {
    await site.close();
  }
});

test("once published, the report page offers the embed code, copied from the keyboard", async ({
  page,
  context,
  request,
  baseURL,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const article = await createFixtureArticle(
    [`${QUOTE} last year, the port authority said.`],
    [{ quote: QUOTE, verdicts: 1, approved: true }],
  );
  await signIn(page, "editor");
  await page.goto(`/articles/${article.id}/report`);
  await expect(page.getByRole("heading", { name: "Embed" })).toHaveCount(0);
  await publishThroughPreview(page, 1);
  await expect(page.getByRole("heading", { name: "Embed" })).toBeVisible();

  const code = page.getByLabel("Embed code for the annotated article");
  await expect(code).toHaveAttribute("readonly", "");
  const snippet = await code.inputValue();
  // The same code the oEmbed endpoint gives other sites.
  expect(snippet).toBe(await oembedHtml(request, `${baseURL}/public/reports/${article.id}`));
  await expect(page.getByTestId("embed-claim-hint")).toContainText(
    `${baseURL}/public/reports/${article.id}/claims/1`,
  );
  // Only the embed section: the report preview below it is checked by report-preview.spec.ts.
  expect(await embedSectionViolations(page)).toEqual([]);

  await code.focus();
  await page.keyboard.press("Tab");
  const copy = page.getByRole("button", { name: "Copy embed code" });
  await expect(copy).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Copied the embed code." })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);

  // Without clipboard access, Copy selects the code so Ctrl+C copies it.
  await page.evaluate(() => {
    navigator.clipboard.writeText = () => Promise.reject(new DOMException("Denied", "NotAllowedError"));
  });
  await copy.focus();
  await page.keyboard.press("Space");
  await expect(page.getByRole("status").filter({ hasText: "press Ctrl+C" })).toBeVisible();
  await expect(code).toBeFocused();
  const selection = await code.evaluate((element: HTMLTextAreaElement) => [
    element.selectionStart,
    element.selectionEnd,
  ]);
  expect(selection).toEqual([0, snippet.length]);
});

test("the feeds list the fact-check without sign-in, in their own formats", async ({
  page,
  request,
  baseURL,
}) => {
  const article = await publishedArticle(request);
  const reportUrl = `${baseURL}/public/reports/${article.id}`;

  const atom = await request.get("/public/feeds/atom.xml");
  expect(atom.status()).toBe(200);
  expect(atom.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const xml = await atom.text();
  await page.goto("/signin");
  const parsed = await page.evaluate((text) => {
    const document = new DOMParser().parseFromString(text, "application/xml");
    const ns = "http://www.w3.org/2005/Atom";
    return {
      errors: document.getElementsByTagName("parsererror").length,
      root: document.documentElement.namespaceURI,
      ids: [...document.getElementsByTagNameNS(ns, "entry")].map(
        (entry) => entry.getElementsByTagNameNS(ns, "id")[0]?.textContent,
      ),
    };
  }, xml);
  expect(parsed).toMatchObject({ errors: 0, root: "http://www.w3.org/2005/Atom" });
  // Newest first: the report just published leads.
  expect(parsed.ids[0]).toBe(reportUrl);

  const json = await request.get("/public/feeds/feed.json");
  expect(json.status()).toBe(200);
  expect(json.headers()["content-type"]).toBe("application/feed+json; charset=utf-8");
  const feed = (await json.json()) as {
    version: string;
    items: Array<{ id: string; url: string; _claimreview: Array<{ claimReviewed: string; url: string }> }>;
  };
  expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
  expect(feed.items[0]).toMatchObject({ id: reportUrl, url: reportUrl });
  expect(feed.items[0]!._claimreview.map((review) => review.claimReviewed)).toEqual([QUOTE]);

  const etag = json.headers()["etag"];
  expect(etag).toBeTruthy();
  const again = await request.get("/public/feeds/feed.json", { headers: { "If-None-Match": etag! } });
  expect(again.status()).toBe(304);
});

test("a public report's head links its oEmbed answer and the feeds", async ({ page, request, baseURL }) => {
  const article = await publishedArticle(request);
  const reportUrl = `${baseURL}/public/reports/${article.id}`;
  await page.goto(reportUrl);
  const links = page.locator('head link[rel="alternate"]');
  const hrefOf = async (type: string) => links.and(page.locator(`[type="${type}"]`)).getAttribute("href");
  await expect(links).toHaveCount(3);
  const oembed = await request.get((await hrefOf("application/json+oembed"))!);
  expect(oembed.status()).toBe(200);
  expect(((await oembed.json()) as { html: string }).html).toContain(`src="${reportUrl}/article"`);
  for (const type of ["application/atom+xml", "application/feed+json"]) {
    const feed = await request.get((await hrefOf(type))!);
    expect(feed.status(), type).toBe(200);
    expect(feed.headers()["content-type"], type).toContain(type);
  }
});
