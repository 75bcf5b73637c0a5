import { describe, it, expect } from "vitest";
import { MAX_DOCX_EXPANDED_BYTES, declaredExpandedSize } from "./docx-size";
import { parseDocx } from "./parse-docx";
import { buildDocx } from "./testing/build-docx";

describe("parseDocx", () => {
  it("reads a Word story: heading as title, paragraphs, subheads and list items as paragraphs", async () => {
    const bytes = await buildDocx([
      { heading: 1, text: "Council approves bridge repairs" },
      {
        runs: [
          "The council voted ",
          { bold: "7 to 2" },
          " on Friday, says ",
          { link: "https://example.com/minutes", text: "the minutes" },
          ".",
        ],
      },
      { heading: 2, text: "What happens next" },
      "The repairs happen in three stages:",
      { bullet: "replacing the girders;" },
      { bullet: "resurfacing the deck;" },
      { bullet: "repainting the structure." },
      "",
      "Final paragraph.",
    ]);
    expect(await parseDocx(bytes)).toEqual({
      title: "Council approves bridge repairs",
      byline: null,
      dateline: null,
      publishedAt: null,
      sourceUrl: null,
      siteName: null,
      paragraphs: [
        "The council voted 7 to 2 on Friday, says the minutes.",
        "What happens next",
        "The repairs happen in three stages:",
        "replacing the girders;",
        "resurfacing the deck;",
        "repainting the structure.",
        "Final paragraph.",
      ],
      format: "docx",
      warnings: [],
    });
  });

  it.each<[string, Parameters<typeof buildDocx>[0], { title?: string }, string, string[], string[]]>([
    [
      "no heading: the first paragraph is the title",
      ["Title line", "Body."],
      {},
      "Title line",
      ["Body."],
      ["The first paragraph was used as the title; check it."],
    ],
    [
      "the first heading wins even after an intro line",
      ["FOR IMMEDIATE RELEASE", { heading: 1, text: "Real title" }, "Body."],
      {},
      "Real title",
      ["FOR IMMEDIATE RELEASE", "Body."],
      [],
    ],
    [
      "a given title keeps every block",
      [{ heading: 1, text: "Heading" }, "Body."],
      { title: "Typed" },
      "Typed",
      ["Heading", "Body."],
      [],
    ],
  ])("%s", async (_name, blocks, options, title, paragraphs, warnings) => {
    expect(await parseDocx(await buildDocx(blocks), options)).toMatchObject({ title, paragraphs, warnings });
  });

  it.each<[string, Uint8Array | (() => Promise<Uint8Array>), string]>([
    [
      "bytes that are not a zip",
      new TextEncoder().encode("just text, renamed to .docx"),
      "That file is not a Word document we can read. Save it as .docx again, or paste the text.",
    ],
    [
      "a zip that is not a Word document",
      Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]),
      "That file is not a Word document we can read. Save it as .docx again, or paste the text.",
    ],
    ["an empty document", () => buildDocx([]), "The Word document has no text in it."],
    [
      "a document with only a heading",
      () => buildDocx([{ heading: 1, text: "Lonely" }]),
      "We found a title but no article text in the file.",
    ],
  ])("refuses %s", async (_name, input, message) => {
    const bytes = typeof input === "function" ? await input() : input;
    await expect(parseDocx(bytes)).rejects.toMatchObject({ code: "VALIDATION", message });
  });
});

/** A zip holding nothing but a central directory whose one entry declares `size` uncompressed bytes. */
function zipDeclaring(size: number): Uint8Array {
  const name = new TextEncoder().encode("word/document.xml");
  const local = new Uint8Array(30 + name.length);
  new DataView(local.buffer).setUint32(0, 0x04034b50, true);
  local.set(name, 30);
  const entry = new DataView(new ArrayBuffer(46 + name.length));
  entry.setUint32(0, 0x02014b50, true);
  entry.setUint32(24, size, true);
  entry.setUint16(28, name.length, true);
  new Uint8Array(entry.buffer).set(name, 46);
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(10, 1, true);
  end.setUint32(12, entry.byteLength, true);
  end.setUint32(16, local.byteLength, true);
  return Uint8Array.from([...local, ...new Uint8Array(entry.buffer), ...new Uint8Array(end.buffer)]);
}

describe("zip bomb guard", () => {
  it("reads the declared size of a real document", async () => {
    const size = declaredExpandedSize(await buildDocx([{ heading: 1, text: "T" }, "Body."]));
    expect(size).toBeGreaterThan(0);
    expect(size).toBeLessThan(MAX_DOCX_EXPANDED_BYTES);
  });

  it.each<[string, number]>([
    ["more than 100 MB declared", MAX_DOCX_EXPANDED_BYTES + 1],
    ["a ZIP64 size", 0xffffffff],
  ])("refuses a document with %s before unzipping it", async (_name, size) => {
    await expect(parseDocx(zipDeclaring(size))).rejects.toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
      message:
        "That Word document expands to far more text than an article holds. Paste the article text instead.",
    });
  });
});
