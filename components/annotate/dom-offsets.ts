/**
 * Converts between DOM selections and offsets in the canonical article text.
 * The article renders one <p data-start> per paragraph whose text nodes,
 * in order, spell exactly text.slice(paragraph start, paragraph end); the
 * "\n\n" between paragraphs is not rendered. Offsets are UTF-16 code units,
 * the same unit the server uses.
 */

const PARAGRAPH = "p[data-start]";

function paragraphStart(paragraph: Element): number {
  return Number(paragraph.getAttribute("data-start"));
}

function textLengthBefore(paragraph: Element, node: Node, offset: number): number {
  const range = document.createRange();
  range.selectNodeContents(paragraph);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The text offset of a DOM boundary point inside `root`, or null when it is outside. */
export function offsetOfPoint(root: HTMLElement, node: Node, offset: number): number | null {
  if (!root.contains(node)) return null;
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const paragraph = element?.closest(PARAGRAPH);
  if (paragraph && root.contains(paragraph))
    return paragraphStart(paragraph) + textLengthBefore(paragraph, node, offset);
  // Between paragraphs (the point is on the container): use the next paragraph's start.
  const paragraphs = [...root.querySelectorAll(PARAGRAPH)];
  const probe = document.createRange();
  probe.setStart(node, offset);
  const next = paragraphs.find((p) => probe.comparePoint(p, 0) >= 0);
  if (next) return paragraphStart(next);
  const last = paragraphs.at(-1);
  return last ? paragraphStart(last) + (last.textContent?.length ?? 0) : null;
}

/** Offsets of a DOM range clipped to `root`, or null when it does not touch the article. */
export function offsetsOfRange(root: HTMLElement, range: Range): { start: number; end: number } | null {
  if (!range.intersectsNode(root)) return null;
  const clipped = range.cloneRange();
  if (!root.contains(clipped.startContainer)) clipped.setStart(root, 0);
  if (!root.contains(clipped.endContainer)) clipped.setEnd(root, root.childNodes.length);
  const start = offsetOfPoint(root, clipped.startContainer, clipped.startOffset);
  const end = offsetOfPoint(root, clipped.endContainer, clipped.endOffset);
  return start === null || end === null ? null : { start, end };
}

/** The DOM point for a text offset (the start of the text node holding it). */
export function pointAtOffset(root: HTMLElement, target: number): { node: Node; offset: number } | null {
  for (const paragraph of root.querySelectorAll(PARAGRAPH)) {
    let position = paragraphStart(paragraph);
    const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent?.length ?? 0;
      if (target <= position + length) return { node, offset: Math.max(0, target - position) };
      position += length;
    }
  }
  return null;
}

/** Selects text[start, end) in the document, e.g. to show a snapped selection. */
export function selectOffsets(root: HTMLElement, start: number, end: number): void {
  const from = pointAtOffset(root, start);
  const to = pointAtOffset(root, end);
  if (!from || !to) return;
  window.getSelection()?.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
}
