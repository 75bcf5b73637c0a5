import { describe, expect, it } from "vitest";
import { datasetFile, readLabelledSentences } from "./dataset";
import { evaluateAtThreshold } from "./evaluate";
import { CHECK_WORTHY_THRESHOLD, scoreSentences } from "./score-sentences";

// The figures documented in bench/RESULTS.md for the committed weights.json.
const DOCUMENTED_DEV_TEST = { f1: 0.6443, averagePrecision: 0.7424 };

describe("scoreSentences with the committed weights", () => {
  it("reproduces the documented dev-test F1 and average precision", () => {
    const devTest = readLabelledSentences(datasetFile("dev-test"));
    const scores = scoreSentences(devTest.map((s) => s.text));
    const metrics = evaluateAtThreshold(
      scores,
      devTest.map((s) => s.label),
      CHECK_WORTHY_THRESHOLD,
    );
    expect(metrics.f1).toBeCloseTo(DOCUMENTED_DEV_TEST.f1, 3);
    expect(metrics.averagePrecision).toBeCloseTo(DOCUMENTED_DEV_TEST.averagePrecision, 3);
  });

  it("gives deterministic scores in [0, 1], one per sentence", () => {
    const sentences = [
      "Unemployment fell to 4.1 percent last year, the lowest in two decades.",
      "Thank you all for coming tonight.",
      "",
      "We have cut taxes for 95 percent of working families.",
    ];
    const first = scoreSentences(sentences);
    expect(first).toHaveLength(sentences.length);
    expect(first.every((score) => score >= 0 && score <= 1)).toBe(true);
    expect(scoreSentences(sentences)).toEqual(first);
    expect(scoreSentences([...sentences].reverse())).toEqual([...first].reverse());
  });

  it("ranks a factual, numeric claim above a greeting", () => {
    const [claim, greeting] = scoreSentences([
      "We have cut taxes for 95 percent of working families.",
      "Thank you all for coming tonight.",
    ]);
    expect(claim).toBeGreaterThan(CHECK_WORTHY_THRESHOLD);
    expect(greeting).toBeLessThan(CHECK_WORTHY_THRESHOLD);
  });
});

describe("the committed threshold", () => {
  it("is the one stored with the weights, in the module the training script writes", async () => {
    const fs = await import("node:fs");
    const { default: weights } = await import("./weights.json");
    const { thresholdModule } = await import("./threshold-module");
    expect(CHECK_WORTHY_THRESHOLD).toBe(weights.threshold);
    expect(fs.readFileSync(new URL("./threshold.ts", import.meta.url), "utf8")).toBe(
      thresholdModule(weights.threshold),
    );
  });
});
