import type { Page } from "@playwright/test";

/**
 * Selects text in the article with a real mouse drag: press on the first
 * character of `from`, release after the last character of `to` (default:
 * `from` itself). Each phrase is looked up paragraph by paragraph, so it may
 * span several text nodes (highlights split them) and the drag may cross
 * paragraphs.
 */
export async function dragSelect(page: Page, from: string, to: string = from): Promise<void> {
  const box = await page.getByTestId("article-text").evaluate(
    (root, { from, to }) => {
      const find = (phrase: string) => {
        for (const paragraph of root.querySelectorAll("p")) {
          const index = (paragraph.textContent ?? "").indexOf(phrase);
          if (index >= 0) return { paragraph, index };
        }
        throw new Error(`Phrase not found: ${phrase}`);
      };
      const pointAt = (paragraph: Element, offset: number, preferNext: boolean) => {
        const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
        let position = 0;
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          if (offset < position + node.length || (!preferNext && offset === position + node.length)) {
            return { node, offset: offset - position };
          }
          position += node.length;
        }
        throw new Error("offset outside paragraph");
      };
      const rectOf = (node: Text, start: number, end: number) => {
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, end);
        return range.getClientRects()[0]!;
      };
      const first = find(from);
      const last = find(to);
      first.paragraph.scrollIntoView({ block: "center" });
      const start = pointAt(first.paragraph, first.index, true);
      const end = pointAt(last.paragraph, last.index + to.length, false);
      const a = rectOf(start.node, start.offset, start.offset + 1);
      const b = rectOf(end.node, end.offset - 1, end.offset);
      return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
    },
    { from, to },
  );
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
}
