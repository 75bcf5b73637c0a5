import { describe, expect, it } from "vitest";
import { isSameWording } from "./is-same-wording";

describe("isSameWording", () => {
  it.each([
    { statement: "Unemployment fell to 4%", quote: "Unemployment fell to 4%", same: true },
    { statement: "Unemployment fell\n to  4%", quote: " Unemployment fell to 4% ", same: true },
    { statement: "the ministry’s “record” year", quote: `the ministry's "record" year`, same: true },
    { statement: "Unemployment fell to 4%.", quote: "unemployment fell to 4%", same: true },
    { statement: "“Exports doubled”", quote: "Exports doubled", same: true },
    { statement: "Unemployment fell to 4% in 2024", quote: "Unemployment fell to 4%", same: false },
    { statement: "Exports doubled", quote: "Imports doubled", same: false },
    { statement: "", quote: "Exports doubled", same: false },
  ])("$statement | $quote → $same", ({ statement, quote, same }) => {
    expect(isSameWording(statement, quote)).toBe(same);
  });
});
