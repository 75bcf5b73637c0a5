import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { AppError } from "@/lib/errors/app-error";
import { keyedUnion } from "@/lib/schemas/keyed-union";
import { MAX_JSON_BYTES, readJson } from "./read-json";
import { MAX_JSON_DEPTH, NUL_MESSAGE, SURROGATE_MESSAGE } from "./text-checks";

const schema = z.strictObject({
  title: z.string().max(10),
  tags: z.array(z.string()).optional(),
  source: z.strictObject({ url: z.string() }).optional(),
});

function request(body: string | Uint8Array, contentType = "application/json", headers: HeadersInit = {}) {
  return new Request("http://localhost/api/v1/x", {
    method: "POST",
    headers: { "Content-Type": contentType, ...headers },
    body: typeof body === "string" ? body : new Uint8Array(body),
  });
}

async function failure(body: string | Uint8Array, contentType?: string, headers?: HeadersInit) {
  try {
    await readJson(request(body, contentType, headers), schema);
  } catch (error) {
    return error as AppError;
  }
  throw new Error("readJson accepted the body");
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: Array<string | number[]>) =>
  Buffer.concat(parts.map((part) => (typeof part === "string" ? utf8(part) : Uint8Array.from(part))));

describe("readJson", () => {
  it("returns the parsed body", async () => {
    await expect(readJson(request('{"title":"Café 👍"}'), schema)).resolves.toEqual({ title: "Café 👍" });
  });

  it.each([
    ["a UTF-8 byte-order mark", bytes([0xef, 0xbb, 0xbf], '{"title":"a"}')],
    ["an escaped surrogate pair", '{"title":"\\ud83d\\udc4d"}'],
    ["U+FFFD sent as itself", '{"title":"\uFFFD"}'],
  ])("accepts %s", async (_name, body) => {
    await expect(readJson(request(body), schema)).resolves.toMatchObject({ title: expect.any(String) });
  });

  it.each([
    ["text/plain", "text/plain"],
    ["no type", ""],
    ["form data", "application/x-www-form-urlencoded"],
  ])("refuses %s with 415", async (_name, type) => {
    expect(await failure('{"title":"a"}', type)).toMatchObject({ code: "UNSUPPORTED_MEDIA_TYPE" });
  });

  it("refuses a body over the cap with 413, by its declared length or by what arrived", async () => {
    expect(await failure("{}", undefined, { "Content-Length": String(MAX_JSON_BYTES + 1) })).toMatchObject({
      code: "PAYLOAD_TOO_LARGE",
    });
    const huge = JSON.stringify({ title: "x".repeat(MAX_JSON_BYTES) });
    expect(await failure(huge)).toMatchObject({ code: "PAYLOAD_TOO_LARGE" });
  });

  it.each([
    ["a cut-off body", '{"title":'],
    ["an empty body", ""],
    ["single quotes", "{'title':'a'}"],
  ])("refuses %s with 400", async (_name, body) => {
    expect(await failure(body)).toMatchObject({
      code: "BAD_REQUEST",
      message: "The request body is not valid JSON.",
    });
  });

  it.each([
    ["a stray continuation byte", bytes('{"title":"a', [0x80], '"}'), "title"],
    ["a cut-off sequence", bytes('{"title":"ok","tags":["x', [0xe2, 0x82], '"]}'), "tags.0"],
    ["Latin-1 é", bytes('{"source":{"url":"caf', [0xe9], '"}}'), "source.url"],
    ["an encoded surrogate (CESU-8)", bytes('{"title":"', [0xed, 0xa0, 0x80], '"}'), "title"],
    ["an overlong slash", bytes('{"title":"', [0xc0, 0xaf], '"}'), "title"],
  ])("refuses %s with 400 naming the field", async (_name, body, field) => {
    const error = await failure(body);
    expect(error).toMatchObject({
      code: "BAD_REQUEST",
      details: { fields: { [field]: expect.any(String) } },
    });
    expect(error.message).toContain("not valid UTF-8");
    expect(error.message).toContain(field);
  });

  it("refuses bad bytes outside any string with 400, naming no field", async () => {
    const error = await failure(bytes('{"title":"a"', [0xff], "}"));
    expect(error).toMatchObject({ code: "BAD_REQUEST", details: undefined });
    expect(error.message).toMatch(/not valid UTF-8/);
  });

  it("names no field when the body also spells U+FFFD itself, since it cannot tell which", async () => {
    const error = await failure(bytes('{"title":"\uFFFD","tags":["', [0xff], '"]}'));
    expect(error).toMatchObject({ code: "BAD_REQUEST", details: undefined });
  });

  it.each([
    ["a NUL escape", '{"title":"a\\u0000b"}', "title", NUL_MESSAGE],
    ["a raw NUL byte", bytes('{"title":"a', [0], 'b"}'), null, null],
    ["a NUL in a nested field", '{"title":"a","source":{"url":"x\\u0000"}}', "source.url", NUL_MESSAGE],
    ["a NUL in an array", '{"title":"a","tags":["ok","\\u0000"]}', "tags.1", NUL_MESSAGE],
    ["a NUL in a key", '{"title":"a","b\\u0000":1}', "b\u0000", NUL_MESSAGE],
    ["a lone high surrogate", '{"title":"\\ud800"}', "title", SURROGATE_MESSAGE],
    ["a lone low surrogate", '{"title":"\\udc00x"}', "title", SURROGATE_MESSAGE],
  ])("refuses %s with 422 naming the field", async (_name, body, field, message) => {
    const error = await failure(body);
    // A raw control character inside a JSON string is not JSON at all (400).
    if (field === null) return expect(error).toMatchObject({ code: "BAD_REQUEST" });
    expect(error).toMatchObject({ code: "VALIDATION", details: { fields: { [field]: message } } });
  });

  it("refuses nesting deeper than the limit with 400, even far too deep for recursion", async () => {
    const nested = (depth: number) => `{"title":"a","tags":${"[".repeat(depth)}${"]".repeat(depth)}}`;
    expect(await failure(nested(MAX_JSON_DEPTH))).toMatchObject({ code: "BAD_REQUEST" });
    expect((await failure(nested(200_000))).message).toMatch(/nested more than/);
    // Within the limit it reaches the schema (and fails there, on the type).
    expect(await failure(nested(3))).toMatchObject({ code: "VALIDATION" });
  });

  it("names each unknown field on its own path", async () => {
    const error = await failure('{"title":"a","extra":1,"source":{"url":"u","note":"n"}}');
    expect(error).toMatchObject({ code: "VALIDATION" });
    expect(Object.keys(error.details!.fields as object).sort()).toEqual(["extra", "source.note"]);
    expect(error.message).toMatch(/Unknown field "(extra|note)": remove it/);
  });

  it("names unknown fields inside a keyed union's chosen shape too", async () => {
    const union = keyedUnion(
      "text",
      z.strictObject({ text: z.string() }),
      z.strictObject({ url: z.string() }),
    );
    const body = '{"text":"a","extra":1}';
    const error = await readJson(request(body), union).catch((caught: AppError) => caught);
    expect(error).toMatchObject({
      code: "VALIDATION",
      details: { fields: { extra: expect.stringMatching(/Unknown field/) } },
    });
  });

  it("keeps the schema's own field messages", async () => {
    const error = await failure('{"title":"far too long a title"}');
    expect(error).toMatchObject({ code: "VALIDATION", details: { fields: { title: expect.any(String) } } });
  });
});
