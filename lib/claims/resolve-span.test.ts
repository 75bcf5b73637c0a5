import { describe, expect, it } from "vitest";
import { AppError } from "../errors/app-error";
import { resolveSpan } from "./resolve-span";

const text = "North Korea gave the first official confirmation Monday.\n\nIt said the campaign had ended.";

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof AppError ? error.code : "not an AppError";
  }
  return undefined;
}

describe("resolveSpan", () => {
  it("describes a valid span on the current revision", () => {
    const selector = resolveSpan(text, 2, { revision: 2, start: 0, end: 11 });
    expect(selector).toMatchObject({ exact: "North Korea", start: 0, end: 11, prefix: "" });
    expect(selector.suffix).toBe(" gave the first official confirm");
  });

  it("accepts a span whose text matches what the client saw", () => {
    expect(resolveSpan(text, 1, { revision: 1, start: 12, end: 16, exact: "gave" }).exact).toBe("gave");
  });

  it.each([
    ["a stale revision", { revision: 1, start: 0, end: 5 }, "CONFLICT"],
    ["a span past the end", { revision: 2, start: 80, end: 200 }, "VALIDATION"],
    ["an empty span", { revision: 2, start: 5, end: 5 }, "VALIDATION"],
    ["only whitespace", { revision: 2, start: 56, end: 58 }, "VALIDATION"],
    ["text that no longer matches", { revision: 2, start: 0, end: 11, exact: "South Korea" }, "CONFLICT"],
  ])("refuses %s", (_name, span, code) => {
    expect(codeOf(() => resolveSpan(text, 2, span))).toBe(code);
  });
});
