import { JSDOM } from "jsdom";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { copyDemoReport } from "@/lib/report/fixtures/demo-report";
import { buildHostileReport, HOSTILE_TEXT } from "@/lib/report/fixtures/hostile-report";
import { ARTICLE_FRAME, CLAIM_CARD_FRAME } from "./embed-frame";
import { isEmbeddable, oembedResponse, readOembedQuery } from "./oembed";

const ORIGIN = "https://factcheck.example.org";
const article = { articleId: "art-kursk", claimNumber: null };

/** The one element `html` holds, as a browser parses it. */
function parseFrame(html: string) {
  const body = new JSDOM(`<body>${html}</body>`).window.document.body;
  expect(body.children).toHaveLength(1);
  const frame = body.firstElementChild!;
  expect(frame.tagName).toBe("IFRAME");
  expect(frame.children).toHaveLength(0);
  return frame;
}

describe("oembedResponse", () => {
  it("answers with a rich iframe of the annotated article, named after the organisation", () => {
    const answer = oembedResponse(copyDemoReport(), article, { origin: ORIGIN });
    expect(answer).toMatchObject({
      version: "1.0",
      type: "rich",
      provider_name: "Fact-check desk — Zürich & Kyiv",
      provider_url: "https://factcheck.example.org/",
      author_name: "Fact-check desk — Zürich & Kyiv",
      width: ARTICLE_FRAME.width,
      height: ARTICLE_FRAME.height,
      cache_age: 3600,
    });
    const frame = parseFrame(answer.html);
    expect(frame.getAttribute("src")).toBe(`${ORIGIN}/public/reports/art-kursk/article`);
    expect(frame.getAttribute("title")).toBe(answer.title);
    expect(frame.getAttribute("width")).toBe(String(answer.width));
    expect(frame.getAttribute("loading")).toBe("lazy");
    expect(frame.getAttribute("sandbox")).not.toContain("allow-scripts");
    expect(frame.getAttribute("sandbox")).not.toContain("allow-same-origin");
  });

  it("frames a claim's card for a claim, within maxwidth and maxheight", () => {
    const answer = oembedResponse(
      copyDemoReport(),
      { articleId: "art-kursk", claimNumber: 2 },
      { origin: ORIGIN, maxWidth: 300, maxHeight: 9999 },
    );
    expect(parseFrame(answer.html).getAttribute("src")).toBe(`${ORIGIN}/public/reports/art-kursk/claims/2`);
    expect([answer.width, answer.height]).toEqual([300, CLAIM_CARD_FRAME.height]);
    expect(answer.title).toContain("claim 2");
  });

  it("escapes a hostile title and organisation: the iframe is the only element, the text exactly as typed", () => {
    const model = buildHostileReport();
    const answer = oembedResponse(model, article, { origin: ORIGIN });
    expect(answer.html).not.toMatch(/<(?!\/?iframe)/);
    const frame = parseFrame(answer.html);
    expect(frame.getAttribute("title")).toBe(`Fact-check: ${HOSTILE_TEXT}`);
    expect([...frame.attributes].map((a) => a.name).sort()).toEqual(
      ["height", "loading", "referrerpolicy", "sandbox", "src", "style", "title", "width"].sort(),
    );
    // A javascript: organisation URL never becomes a link.
    expect(answer.provider_url).toBe(ORIGIN);
    expect(answer).not.toHaveProperty("author_url");
  });
});

describe("isEmbeddable", () => {
  const model = copyDemoReport();
  const checked = model.claims.find((claim) => claim.status === "approved" && claim.verdict)!;
  const unchecked = model.claims.find((claim) => claim.status !== "approved")!;
  it("embeds the article and a claim with a published verdict, not an unchecked or missing claim", () => {
    expect(isEmbeddable(model, article)).toBe(true);
    expect(isEmbeddable(model, { articleId: "art-kursk", claimNumber: checked.number })).toBe(true);
    expect(isEmbeddable(model, { articleId: "art-kursk", claimNumber: unchecked.number })).toBe(false);
    expect(isEmbeddable(model, { articleId: "art-kursk", claimNumber: 999 })).toBe(false);
  });
});

describe("readOembedQuery", () => {
  const refusal = (params: Record<string, string>) => {
    try {
      readOembedQuery(params);
    } catch (error) {
      return error as AppError;
    }
    throw new Error("expected a refusal");
  };

  it("reads url, format and the size limits", () => {
    expect(readOembedQuery({ url: `${ORIGIN}/public/reports/a`, maxwidth: "400", extra: "ignored" })).toEqual(
      {
        url: `${ORIGIN}/public/reports/a`,
        maxwidth: 400,
      },
    );
  });

  it.each([
    ["no url", {}, /Give the address of a published report/],
    ["an empty url", { url: "" }, /Give the address of a published report/],
    ["a relative url", { url: "/public/reports/a" }, /not an absolute URL/],
    ["a maxwidth that is not a number", { url: `${ORIGIN}/x`, maxwidth: "wide" }, /whole numbers/],
    ["a zero maxheight", { url: `${ORIGIN}/x`, maxheight: "0" }, /at least 1/],
  ])("refuses %s with 400 and a sentence", (_what, params, message) => {
    const error = refusal(params);
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe("BAD_REQUEST");
    expect(error.message).toMatch(message);
  });
});
