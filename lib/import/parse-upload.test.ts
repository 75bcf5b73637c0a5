import { readFileSync } from "node:fs";
import { describe, it, expect } from "vitest";
import type { ImportFormat } from "./import-result";
import { parseUpload, UNSUPPORTED_FILE } from "./parse-upload";
import { buildDocx } from "./testing/build-docx";

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const newsPage = readFileSync(new URL("./fixtures/news-page.html", import.meta.url));
const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

describe("parseUpload dispatch", () => {
  it.each<[string, string, string, Uint8Array | (() => Promise<Uint8Array>), ImportFormat, string]>([
    ["a .txt file", "story.txt", "text/plain", encode("Plain title\n\nBody."), "plain", "Plain title"],
    [
      "a .txt in the sample layout",
      "story.TXT",
      "",
      encode("date 2024-01-05 Dated\n\nBody."),
      "sample-layout",
      "Dated",
    ],
    [
      "a .txt with a UTF-8 BOM",
      "story.txt",
      "text/plain",
      Uint8Array.from([0xef, 0xbb, 0xbf, ...encode("BOM title\n\nBody.")]),
      "plain",
      "BOM title",
    ],
    [
      "a .md file",
      "story.md",
      "text/markdown",
      encode("# Markdown title\n\nBody."),
      "markdown",
      "Markdown title",
    ],
    [
      "a .markdown file sent as octet-stream",
      "story.markdown",
      "application/octet-stream",
      encode("# Md\n\nBody."),
      "markdown",
      "Md",
    ],
    [
      "an .html file",
      "saved.html",
      "text/html",
      newsPage,
      "html",
      "Harbour bridge repairs to cost $48 million, council says",
    ],
    [
      "an .htm file",
      "saved.htm",
      "",
      newsPage,
      "html",
      "Harbour bridge repairs to cost $48 million, council says",
    ],
    [
      "a .docx file",
      "story.docx",
      DOCX_TYPE,
      () => buildDocx([{ heading: 1, text: "Docx title" }, "Body."]),
      "docx",
      "Docx title",
    ],
    [
      "no extension: the content type decides",
      "story",
      "text/markdown; charset=utf-8",
      encode("# From type\n\nBody."),
      "markdown",
      "From type",
    ],
  ])("reads %s", async (_name, filename, contentType, input, format, title) => {
    const bytes = typeof input === "function" ? await input() : input;
    expect(await parseUpload({ filename, contentType, bytes })).toMatchObject({ format, title });
  });

  it("decodes a saved page in its declared <meta charset>", async () => {
    const head = encode('<meta charset="windows-1252"><title>');
    const bytes = Uint8Array.from([...head, 0x93, 0x51, 0x94, ...encode("</title><p>Body of the page.</p>")]);
    expect(await parseUpload({ filename: "old.html", contentType: "text/html", bytes })).toMatchObject({
      title: "“Q”",
    });
  });

  it("uses a typed title for any format", async () => {
    const article = await parseUpload(
      { filename: "saved.html", contentType: "text/html", bytes: newsPage },
      { title: "Editor's title" },
    );
    expect(article.title).toBe("Editor's title");
  });

  it.each<[string, string, string]>([
    ["a PDF", "report.pdf", "application/pdf"],
    ["a PDF that claims to be text", "report.pdf", "text/plain"],
    ["an old .doc", "story.doc", "application/msword"],
    ["an image", "photo.jpg", "image/jpeg"],
    ["an SVG", "chart.svg", "image/svg+xml"],
    ["no extension and no useful type", "upload", "application/octet-stream"],
  ])("refuses %s", async (_name, filename, contentType) => {
    await expect(parseUpload({ filename, contentType, bytes: encode("x") })).rejects.toMatchObject({
      code: "UNSUPPORTED_MEDIA_TYPE",
      message: UNSUPPORTED_FILE,
    });
  });

  it("says what the supported types are", () => {
    expect(UNSUPPORTED_FILE).toBe(
      "That file type is not supported. Upload a .txt, .md, .html or .docx file.",
    );
  });
});

describe("parseUpload limits", () => {
  it("refuses a file over the default 5 MB cap", async () => {
    const bytes = new Uint8Array(5 * 1024 * 1024 + 1).fill(0x61);
    await expect(
      parseUpload({ filename: "big.txt", contentType: "text/plain", bytes }),
    ).rejects.toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
      message:
        "That file is larger than 5 MB, the most an import accepts. Upload a smaller file or paste the article text.",
    });
  });

  it("honours a smaller cap", async () => {
    const bytes = new Uint8Array(1536 * 1024).fill(0x61);
    await expect(
      parseUpload({ filename: "big.txt", contentType: "text/plain", bytes }, { maxBytes: 1024 * 1024 }),
    ).rejects.toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
      message:
        "That file is larger than 1 MB, the most an import accepts. Upload a smaller file or paste the article text.",
    });
  });

  it("accepts a file exactly at the cap", async () => {
    const bytes = encode("Title\n\nBody.");
    await expect(
      parseUpload({ filename: "a.txt", contentType: "text/plain", bytes }, { maxBytes: bytes.byteLength }),
    ).resolves.toMatchObject({ title: "Title" });
  });

  it.each<[string, string]>([
    ["story.txt", "text/plain"],
    ["story.md", "text/markdown"],
    ["story.html", "text/html"],
  ])("refuses an empty %s", async (filename, contentType) => {
    await expect(parseUpload({ filename, contentType, bytes: encode(" \n ") })).rejects.toMatchObject({
      code: "VALIDATION",
      message: "That file is empty.",
    });
  });
});
