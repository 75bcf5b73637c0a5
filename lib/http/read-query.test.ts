import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { AppError } from "@/lib/errors/app-error";
import { readQuery, readQueryParams } from "./read-query";
import { NUL_MESSAGE } from "./text-checks";

const at = (query: string) => new Request(`http://localhost/api/v1/articles${query}`);

function failure(query: string): AppError {
  try {
    readQueryParams(at(query));
  } catch (error) {
    return error as AppError;
  }
  throw new Error("the query was accepted");
}

describe("readQueryParams", () => {
  it.each([
    ["", {}],
    ["?", {}],
    ["?limit=5&status=approved", { limit: "5", status: "approved" }],
    ["?q=a+b%20c", { q: "a b c" }],
    ["?q=caf%C3%A9%F0%9F%91%8D", { q: "café👍" }],
    ["?q=100%", { q: "100%" }],
    ["?q=%zz", { q: "%zz" }],
    ["?flag", { flag: "" }],
    ["?a=1&a=2", { a: "2" }],
    ["?a=1&&b=2", { a: "1", b: "2" }],
  ])("%s → %j, as URLSearchParams reads it", (query, expected) => {
    expect(readQueryParams(at(query))).toEqual(expected);
    expect(Object.fromEntries(new URL(at(query).url).searchParams)).toEqual(expected);
  });

  it.each([
    ["?status=%FF", "status"],
    ["?cursor=ab%C3", "cursor"],
    ["?rating=caf%E9", "rating"],
    ["?x=%ED%A0%80", "x"],
    // What Next.js hands a route handler for bytes that were not UTF-8.
    ["?cursor=caf%EF%BF%BD", "cursor"],
  ])("refuses %s (bytes that are not UTF-8) with 400 naming the parameter", (query, name) => {
    const error = failure(query);
    expect(error).toMatchObject({ code: "BAD_REQUEST", details: { fields: { [name]: expect.any(String) } } });
    expect(error.message).toContain(name);
  });

  it.each([
    ["?cursor=a%00b", "cursor"],
    ["?status=%00", "status"],
    ["?na%00me=x", "na\u0000me"],
  ])("refuses %s (a NUL) with 422 naming the parameter", (query, name) => {
    expect(failure(query)).toMatchObject({
      code: "VALIDATION",
      details: { fields: { [name]: NUL_MESSAGE } },
    });
  });
});

describe("readQuery", () => {
  const schema = z.object({ limit: z.coerce.number().int().max(100).default(20) });

  it("validates with the schema", () => {
    expect(readQuery(at("?limit=5"), schema)).toEqual({ limit: 5 });
    expect(() => readQuery(at("?limit=500"), schema)).toThrow();
  });
});
