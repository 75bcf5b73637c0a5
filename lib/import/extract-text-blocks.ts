/*
 * DOM → plain-text blocks. Every source that arrives as markup (web pages
 * after Readability, Markdown rendered to HTML, .docx converted by mammoth)
 * goes through this one walk, so headings, quotes and lists become
 * paragraphs the same way everywhere.
 */

/** One paragraph of plain text and the tag of the block element it came from ("p", "h1", "li"…). */
export interface TextBlock {
  text: string;
  tag: string;
}

/** Elements that start and end a paragraph. Everything else is inline: its text joins the paragraph. */
const BLOCK_TAGS = new Set(
  (
    "address article blockquote body caption center dd details div dl dt fieldset figcaption " +
    "figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main ol p pre " +
    "section summary table tbody td tfoot th thead tr ul"
  ).split(" "),
);

/**
 * Elements dropped with everything inside them: code, styling, embedded
 * documents and media (whose text is never article prose and, for script
 * and style, would leak code into the article), form controls, and page
 * furniture that Readability may leave behind.
 */
const DROPPED_TAGS = new Set(
  (
    "applet area audio base button canvas datalist dialog embed frame frameset head iframe " +
    "img input link map math meta nav noscript object option param picture script select " +
    "source style svg template textarea title track video aside"
  ).split(" "),
);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Leaving a block element is queued as a marker, so the walk is a loop and its depth costs no stack. */
interface LeaveBlock {
  leave: string;
}

/**
 * The paragraphs under `root`: one block per block element, `<br>` read as a
 * space, whitespace collapsed, empty blocks dropped.
 */
export function extractTextBlocks(root: Node): TextBlock[] {
  const blocks: TextBlock[] = [];
  const openBlocks: string[] = [];
  let pieces: string[] = [];
  const flush = (): void => {
    const text = pieces.join("").replace(/\s+/g, " ").trim();
    if (text !== "") blocks.push({ text, tag: openBlocks.at(-1) ?? "p" });
    pieces = [];
  };

  const stack: (Node | LeaveBlock)[] = [...childrenInReverse(root)];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if ("leave" in item) {
      flush();
      openBlocks.pop();
      continue;
    }
    if (item.nodeType === TEXT_NODE || item.nodeType === CDATA_SECTION_NODE) {
      pieces.push(item.nodeValue ?? "");
      continue;
    }
    if (!isElement(item) || isDropped(item)) continue;
    const tag = item.localName;
    if (tag === "br") {
      pieces.push(" ");
    } else if (BLOCK_TAGS.has(tag)) {
      flush();
      openBlocks.push(tag);
      stack.push({ leave: tag });
    }
    stack.push(...childrenInReverse(item));
  }
  flush();
  return blocks;
}

function childrenInReverse(node: Node): Node[] {
  return Array.from(node.childNodes).reverse();
}

function isElement(node: Node): node is Element {
  return node.nodeType === ELEMENT_NODE;
}

function isDropped(element: Element): boolean {
  return (
    DROPPED_TAGS.has(element.localName) ||
    element.hasAttribute("hidden") ||
    element.getAttribute("aria-hidden") === "true"
  );
}
