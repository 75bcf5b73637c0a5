import { afterAll, beforeAll, describe, it, expect } from "vitest";
import { extractArticleFromHtml } from "./extract-html";
import { parseDocx } from "./parse-docx";
import { parseMarkdown } from "./parse-markdown";
import { buildDocx } from "./testing/build-docx";
import { startLocalServer, type LocalServer } from "./testing/start-local-server";

/*
 * Nothing imported is ever rendered as HTML: an article is plain-text
 * paragraphs. These tests prove that hostile markup yields only its
 * readable text: no tags, no attribute values (on* handlers, javascript:
 * and data: URLs), and none of the text inside scripts, styles, SVG,
 * frames or objects. Every payload carries a LEAK marker; no marker may
 * appear in any paragraph.
 */

const HOSTILE: [string, string][] = [
  ["a script", `<script>alert("SCRIPT-LEAK")</script>`],
  ["a script that writes into the page", `<script>document.write("<p>WRITE-LEAK</p>")</script>`],
  ["an on* handler", `<p onclick="alert('ONCLICK-LEAK')" onmouseover="ONMOUSE-LEAK">Handler text.</p>`],
  ["an img onerror", `<img src="x" onerror="document.body.append('ONERROR-LEAK')">`],
  ["a javascript: link", `<p><a href="javascript:alert('JS-URL-LEAK')">Link text.</a></p>`],
  ["a data: link", `<p><a href="data:text/html;base64,REFUQS1MRUFL">Data link.</a></p>`],
  ["an svg onload", `<svg onload="alert('SVG-ONLOAD-LEAK')"><text>SVG-TEXT-LEAK</text></svg>`],
  ["a script inside svg", `<svg><script>alert("SVG-SCRIPT-LEAK")</script></svg>`],
  [
    "an svg animate to javascript:",
    `<svg><a><animate attributeName="href" to="javascript:alert('ANIMATE-LEAK')"/><text>SVG-A-LEAK</text></a></svg>`,
  ],
  ["an iframe", `<iframe src="javascript:alert('IFRAME-SRC-LEAK')">IFRAME-LEAK</iframe>`],
  ["an iframe srcdoc", `<iframe srcdoc="<script>alert('SRCDOC-LEAK')</script>"></iframe>`],
  ["an object", `<object data="data:text/html,OBJECT-DATA-LEAK">OBJECT-LEAK</object>`],
  ["an embed", `<embed src="javascript:alert('EMBED-LEAK')">`],
  ["a style element", `<style>body { background: url("javascript:alert('STYLE-LEAK')") }</style>`],
  ["a style attribute", `<p style="background:url(javascript:alert('STYLE-ATTR-LEAK'))">Styled text.</p>`],
  ["MathML hiding a script", `<math><mtext><script>alert("MATH-LEAK")</script></mtext></math>`],
  // The classic mutation-XSS payload: the attribute must never turn into a live <img>. (Its fallback
  // text is harmless plain text; inside a Markdown paragraph the parser may lift it out of <noscript>.)
  [
    "noscript mutation XSS",
    `<noscript><p title="</noscript><img src=x onerror=alert('NOSCRIPT-LEAK')>">Fallback.</p></noscript>`,
  ],
  ["a template", `<template><p>TEMPLATE-LEAK</p></template>`],
  [
    "a form button",
    `<form action="javascript:alert(1)"><button formaction="javascript:alert('BUTTON-LEAK')">BUTTON-TEXT-LEAK</button></form>`,
  ],
  ["a textarea", `<textarea>TEXTAREA-LEAK</textarea>`],
  ["a meta refresh", `<meta http-equiv="refresh" content="0;url=javascript:alert('REFRESH-LEAK')">`],
  ["a base href", `<base href="javascript:alert('BASE-LEAK')//">`],
];

const PROSE = Array.from(
  { length: 4 },
  (_, i) =>
    `<p>Paragraph ${i + 1} of the story has enough ordinary words in it to read as real article prose.</p>`,
).join("");
const SURVIVING_TEXT = ["Handler text.", "Link text.", "Data link.", "Styled text."];

/** A paragraph may only hold text: no markers, no tags, no URLs or handler code. */
function expectOnlyText(paragraphs: string[]): void {
  const text = paragraphs.join("\n");
  expect(text).not.toMatch(/LEAK/);
  expect(text).not.toMatch(/[<>]/);
  expect(text).not.toMatch(/javascript:|data:|alert\(|onerror|onload|onclick/i);
}

describe("hostile HTML yields only text", () => {
  it.each(HOSTILE)("through extractArticleFromHtml: %s", (_name, payload) => {
    const html = `<html><head><title>Story</title></head><body><article><h1>Story</h1>${PROSE}${payload}${PROSE}</article></body></html>`;
    const article = extractArticleFromHtml(html);
    expectOnlyText(article.paragraphs);
    expect(article.paragraphs.length).toBeGreaterThanOrEqual(8);
  });

  it("keeps the readable text of harmless elements that carried hostile attributes", () => {
    const payloads = HOSTILE.map(([, payload]) => payload).join("");
    const article = extractArticleFromHtml(
      `<title>Story</title><article>${PROSE}${payloads}${PROSE}</article>`,
    );
    expectOnlyText(article.paragraphs);
    for (const text of SURVIVING_TEXT) expect(article.paragraphs.join(" ")).toContain(text);
  });

  it.each(HOSTILE)("through parseMarkdown (raw HTML in Markdown): %s", (_name, payload) => {
    const article = parseMarkdown(`# Story\n\nFirst paragraph.\n\n${payload}\n\nLast paragraph.`);
    expectOnlyText(article.paragraphs);
    expect(article.paragraphs).toContain("First paragraph.");
    expect(article.paragraphs).toContain("Last paragraph.");
  });

  it.each<[string, string, string[]]>([
    ["a javascript: link", "[Click here](javascript:alert('MD-JS-LEAK'))", ["Click here"]],
    ["a data: link", "[Data](data:text/html;base64,TUQtREFUQS1MRUFL)", ["Data"]],
    ["a javascript: image", "![MD-IMG-ALT-LEAK](javascript:alert('MD-IMG-LEAK'))", []],
    ["a reference link", "[Ref][x]\n\n[x]: javascript:alert('MD-REF-LEAK')", ["Ref"]],
  ])("through parseMarkdown: %s keeps only its text", (_name, source, expected) => {
    const article = parseMarkdown(`# Story\n\n${source}\n\nBody.`);
    expectOnlyText(article.paragraphs);
    expect(article.paragraphs).toEqual([...expected, "Body."]);
  });

  it("through parseDocx: a javascript: hyperlink keeps only its text", async () => {
    const bytes = await buildDocx([
      { heading: 1, text: "Story" },
      { runs: ["Read ", { link: "javascript:alert('DOCX-JS-LEAK')", text: "the report" }, "."] },
      { runs: [{ link: "data:text/html,DOCX-DATA-LEAK", text: "Data link" }] },
    ]);
    const article = await parseDocx(bytes);
    expectOnlyText(article.paragraphs);
    expect(article.paragraphs).toEqual(["Read the report.", "Data link"]);
  });

  it("keeps markup that a document shows as text as literal characters, never as markup", async () => {
    // An article about XSS may quote a tag. It is text the author wrote; we keep it, and since the app
    // only ever renders plain text (React escapes it), it can never run.
    const shown = "Attackers typed <script>alert(1)</script> into the form.";
    const html = extractArticleFromHtml(
      `<title>T</title><article>${PROSE}<p>Attackers typed &lt;script&gt;alert(1)&lt;/script&gt; into the form.</p></article>`,
    );
    expect(html.paragraphs).toContain(shown);
    const docx = await parseDocx(await buildDocx([{ heading: 1, text: "T" }, shown]));
    expect(docx.paragraphs).toEqual([shown]);
  });
});

describe("parsing a page never runs it or fetches for it", () => {
  let server: LocalServer;
  beforeAll(async () => {
    server = await startLocalServer((_request, response) => {
      response.writeHead(200, { "content-type": "text/html" }).end("<p>FETCHED-LEAK</p>");
    });
  });
  afterAll(() => server.close());

  it("loads no script, stylesheet, image, frame or object and runs no code", async () => {
    const at = (path: string): string => `${server.origin}/${path}`;
    const html = `<html><head><title>T</title>
      <script src="${at("script.js")}"></script><link rel="stylesheet" href="${at("style.css")}">
      <link rel="preload" as="fetch" href="${at("preload")}"><meta http-equiv="refresh" content="0;url=${at("refresh")}">
      <style>@import url("${at("import.css")}"); body { background: url("${at("bg.png")}") }</style></head>
      <body onload="globalThis.__importPwned = true"><article>${PROSE}
      <img src="${at("img.png")}" srcset="${at("img2.png")} 2x"><iframe src="${at("frame.html")}"></iframe>
      <object data="${at("object")}"></object><embed src="${at("embed")}"><video src="${at("video.mp4")}" poster="${at("poster.png")}"></video>
      <script>globalThis.__importPwned = true; fetch("${at("inline-fetch")}");</script>
      <img src="x" onerror="globalThis.__importPwned = true"></article></body></html>`;
    const article = extractArticleFromHtml(html, { url: server.origin });
    expectOnlyText(article.paragraphs);
    // Give any stray request time to arrive before asserting none did.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(server.requests).toEqual([]);
    expect((globalThis as { __importPwned?: boolean }).__importPwned).toBeUndefined();
  });
});
