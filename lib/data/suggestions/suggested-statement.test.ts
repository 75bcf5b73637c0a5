import { describe, expect, it } from "vitest";
import { STATEMENT_MAX } from "@/lib/schemas/claim";
import { suggestedStatement } from "./suggested-statement";

describe("suggestedStatement", () => {
  it.each([
    ["short enough: trimmed only", "  Prices rose 5%. ", 20, "Prices rose 5%."],
    ["exactly the limit", "aaa bbb", 7, "aaa bbb"],
    ["cut after the last whole word that fits with the ellipsis", "aaa bbb ccc", 8, "aaa bbb…"],
    ["a word that would not fit whole goes", "aaa bbbbbb", 8, "aaa…"],
    ["one word longer than the limit is cut inside it", "abcdefghij", 5, "abcd…"],
  ])("%s", (_case, sentence, max, expected) => {
    const statement = suggestedStatement(sentence, max);
    expect(statement).toBe(expected);
    expect(statement.length).toBeLessThanOrEqual(max);
  });

  it("fits a long sentence into a claim statement by default", () => {
    const statement = suggestedStatement(`${"The ministry said so ".repeat(50)}today.`);
    expect(statement.length).toBeLessThanOrEqual(STATEMENT_MAX);
    expect(statement).toMatch(/ (The|ministry|said|so)…$/);
  });
});
