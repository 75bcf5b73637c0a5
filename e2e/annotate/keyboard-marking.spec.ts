import { expect, test, type Page } from "@playwright/test";
import { openArticle } from "../support/article-page";
import { seriousViolations } from "../support/axe";
import { signIn } from "../support/demo";
import { createFixtureArticle } from "../support/fixtures";
import { dragSelect } from "../support/select-text";

const opening =
  "Dr. Kim said the U.S. Army sent 4,000 troops, up 12% on last year. Officials in Seoul gave no figure.";
const filler = (n: number) =>
  `Paragraph ${n} describes the exercise at some length, so that the article is long enough to scroll ` +
  `and the last sentence starts well below the fold of the window. It adds nothing else.`;
const closing = "The drills will end on Friday. J. K. Rowling was not involved.";
const paragraphs = [opening, ...Array.from({ length: 12 }, (_, i) => filler(i + 2)), closing];

const articleText = (page: Page) => page.getByRole("region", { name: "Article text for annotation" });
const markDialog = (page: Page) => page.getByRole("dialog", { name: "Mark as claim" });

/** Tabs from the control just before the article text into it: one key press. */
async function focusArticleText(page: Page) {
  await page.getByText("How to read the highlights").focus();
  await page.keyboard.press("Tab");
  await expect(articleText(page)).toBeFocused();
}

/** The selected text, as the browser has it. */
const selectedText = (page: Page) => page.evaluate(() => window.getSelection()?.toString() ?? "");

/**
 * The selection's line boxes and the Mark as claim button's box, and whether
 * the button's label fits on one line.
 */
async function toolbarGeometry(page: Page) {
  return page.evaluate(() => {
    const selection = window.getSelection()!;
    const rects = [...selection.getRangeAt(0).getClientRects()]
      .filter((r) => r.width > 0)
      .map((r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom }));
    const button = document.querySelector('[data-testid="mark-claim-toolbar"] button')!;
    const box = button.getBoundingClientRect();
    const lineHeight = parseFloat(getComputedStyle(button).lineHeight);
    const paddings = parseFloat(getComputedStyle(button).paddingTop) * 2;
    return {
      rects,
      button: { left: box.left, right: box.right, top: box.top, bottom: box.bottom },
      isOneLine: box.height - paddings < lineHeight * 1.5,
      viewportWidth: document.documentElement.clientWidth,
    };
  });
}

function expectNoOverlap(geometry: Awaited<ReturnType<typeof toolbarGeometry>>) {
  expect(geometry.rects.length).toBeGreaterThan(0);
  const { button } = geometry;
  for (const rect of geometry.rects) {
    const overlaps =
      button.left < rect.right &&
      button.right > rect.left &&
      button.top < rect.bottom &&
      button.bottom > rect.top;
    expect(overlaps, `button ${JSON.stringify(button)} covers ${JSON.stringify(rect)}`).toBe(false);
  }
  expect(geometry.isOneLine).toBe(true);
  expect(button.left).toBeGreaterThanOrEqual(0);
  expect(button.right).toBeLessThanOrEqual(geometry.viewportWidth);
}

test("the sentence key selects the sentence at the caret, abbreviations and all, and marks it", async ({
  page,
}) => {
  const article = await createFixtureArticle(paragraphs, [
    { quote: "Officials in Seoul gave no figure", claimant: "Reuters" },
    { quote: "It adds nothing else", claimant: "State media" },
  ]);
  await signIn(page, "editor");
  await openArticle(page, article.id);
  await focusArticleText(page);

  // Three words in: a visible caret, nothing selected yet.
  for (let i = 0; i < 3; i += 1) await page.keyboard.press("Control+ArrowRight");
  await expect(page.getByTestId("keyboard-caret")).toBeVisible();
  await expect(page.getByTestId("mark-claim-toolbar")).toHaveCount(0);

  await page.keyboard.press("s");
  expect(await selectedText(page)).toBe("Dr. Kim said the U.S. Army sent 4,000 troops, up 12% on last year.");
  await expect(page.getByTestId("mark-claim-toolbar")).toBeVisible();
  expectNoOverlap(await toolbarGeometry(page));

  await page.keyboard.press("m");
  const dialog = markDialog(page);
  await expect(dialog.getByLabel("Claim statement")).toHaveValue(
    "Dr. Kim said the U.S. Army sent 4,000 troops, up 12% on last year",
  );
  // A number-heavy sentence: statistic is suggested, and says so.
  await expect(dialog.getByLabel("Claim type")).toHaveValue("statistic");
  await expect(dialog.getByText("Suggested from the text.")).toBeVisible();
  // The claimant of the newest claim in the article is offered first.
  await expect(dialog.getByTestId("claimant-suggestions").locator("option").first()).toHaveAttribute(
    "value",
    "State media",
  );
  await expect(dialog.getByLabel("Claimant")).toHaveAccessibleDescription(/Last used here: State media/);
  expect(await seriousViolations(page)).toEqual([]);

  await dialog.getByLabel("Claimant").fill("Ministry of Defence");
  await dialog.getByRole("button", { name: "Save claim" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator("mark[data-claim-ids]").first()).toHaveText(
    "Dr. Kim said the U.S. Army sent 4,000 troops, up 12% on last year",
  );

  // The claimant just used now comes first, and a sentence with no number is not a statistic.
  await focusArticleText(page);
  await page.keyboard.press("Control+Home");
  await page.keyboard.press("End");
  await page.keyboard.press("End");
  await page.keyboard.press("s");
  expect(await selectedText(page)).toBe("Officials in Seoul gave no figure.");
  await page.keyboard.press("m");
  await expect(markDialog(page).getByLabel("Claim type")).toHaveValue("other");
  await expect(markDialog(page).getByText("Suggested from the text.")).toHaveCount(0);
  await expect(
    markDialog(page).getByTestId("claimant-suggestions").locator("option").first(),
  ).toHaveAttribute("value", "Ministry of Defence");
});

test("the last sentence of a long article is marked in at most 10 key presses", async ({ page }) => {
  const article = await createFixtureArticle(paragraphs);
  await signIn(page, "editor");
  await openArticle(page, article.id);
  await page.getByText("How to read the highlights").focus();

  let presses = 0;
  const press = async (key: string) => {
    presses += 1;
    await page.keyboard.press(key);
  };
  await press("Tab");
  await expect(articleText(page)).toBeFocused();
  await press("Control+End");
  await press("s");
  await press("m");

  const dialog = markDialog(page);
  await expect(dialog.getByLabel("Claim statement")).toHaveValue("J. K. Rowling was not involved");
  await press("Tab"); // to the claimant, where Enter submits
  await press("Enter");
  await expect(dialog).toBeHidden();
  await expect(page.locator("mark[data-claim-ids]")).toHaveText("J. K. Rowling was not involved");
  expect(presses).toBeLessThanOrEqual(10);
  test.info().annotations.push({ type: "key presses", description: String(presses) });
});

test("Shift+End selects to the end of the sentence, and Escape clears the selection", async ({ page }) => {
  const article = await createFixtureArticle(paragraphs);
  await signIn(page, "editor");
  await openArticle(page, article.id);
  await focusArticleText(page);
  await page.keyboard.press("Control+ArrowDown"); // end of the first paragraph
  await page.keyboard.press("Control+ArrowDown"); // end of the second
  await page.keyboard.press("Home"); // start of its last sentence
  await page.keyboard.press("Shift+End");
  expect(await selectedText(page)).toBe("It adds nothing else.");
  await expect(page.getByTestId("mark-claim-toolbar")).toBeVisible();

  await page.keyboard.press("Escape");
  await expect(page.getByTestId("mark-claim-toolbar")).toHaveCount(0);
  expect(await page.evaluate(() => window.getSelection()?.isCollapsed)).toBe(true);
  await expect(page.getByTestId("keyboard-caret")).toBeVisible();
  await expect(articleText(page)).toBeFocused();
});

test("the Mark as claim button never covers the selection, mid-line or at the right margin", async ({
  page,
}) => {
  const article = await createFixtureArticle(paragraphs);
  await signIn(page, "editor");
  await openArticle(page, article.id);

  await dragSelect(page, "sent 4,000 troops");
  await expect(page.getByTestId("mark-claim-toolbar")).toBeVisible();
  expectNoOverlap(await toolbarGeometry(page));

  // On a phone-width screen, select the last word of the first line: the text's right edge is the window's.
  await page.setViewportSize({ width: 390, height: 800 });
  await page.evaluate(() => {
    const paragraph = document.querySelector('[data-testid="article-text"] p[data-start]')!;
    const node = paragraph.firstChild!.firstChild ?? paragraph.firstChild!;
    const text = node.textContent ?? "";
    const range = document.createRange();
    let best = { start: 0, end: 0, right: -1 };
    for (const match of text.matchAll(/\S+/g)) {
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const [rect] = range.getClientRects();
      if (!rect || rect.top > paragraph.getBoundingClientRect().top + rect.height / 2) break;
      if (rect.right > best.right)
        best = { start: match.index, end: match.index + match[0].length, right: rect.right };
    }
    paragraph.scrollIntoView({ block: "center" });
    window.getSelection()!.setBaseAndExtent(node, best.start, node, best.end);
  });
  await expect(page.getByTestId("mark-claim-toolbar")).toBeVisible();
  const geometry = await toolbarGeometry(page);
  // The selected word really is at the right edge of the text.
  expect(geometry.rects.at(-1)!.right).toBeGreaterThan(geometry.viewportWidth - 80);
  expectNoOverlap(geometry);
});

test("? opens the keyboard help, a labelled dialog that Escape closes", async ({ page }) => {
  const article = await createFixtureArticle(paragraphs);
  await signIn(page, "editor");
  await openArticle(page, article.id);
  await focusArticleText(page);

  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toBeVisible();
  await expect(help.getByRole("button", { name: "Close" })).toBeFocused();
  for (const key of ["Ctrl+End", "Shift+End", "Escape", "S", "M", "?"]) {
    await expect(
      help.locator("kbd", { hasText: new RegExp(`^${key.replace(/[?+]/g, "\\$&")}$`) }),
    ).toHaveCount(1);
  }
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(help).toBeHidden();
  await expect(articleText(page)).toBeFocused();

  await page.getByRole("button", { name: /Keyboard shortcuts/ }).click();
  await expect(help).toBeVisible();
});
