import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { durationsFromReports, planShards, readDurations, specFiles } from "./e2e-shards.mjs";

const temp: string[] = [];
afterEach(() => temp.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe("e2e shards of equal running time", () => {
  it("puts the long specs on different shards, so the shards end together", () => {
    const durations = {
      "a.spec.ts": 200,
      "b.spec.ts": 120,
      "c.spec.ts": 90,
      "d.spec.ts": 60,
      "e.spec.ts": 30,
    };
    const plan = planShards(Object.keys(durations), durations, 2);
    expect(plan.map((shard) => shard.seconds)).toEqual([260, 240]);
    expect(plan[0]!.files).toEqual(["a.spec.ts", "d.spec.ts"]);
    expect(plan[1]!.files).toEqual(["b.spec.ts", "c.spec.ts", "e.spec.ts"]);
    // Every file exactly once, and the same plan from the same inputs.
    expect(plan.flatMap((s) => s.files).sort()).toEqual(Object.keys(durations));
    expect(planShards(Object.keys(durations).reverse(), durations, 2)).toEqual(plan);
  });

  it("counts a spec it has no time for as the median, and ignores times for specs that are gone", () => {
    const plan = planShards(
      ["new.spec.ts", "x.spec.ts", "y.spec.ts", "z.spec.ts"],
      {
        "x.spec.ts": 10,
        "y.spec.ts": 20,
        "z.spec.ts": 30,
        "gone.spec.ts": 1000,
      },
      2,
    );
    expect(plan.reduce((sum, shard) => sum + shard.seconds, 0)).toBe(80);
    expect(plan.map((s) => s.seconds).sort()).toEqual([40, 40]);
  });

  it("lists spec files under a folder, leaving out what it is told to, and reads a missing durations file as none", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "shards-"));
    temp.push(dir);
    mkdirSync(path.join(dir, "api"));
    mkdirSync(path.join(dir, "instances"));
    for (const file of ["a.spec.ts", "api/b.spec.ts", "instances/c.spec.ts", "support.ts"])
      writeFileSync(path.join(dir, file), "");
    expect(specFiles(dir, (file) => file.startsWith("instances/"))).toEqual(["a.spec.ts", "api/b.spec.ts"]);
    expect(readDurations(path.join(dir, "durations.json"))).toEqual({});
    writeFileSync(path.join(dir, "broken.json"), "{");
    expect(readDurations(path.join(dir, "broken.json"))).toEqual({});
  });

  it("sums each spec file's test times from Playwright's JSON reports", () => {
    const report = (file: string, ms: number[]) => ({
      suites: [
        { file, specs: [{ file, tests: [{ results: ms.map((duration) => ({ duration })) }] }], suites: [] },
      ],
    });
    expect(durationsFromReports([report("a.spec.ts", [1500, 500]), report("b.spec.ts", [250])])).toEqual({
      "a.spec.ts": 2,
      "b.spec.ts": 0.3,
    });
  });
});
