/*
 * Our own filtering before Readability. Readability already scores away
 * most page furniture, but it keeps what merely looks like prose, such as
 * cookie banners, comment threads and "related stories" teasers, and it
 * only drops scripts, not other embedded documents. Removing these first
 * keeps them out of the article even when Readability misjudges the page.
 */

/** Never article text, wherever they appear. */
const NON_CONTENT = [
  "script, style, noscript, template, iframe, frame, object, embed, applet, svg, math, canvas",
  "video, audio, nav, aside, dialog, button, select, textarea, input",
  "[hidden], [aria-hidden='true'], [aria-modal='true']",
  "[role='navigation'], [role='banner'], [role='complementary'], [role='contentinfo']",
  "[role='dialog'], [role='alertdialog'], [role='search']",
].join(", ");

/**
 * class/id words that mark furniture. Matched as whole words of a class or
 * id ("cookie-banner", "ad_slot", "comments"), never as substrings, so
 * "head" or "shadow" do not match "ad".
 */
const FURNITURE_WORDS = new Set(
  (
    "ad ads advert adverts advertisement advertising sponsor sponsored promo cookie cookies " +
    "consent gdpr comment comments disqus related recommended newsletter subscribe outbrain " +
    "taboola breadcrumb breadcrumbs sidebar share sharing social popup modal tracking pixel"
  ).split(" "),
);

/** A wrapper named like this holds the story itself ("article-body ad-free"), so it is never removed by name. */
const CONTENT_WORDS = new Set(["article", "articlebody", "content", "main", "story"]);

/** Prose elements are only ever removed with a container, so a `<p class="share-price">` survives. */
const NEVER_BY_NAME = new Set(
  "html body main article p h1 h2 h3 h4 h5 h6 blockquote li span a em strong b i time".split(" "),
);

/** Remove page furniture from `document` in place. */
export function removeBoilerplate(document: Document): void {
  for (const element of Array.from(document.querySelectorAll(NON_CONTENT))) element.remove();
  for (const element of Array.from(document.querySelectorAll("header, footer"))) {
    // The article's own <header> holds its headline; the page's holds the masthead and menu.
    if (element.closest("article") === null) element.remove();
  }
  for (const element of Array.from(document.querySelectorAll("[class], [id]"))) {
    if (element.isConnected && isFurnitureByName(element)) element.remove();
  }
}

function isFurnitureByName(element: Element): boolean {
  if (NEVER_BY_NAME.has(element.localName)) return false;
  if (element.querySelector("article, main, [itemprop~='articleBody']") !== null) return false;
  const words = `${element.getAttribute("class") ?? ""} ${element.id}`.toLowerCase().split(/[^a-z0-9]+/);
  return words.some((word) => FURNITURE_WORDS.has(word)) && !words.some((word) => CONTENT_WORDS.has(word));
}
