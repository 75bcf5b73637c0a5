import { expect, type APIRequestContext, type Page } from "@playwright/test";
import MarkdownIt from "markdown-it";
import { bearer, createToken } from "../../support/api";
import type { PageChecker, ShownValue } from "./page-checks";

// A permissive CommonMark renderer, as a newsletter tool or CMS might use: raw HTML on, any link, images on.
const permissive = new MarkdownIt({ html: true, linkify: true });
permissive.validateLink = () => true;

/**
 * The report downloads opened in Chromium: the HTML export as it is (its
 * own CSP meta tag is bypassed like the app's), and the Markdown export
 * after a permissive renderer turned it into HTML, which is where escaped
 * Markdown must still be text.
 */
export async function checkExports(
  page: Page,
  checker: PageChecker,
  api: APIRequestContext,
  article: { name: string; id: string; html: ShownValue[]; markdown: ShownValue[] },
) {
  const editor = await createToken("editor");
  const download = async (format: string) => {
    const response = await api.get(`/api/v1/articles/${article.id}/report?format=${format}`, {
      headers: bearer(editor),
    });
    expect(response.status(), `${article.name} ${format} export downloads`).toBe(200);
    return response.text();
  };
  const htmlLabel = `${article.name} HTML export`;
  checker.begin(htmlLabel);
  await page.setContent(await download("html"));
  await checker.check(page, htmlLabel, article.html);
  const markdown = await download("md");
  const markdownLabel = `${article.name} Markdown export, rendered permissively`;
  checker.begin(markdownLabel);
  await page.setContent(`<!doctype html><html><body>${permissive.render(markdown)}</body></html>`);
  await checker.check(page, markdownLabel, article.markdown);
}
