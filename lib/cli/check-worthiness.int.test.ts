import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/data/testing/temp-database";
import { runCliProcess } from "./testing/cli-process";

// `check-worthiness` as people run it in a pipe: a real subprocess
// (tsx scripts/cli.ts), JSON lines in and out. --article reads a seeded
// temporary database. Each run starts tsx, seconds on 2 cores.
const database = createTempDatabase();
const { db } = await import("@/lib/db/client");

const RUN_TIMEOUT = 60_000;
const cli = (args: string[], input = "") =>
  runCliProcess(["check-worthiness", ...args], { input, env: { DATABASE_URL: database.url } });

type Scored = { id: unknown; score: number };
const linesOf = (stdout: string) =>
  stdout
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown>);

let articleId: string;
let articleText: string;

beforeAll(async () => {
  const article = await db.article.findFirstOrThrow({ orderBy: { createdAt: "asc" } });
  articleId = article.id;
  const revision = await db.articleRevision.findUniqueOrThrow({
    where: { articleId_number: { articleId, number: article.revision } },
  });
  articleText = revision.text;
});

afterAll(async () => {
  await db.$disconnect();
  database.dispose();
});

describe("npm run cli -- check-worthiness", () => {
  it(
    "scores JSON lines from stdin in order, echoing string and number ids, skipping blank lines",
    { timeout: RUN_TIMEOUT },
    async () => {
      const input = [
        { id: "a", text: "Unemployment fell to 3.5 per cent in 2024, the lowest since 1969." },
        { id: 2, text: "Thank you all for coming tonight." },
        {
          id: "c-3",
          text: "The U.S. spent $877 billion on defence, more than the next nine countries combined.",
        },
      ]
        .map((line) => JSON.stringify(line))
        .join("\n\n");
      const run = await cli([], `${input}\n`);
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      const scored = linesOf(run.stdout) as Scored[];
      expect(scored.map((line) => line.id)).toEqual(["a", 2, "c-3"]);
      for (const { score } of scored) {
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
      }
      // A statistic is more worth checking than a greeting.
      expect(scored[0]!.score).toBeGreaterThan(scored[1]!.score);
    },
  );

  it(
    "stops at a line that is not JSON, naming it, after writing the lines before it",
    { timeout: RUN_TIMEOUT },
    async () => {
      const run = await cli([], '{"id": 1, "text": "Prices rose 4%."}\n\n{"id": 2, "text": \nnever read\n');
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/^error: line 3: not JSON: .+\n$/);
      expect((linesOf(run.stdout) as Scored[]).map((line) => line.id)).toEqual([1]);
    },
  );

  it("refuses a line without a string text, naming it", { timeout: RUN_TIMEOUT }, async () => {
    const run = await cli([], '{"id": 1, "sentence": "Prices rose 4%."}\n');
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('error: line 1: needs a string "text"\n');
    expect(run.stdout).toBe("");
  });

  it(
    "--article prints the stored article's sentences with offsets that slice its text",
    { timeout: RUN_TIMEOUT },
    async () => {
      const run = await cli(["--article", articleId]);
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      const sentences = linesOf(run.stdout) as Array<{
        n: number;
        start: number;
        end: number;
        text: string;
        score: number;
      }>;
      expect(sentences.length).toBeGreaterThan(5);
      expect(sentences.map((sentence) => sentence.n)).toEqual(sentences.map((_, index) => index + 1));
      for (const sentence of sentences) {
        expect(articleText.slice(sentence.start, sentence.end)).toBe(sentence.text);
        expect(sentence.score).toBeGreaterThanOrEqual(0);
        expect(sentence.score).toBeLessThanOrEqual(1);
      }
      expect(sentences[0]!.text).toBe(articleText.slice(0, sentences[0]!.end));
    },
  );

  it("--article with an unknown id says so and exits 1", { timeout: RUN_TIMEOUT }, async () => {
    const run = await cli(["--article", "no-such-article"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe("error: No article with the id “no-such-article”; `articles` lists them.\n");
    expect(run.stdout).toBe("");
  });
});
