import { afterAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/data/testing/temp-database";
import { importHoneyBees, newApprovedClaim } from "@/lib/data/archive/testing/archive-fixtures";
import { runCliProcess } from "./testing/cli-process";

// `match-claims` without --claims: the app's own archive, through a real subprocess on a real database.
const database = createTempDatabase();
const { db } = await import("@/lib/db/client");

afterAll(async () => {
  await db.$disconnect();
  database.dispose();
});

describe("npm run cli -- match-claims (the archive)", () => {
  it("matches against approved claims and imported fact-checks", { timeout: 60_000 }, async () => {
    const { claimId } = await newApprovedClaim(); // "5,000 troops were sent."
    const factCheck = await importHoneyBees();
    const input = [
      { id: "q1", text: "Were 5,000 troops really sent by the ministry?" },
      { id: "q2", text: "honey bees are endangered now, it's official" },
    ]
      .map((line) => JSON.stringify(line))
      .join("\n");
    const run = await runCliProcess(["match-claims", "--top", "1"], {
      input: `${input}\n`,
      env: { DATABASE_URL: database.url },
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const answers = run.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { id: string; matches: { id: string; score: number }[] });
    expect(answers.map((a) => [a.id, a.matches.map((m) => m.id)])).toEqual([
      ["q1", [`claim:${claimId}`]],
      ["q2", [`fact-check:${factCheck.id}`]],
    ]);
  });
});
