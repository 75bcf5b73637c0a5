import { describe, it, expect } from "vitest";
import { parseContentType, type ContentType } from "./content-type";
import { detectCharset } from "./detect-charset";

describe("parseContentType", () => {
  it.each<[string | undefined, ContentType]>([
    [undefined, { mediaType: "", charset: null }],
    ["text/html", { mediaType: "text/html", charset: null }],
    ["Text/HTML; Charset=UTF-8", { mediaType: "text/html", charset: "utf-8" }],
    ['text/html; charset="ISO-8859-1"', { mediaType: "text/html", charset: "iso-8859-1" }],
    ["text/plain; format=flowed; charset=windows-1252", { mediaType: "text/plain", charset: "windows-1252" }],
    ["application/pdf", { mediaType: "application/pdf", charset: null }],
    ["text/html; charset=", { mediaType: "text/html", charset: null }],
  ])("%s", (header, expected) => {
    expect(parseContentType(header)).toEqual(expected);
  });
});

describe("detectCharset", () => {
  const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);

  it.each<[string, Uint8Array, string | null, boolean, string]>([
    ["UTF-8 by default", ascii("<p>x</p>"), null, true, "utf-8"],
    ["the header", ascii("<p>x</p>"), "windows-1252", true, "windows-1252"],
    [
      "a byte-order mark beats the header",
      Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]),
      "windows-1252",
      true,
      "utf-8",
    ],
    ["a UTF-16LE byte-order mark", Uint8Array.from([0xff, 0xfe, 0x61, 0]), null, true, "utf-16le"],
    ["<meta charset>", ascii('<html><head><meta charset="Shift_JIS">'), null, true, "shift_jis"],
    [
      "<meta http-equiv>",
      ascii('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'),
      null,
      true,
      "iso-8859-1",
    ],
    ["the header beats <meta>", ascii('<meta charset="iso-8859-1">'), "utf-8", true, "utf-8"],
    ["<meta> is ignored in plain text", ascii('<meta charset="iso-8859-1">'), null, false, "utf-8"],
    [
      "<meta> past the first 1024 bytes is ignored",
      ascii(`${" ".repeat(1100)}<meta charset="iso-8859-1">`),
      null,
      true,
      "utf-8",
    ],
  ])("%s", (_name, bytes, header, isHtml, expected) => {
    expect(detectCharset(bytes, header, isHtml)).toBe(expected);
  });
});
