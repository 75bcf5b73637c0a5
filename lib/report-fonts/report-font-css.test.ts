import { describe, expect, it } from "vitest";
import { fontFaceCss, reportFontCss, subsetsForText } from "./report-font-css";

/** "Family:subset" for each subset a text needs; subset names are @fontsource's (unicode.json). */
function subsetNames(text: string): string[] {
  return subsetsForText(text).map(({ family, name }) => `${family.family}:${name}`);
}

describe("subsetsForText", () => {
  it.each([
    ["English text", "Fact check: the minister said exports rose 12% — “fastest pace”.", ["Noto Sans:latin"]],
    ["accented Latin", "Zürich, Łódź", ["Noto Sans:latin", "Noto Sans:latin-ext"]],
    ["Cyrillic", "Київ", ["Noto Sans:cyrillic"]],
    ["中", "中", ["Noto Sans SC:119"]],
    ["中文", "中文", ["Noto Sans SC:119", "Noto Sans SC:118"]],
    ["🔥", "🔥", ["Noto Emoji:7"]],
    ["✅", "✅", ["Noto Emoji:2"]],
    // Noto Sans SC covers flags too; the emoji font draws them.
    ["a flag", "🇨🇳", ["Noto Emoji:0"]],
  ])("%s", (_name, text, expected) => {
    expect(subsetNames(text)).toEqual(expected);
  });

  it("embeds no CJK or emoji subset for a Latin-only text", () => {
    const names = subsetNames(
      "Fact check: North Korea confirms its troops are fighting for Russia. 1,204 & 987 © ™",
    );
    expect(names).toEqual(["Noto Sans:latin"]);
  });

  it("keeps digits and © as text, in Noto Sans, though the emoji font covers them", () => {
    expect(subsetNames("0123456789#*©®")).toEqual(["Noto Sans:latin"]);
  });

  it("leaves characters no shipped font covers to the system fonts", () => {
    expect(subsetNames("\u{10FFFD}")).toEqual([]);
  });
});

describe("reportFontCss", () => {
  const latin = reportFontCss("Fact check");
  const mixed = reportFontCss("Fact check: 中文 🔥");

  it("embeds every font as a data: URL and nothing from the network", () => {
    for (const css of [latin, mixed]) {
      expect(css).not.toMatch(/https?:/);
      const urls = [...css.matchAll(/url\(([^)]*)\)/g)].map((match) => match[1]);
      expect(urls.length).toBeGreaterThan(0);
      for (const url of urls) expect(url).toMatch(/^data:font\/woff2;base64,[A-Za-z0-9+/]+=*$/);
    }
  });

  it("has a regular and a bold face of each subset, limited to its unicode-range", () => {
    const faces = [...mixed.matchAll(/font-family: "([^"]+)"; font-style: normal; font-weight: (\d+);/g)];
    expect(faces.map(([, family, weight]) => `${family} ${weight}`).sort()).toEqual([
      "Noto Emoji 400",
      "Noto Emoji 700",
      "Noto Sans 400",
      "Noto Sans 700",
      "Noto Sans SC 400",
      "Noto Sans SC 400",
      "Noto Sans SC 700",
      "Noto Sans SC 700",
    ]);
    expect(mixed.match(/unicode-range: /g)).toHaveLength(8);
  });

  it("stays small for a Latin-only report", () => {
    expect(latin.length).toBeLessThan(50_000);
    expect(mixed.length).toBeGreaterThan(latin.length * 5);
  });

  it("sets the report's font stack: the shipped fonts, then the system fonts", () => {
    expect(latin.trimEnd().split("\n").at(-1)).toBe(
      'body, .fc-report { font-family: "Noto Sans", "Noto Emoji", "Noto Sans SC", system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }',
    );
  });
});

describe("fontFaceCss", () => {
  it("limits the faces to one weight when asked", () => {
    const css = fontFaceCss("Fact check: 中", 400);
    expect(css).toContain("font-weight: 400;");
    expect(css).not.toContain("font-weight: 700;");
    expect(css).not.toContain(".fc-report");
  });
});
