/** What the article's header said, as read from its metadata. */
export interface ArticleHeader {
  title: string | null;
  byline: string | null;
}

/** Only the first few paragraphs can be header furniture; later ones are prose even when they repeat a name. */
const HEADER_ZONE = 3;
/** A byline or timestamp line is short; a sentence that merely starts with "By" is not. */
const MAX_HEADER_LINE = 120;

/**
 * Drop the headline, byline and timestamp lines Readability leaves at the
 * top of the body (it keeps the byline element whenever the page's metadata
 * already names the author), so paragraph 1 is the story's first paragraph.
 */
export function dropHeaderEcho(paragraphs: string[], header: ArticleHeader): string[] {
  let start = 0;
  while (start < Math.min(HEADER_ZONE, paragraphs.length)) {
    const paragraph = paragraphs[start] ?? "";
    if (!isHeaderLine(paragraph, header)) break;
    start += 1;
  }
  return paragraphs.slice(start);
}

function isHeaderLine(paragraph: string, header: ArticleHeader): boolean {
  if (paragraph.length > MAX_HEADER_LINE) return false;
  const text = comparable(paragraph);
  if (header.title !== null && text === comparable(header.title)) return true;
  if (header.byline !== null && text.replace(/^by /, "") === comparable(header.byline)) return true;
  return isTimestamp(paragraph);
}

const DATE_WORDS =
  /\b(published|updated|posted|on|at|jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t|tember)?|oct(ober)?|nov(ember)?|dec(ember)?|mon(day)?|tue(sday)?|wed(nesday)?|thu(rsday)?|fri(day)?|sat(urday)?|sun(day)?|[ap]\.?m\.?|gmt|utc|[ecmp][sd]t)\b/gi;

/** "March 14, 2025, 6:20 p.m.", "Published 14 Mar 2025", "2025-03-14 18:20 GMT": nothing left once date words, digits and punctuation go. */
function isTimestamp(paragraph: string): boolean {
  const hasYear = /\b(19|20)\d{2}\b/.test(paragraph);
  return hasYear && paragraph.replace(DATE_WORDS, "").replace(/[\d\s,.:/|-]/g, "") === "";
}

function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, " ")
    .replace(/[.,;:!?"“”'‘’]/g, "")
    .trim();
}
