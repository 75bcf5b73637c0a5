import { describe, expect, it } from "vitest";
import {
  cueFeatures,
  extractFeatures,
  featureNames,
  hashFeature,
  normalizeToken,
  tokenize,
} from "./features";

describe("tokenize", () => {
  it.each([
    ["It's 3.5% of U.S. GDP.", ["it's", "3.5", "%", "of", "u", ".", "s", ".", "gdp", "."]],
    ["We spent $1,200,000 in 2019!", ["we", "spent", "$", "1,200,000", "in", "2019", "!"]],
    ["“Don’t,” she said.", ["“", "don’t", ",", "”", "she", "said", "."]],
    ["", []],
  ])("%j", (text, tokens) => {
    expect(tokenize(text)).toEqual(tokens);
  });

  it.each([
    ["2019", "<year>"],
    ["1850", "<year>"],
    ["3.5", "<num>"],
    ["1,200,000", "<num>"],
    ["2500", "<num>"],
    ["taxes", "taxes"],
  ])("normalises %s to %s", (token, normalised) => {
    expect(normalizeToken(token)).toBe(normalised);
  });
});

describe("cueFeatures", () => {
  it.each([
    [
      "Unemployment fell to 5 percent in 2019.",
      ["f:number", "f:year", "f:percent", "f:comparative", "f:quantity"],
    ],
    ["We spent $3 billion on it.", ["f:number", "f:money", "f:quantity"]],
    ["Prices rose 7% in March.", ["f:number", "f:percent", "f:date", "f:comparative"]],
    ["This is the greatest country on earth.", ["f:comparative"]],
    ["He said the plan would work.", ["f:reported"]],
    ["According to the report, crime went down.", ["f:reported"]],
    ["I met Senator John Smith yesterday.", ["f:name"]],
    ["Why would anyone do that?", ["f:question"]],
  ])("%j has %j", (text, expected) => {
    expect(cueFeatures(text)).toEqual(expect.arrayContaining(expected));
  });

  it("finds no cues in a plain sentence", () => {
    expect(cueFeatures("thank you all very much")).toEqual(["f:length:short"]);
  });
});

describe("extractFeatures", () => {
  const text = "Taxes rose 12 percent in 2019, Senator Smith said.";

  it("hashes exactly the named features (the fast path matches the readable one)", () => {
    const expected = [...new Set(featureNames(text).map(hashFeature))].sort((a, b) => a - b);
    expect([...extractFeatures(text).indices]).toEqual(expected);
  });

  it("includes word n-grams with numbers normalised, and character n-grams", () => {
    const names = featureNames(text);
    expect(names).toEqual(
      expect.arrayContaining(["w:taxes", "b:rose <num>", "t:in <year> ,", "b:<s> taxes", "c:000", "c: tax"]),
    );
  });

  it("is L2-normalised with sorted, unique indices", () => {
    const { indices, values } = extractFeatures(text);
    const norm = Math.sqrt(values.reduce((sum, v) => sum + v * v, 0));
    expect(norm).toBeCloseTo(1, 5);
    expect([...indices].every((index, i) => i === 0 || index > indices[i - 1]!)).toBe(true);
  });
});
