import { describe, it, expect } from "vitest";
import { extractTextBlocks } from "./extract-text-blocks";
import { readInertDocument } from "./inert-document";
import { removeBoilerplate } from "./remove-boilerplate";

const remaining = (body: string): string =>
  readInertDocument(`<body>${body}</body>`, undefined, (document) => {
    removeBoilerplate(document);
    return extractTextBlocks(document.body)
      .map((block) => block.text)
      .join(" ");
  });

describe("removeBoilerplate", () => {
  it.each<[string, string]>([
    ["navigation", "<nav>Menu</nav>"],
    ["a page header outside the article", "<header>Masthead</header>"],
    ["a page footer", "<footer>Copyright</footer>"],
    ["an aside", "<aside>Related</aside>"],
    ["a cookie banner by class", "<div class='cookie-banner'>We use cookies</div>"],
    ["a consent dialog by id", "<div id='gdpr-consent'>Consent</div>"],
    ["an ad slot", "<div class='ad ad-leaderboard'>Buy now</div>"],
    ["an ad slot named with underscores", "<section class='ad_slot'>Buy now</section>"],
    ["a comments section", "<section id='comments'>First!</section>"],
    ["related stories", "<div class='related-stories'>Teaser</div>"],
    ["a newsletter box", "<div class='newsletter-signup'>Sign up</div>"],
    [
      "Outbrain and Taboola widgets",
      "<div class='OUTBRAIN'>Promoted</div><div id='taboola-below'>Promoted</div>",
    ],
    ["role=complementary", "<div role='complementary'>Side</div>"],
    ["hidden elements", "<div hidden>Hidden</div><div aria-hidden='true'>Hidden</div>"],
  ])("removes %s", (_name, body) => {
    expect(remaining(`${body}<p>Story.</p>`)).toBe("Story.");
  });

  it.each<[string, string, string]>([
    [
      "the article's own header",
      "<article><header><h1>Headline</h1></header><p>Story.</p></article>",
      "Headline Story.",
    ],
    [
      "a story body whose class also says 'ad-free'",
      "<div class='article-body ad-free'><p>Story.</p></div>",
      "Story.",
    ],
    [
      "a wrapper named like furniture that holds the article",
      "<div class='ad-wrapper'><article><p>Story.</p></article></div>",
      "Story.",
    ],
    ["a prose element named like furniture", "<p class='share-price'>Shares rose 4%.</p>", "Shares rose 4%."],
    [
      "words that merely contain 'ad'",
      "<div class='header-shadow lead-paragraph'><p>Story.</p></div>",
      "Story.",
    ],
    ["a body class that mentions cookies", "<div>Story.</div>", "Story."],
  ])("keeps %s", (_name, body, expected) => {
    expect(remaining(body)).toBe(expected);
  });
});
