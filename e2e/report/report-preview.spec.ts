import { expect, test, type Page } from "@playwright/test";
import { bearer, createToken } from "../support/api";
import { signIn } from "../support/demo";
import { seriousViolations } from "../support/axe";
import { createFixtureArticle, database } from "../support/fixtures";
import { publicReportPath } from "../../lib/report/public-paths";

// The signed-in report page embeds the same report body as the public page,
// inside the app's Tailwind styles. Its preflight strips list markers, link
// underlines and heading sizes; reportStyles restates them, so the preview
// looks like what readers get. Compared element by element, computed styles.

const RATIONALE = [
  "The operator's figures:",
  "",
  "- 2.1 million in 2025",
  "- 1.9 million in 2024",
  "",
  "1. Annual report, p. 4",
  "2. [Press release](https://ferry.example.org/press)",
].join("\n");

/** What each compared element looks like, by CSS property. */
const probes = {
  "source item": { selector: ".fc-report ol.fc-sources li", properties: ["list-style-type", "display"] },
  "rationale bullet": {
    selector: ".fc-report .fc-rationale ul li",
    properties: ["list-style-type", "list-style-position", "display"],
  },
  "rationale number": { selector: ".fc-report .fc-rationale ol li", properties: ["list-style-type"] },
  "rationale list": { selector: ".fc-report .fc-rationale ul", properties: ["padding-left", "margin-top"] },
  "source list": { selector: ".fc-report ol.fc-sources", properties: ["padding-left"] },
  "source link": {
    selector: ".fc-report ol.fc-sources a",
    properties: ["text-decoration-line", "color"],
  },
  "rationale link": { selector: ".fc-report .fc-rationale a", properties: ["text-decoration-line"] },
  "section heading": {
    selector: ".fc-report h2",
    properties: ["font-size", "font-weight", "margin-top", "border-bottom-width"],
  },
  "claim heading": { selector: ".fc-report h3", properties: ["font-size", "font-weight"] },
  "sub-heading": { selector: ".fc-report h4", properties: ["font-size", "font-weight"] },
  "rationale paragraph": {
    selector: ".fc-report .fc-rationale p",
    properties: ["margin-top", "margin-bottom"],
  },
} as const;

type Looks = Record<string, Record<string, string>>;

async function looksOf(page: Page): Promise<Looks> {
  const looks: Looks = {};
  for (const [name, { selector, properties }] of Object.entries(probes)) {
    const element = page.locator(selector).first();
    await expect(element, `${name}: ${selector}`).toBeAttached();
    looks[name] = await element.evaluate(
      (node, names) => {
        const style = getComputedStyle(node);
        return Object.fromEntries(names.map((property) => [property, style.getPropertyValue(property)]));
      },
      [...properties],
    );
  }
  return looks;
}

test("the report preview in the app looks like the published page", async ({ page, request }) => {
  const article = await createFixtureArticle(
    ["The ferry carried 2 million passengers in 2025, the operator said."],
    [{ quote: "The ferry carried 2 million passengers in 2025", verdicts: 1, approved: true }],
  );
  const db = await database();
  await db.verdictRevision.updateMany({
    where: { verdict: { claimId: article.claimIds[0] } },
    data: { rationale: RATIONALE },
  });
  const editor = await createToken("editor");
  const published = await request.post(`/api/v1/articles/${article.id}/publications`, {
    headers: bearer(editor),
  });
  expect(published.status()).toBe(201);

  await page.goto(publicReportPath(article.id));
  const publicLooks = await looksOf(page);

  await signIn(page, "editor");
  await page.goto(`/articles/${article.id}/report`);
  const previewLooks = await looksOf(page);

  // What the browser gives the standalone page, so a test that compares two broken pages still fails.
  expect(publicLooks["source item"]?.["list-style-type"]).toBe("decimal");
  expect(publicLooks["rationale bullet"]?.["list-style-type"]).toBe("disc");
  expect(publicLooks["rationale number"]?.["list-style-type"]).toBe("decimal");
  expect(publicLooks["source link"]?.["text-decoration-line"]).toBe("underline");
  expect(publicLooks["rationale link"]?.["text-decoration-line"]).toBe("underline");
  expect(publicLooks["section heading"]?.["font-weight"]).toBe("700");
  expect(publicLooks["rationale list"]?.["padding-left"]).toBe("40px");

  expect(previewLooks).toEqual(publicLooks);
  expect(await seriousViolations(page)).toEqual([]);
});
