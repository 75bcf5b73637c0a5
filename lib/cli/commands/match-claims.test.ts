import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fakeIo } from "../testing/fake-io";
import { matchClaims } from "./match-claims";

// The command over a fake CliIo; lib/cli/match-claims.int.test.ts runs the same contract as a subprocess.
const dir = mkdtempSync(path.join(os.tmpdir(), "match-claims-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(
  path.join(dir, "claims.tsv"),
  "id\ttext\ttitle\n" +
    "c1\tHoney bees have been declared an endangered species.\tAre Bees Endangered?\n" +
    "c2\tThe Apollo moon landing was filmed in a studio.\tWas the Moon Landing Faked?\n",
);

const run = async (lines: string[], options: { claimsFile?: string; top?: number } = {}) => {
  const { io, output } = fakeIo({
    cwd: dir,
    readStdinLines: async function* () {
      yield* lines;
    },
  });
  const result = await matchClaims({ claimsFile: "claims.tsv", top: 5, ...options }, io).then(
    () => null,
    (error: Error) => error,
  );
  return {
    error: result?.message,
    lines: output.stdout
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line)),
  };
};

describe("match-claims", () => {
  it("answers each line in order with its matches, best first, resolving --claims from the cwd", async () => {
    const { error, lines } = await run([
      JSON.stringify({ id: 7, text: "the moon landing was filmed in a studio" }),
      "",
      JSON.stringify({ text: "honey bees are endangered now" }),
    ]);
    expect(error).toBeUndefined();
    expect(lines.map((line) => line.id)).toEqual([7, null]);
    expect(lines.map((line) => line.matches[0].id)).toEqual(["c2", "c1"]);
  });

  it("keeps at most --top matches", async () => {
    const { lines } = await run([JSON.stringify({ id: "q", text: "bees moon landing studio endangered" })], {
      top: 1,
    });
    expect(lines[0].matches).toHaveLength(1);
  });

  it("stops at a bad line, naming it, after answering the lines before", async () => {
    const { error, lines } = await run([JSON.stringify({ id: 1, text: "bees" }), '{"id": 2, "text": ']);
    expect(error).toMatch(/^line 2: not JSON: /);
    expect(lines.map((line) => line.id)).toEqual([1]);
    expect((await run([JSON.stringify({ id: 1, text: "  " })])).error).toBe(
      'line 1: needs a non-empty string "text"',
    );
  });

  it("says what to do with a missing file", async () => {
    expect((await run([], { claimsFile: "nope.tsv" })).error).toBe(
      `No file at ${path.join(dir, "nope.tsv")}; check the --claims path.`,
    );
  });
});
