import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/data/testing/temp-database";
import { runCliProcess } from "./testing/cli-process";

// `match-claims` as a benchmark runs it: a real subprocess (tsx scripts/cli.ts), a claims TSV written to a
// temporary folder, JSON lines in and out. It needs no database; one is given so that a CLI that still
// prepares one never touches the default. Each run starts tsx, seconds on 2 cores.
const database = createTempDatabase({ demo: false });
const dir = mkdtempSync(path.join(os.tmpdir(), "match-claims-cli-"));
const claimsFile = path.join(dir, "claims.tsv");
writeFileSync(
  claimsFile,
  [
    "id\ttext\ttitle",
    "guantanamo\t122 detainees released from Guantanamo Bay under President Obama have re-engaged in terrorist activities.\tDid 122 Prisoners Released by Obama Return to the Battlefield?",
    "charlotte\t70 per cent of the persons arrested during protests in Charlotte had out-of-state IDs.\t70% of Arrested Charlotte Protesters Are Out-of-State",
    "draft\tText messages say the recipient has been selected for a military draft.\tAre Military Draft Text Messages Real?",
    'golf\t"President Obama played golf during a ""hurricane""."\tObama Golfed During Hurricane?',
    "bees\tHoney bees have been declared an endangered species.\t",
  ].join("\n") + "\n",
);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  database.dispose();
});

const RUN_TIMEOUT = 60_000;
const cli = (args: string[], input = "") =>
  runCliProcess(["match-claims", ...args], { input, env: { DATABASE_URL: database.url } });

type Answer = { id: unknown; matches: Array<{ id: string; score: number }> };
const answersOf = (stdout: string) =>
  stdout
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as Answer);

describe("npm run cli -- match-claims", () => {
  it(
    "answers JSON lines in order, best match first, scores sorted, at most --top",
    { timeout: RUN_TIMEOUT },
    async () => {
      const input = [
        {
          id: "t1",
          text: "70% of those arrested at the #Charlotte riots had out of state IDs https://t.co/abc",
        },
        { id: 2, text: "Obama let 122 Gitmo prisoners go and they went back to terrorism" },
        {
          id: "t3",
          text: "Got a text saying I was picked for the military draft?? — Sam (@sam) January 8, 2020",
        },
      ]
        .map((line) => JSON.stringify(line))
        .join("\n\n");
      const run = await cli(["--claims", claimsFile, "--top", "2"], `${input}\n`);
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      const answers = answersOf(run.stdout);
      expect(answers.map((answer) => answer.id)).toEqual(["t1", 2, "t3"]);
      expect(answers.map((answer) => answer.matches[0]?.id)).toEqual(["charlotte", "guantanamo", "draft"]);
      for (const { matches } of answers) {
        expect(matches.length).toBeGreaterThan(0);
        expect(matches.length).toBeLessThanOrEqual(2);
        const scores = matches.map((match) => match.score);
        expect(scores).toEqual([...scores].sort((a, b) => b - a));
        for (const score of scores) expect(score > 0 && score <= 1).toBe(true);
      }
    },
  );

  it("defaults to five matches", { timeout: RUN_TIMEOUT }, async () => {
    const run = await cli(
      ["--claims", claimsFile],
      `${JSON.stringify({ id: 1, text: "Obama Guantanamo hurricane golf bees draft Charlotte" })}\n`,
    );
    expect(run.status).toBe(0);
    expect(answersOf(run.stdout)[0]!.matches).toHaveLength(5);
  });

  it(
    "stops at a line that is not JSON, naming it, after answering the lines before it",
    { timeout: RUN_TIMEOUT },
    async () => {
      const run = await cli(
        ["--claims", claimsFile],
        '{"id": 1, "text": "bees"}\n\n{"id": 2, "text": \nnever read\n',
      );
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/^error: line 3: not JSON: .+\n$/);
      expect(answersOf(run.stdout).map((answer) => answer.id)).toEqual([1]);
    },
  );

  it("refuses a line without text, naming it", { timeout: RUN_TIMEOUT }, async () => {
    const run = await cli(["--claims", claimsFile], '{"id": 1, "claim": "bees"}\n');
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('error: line 1: needs a non-empty string "text"\n');
    expect(run.stdout).toBe("");
  });

  it(
    "refuses a claims file without id and text columns, saying what it needs",
    { timeout: RUN_TIMEOUT },
    async () => {
      const bad = path.join(dir, "bad.tsv");
      writeFileSync(bad, "claim\tverdict\nBees are endangered.\tfalse\n");
      const run = await cli(["--claims", bad], '{"id": 1, "text": "bees"}\n');
      expect(run.status).toBe(1);
      expect(run.stderr).toBe(
        `error: ${bad}: the first row must name the tab-separated columns "id" and "text" (and optionally "title"); it has "claim", "verdict".\n`,
      );
      expect(run.stdout).toBe("");
    },
  );

  it(
    "refuses a --top that is not a positive whole number, as a usage error",
    { timeout: RUN_TIMEOUT },
    async () => {
      const run = await cli(["--claims", claimsFile, "--top", "0"]);
      expect(run.status).toBe(2);
      expect(run.stderr).toMatch(/^error: --top must be a whole number from 1 to 100 \(got “0”\)\.\n/);
    },
  );
});
