import { describe, it, expect } from "vitest";
import { decodeText } from "./decode-text";

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);

describe("decodeText", () => {
  it.each<[string, Uint8Array, string | undefined, string, string]>([
    ["UTF-8 by default", new TextEncoder().encode("café"), undefined, "café", "utf-8"],
    ["a UTF-8 byte-order mark is dropped", bytes(0xef, 0xbb, 0xbf, 0x68, 0x69), "utf-8", "hi", "utf-8"],
    [
      "windows-1252 curly quotes and euro",
      bytes(0x93, 0x68, 0x69, 0x94, 0x20, 0x80),
      "windows-1252",
      "“hi” €",
      "windows-1252",
    ],
    [
      "iso-8859-1 is read as windows-1252, as browsers do",
      bytes(0x96, 0xe9),
      "iso-8859-1",
      "–é",
      "iso-8859-1",
    ],
    ["the undefined 0x81 byte stays itself", bytes(0x81), "latin1", "\u0081", "latin1"],
    ["UTF-16LE", bytes(0x68, 0x00, 0x69, 0x00), "utf-16le", "hi", "utf-16le"],
    [
      "an unknown label falls back to UTF-8",
      new TextEncoder().encode("ok"),
      "x-no-such-charset",
      "ok",
      "utf-8",
    ],
    ["malformed UTF-8 becomes U+FFFD", bytes(0x61, 0xff, 0x62), "utf-8", "a\uFFFDb", "utf-8"],
  ])("%s", (_name, input, charset, text, used) => {
    expect(decodeText(input, charset)).toEqual({ text, charset: used });
  });

  it("decodes a large windows-1252 body in chunks", () => {
    const big = new Uint8Array(100_000).fill(0x93);
    expect(decodeText(big, "windows-1252").text).toBe("“".repeat(100_000));
  });
});
