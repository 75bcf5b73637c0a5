import { describe, expect, it, vi } from "vitest";
import { AppError } from "@/lib/errors/app-error";
import { EXIT_FAILURE, EXIT_OK, EXIT_USAGE, runCli } from "./run-cli";
import { fakeIo } from "./testing/fake-io";

// None of these reach a command, so no database is needed: prepareDatabase
// stands in for everything that runs after parsing.
describe("runCli without a database", () => {
  it.each([[[]], [["help"]], [["--help"]], [["import", "--help"]]])(
    "%j prints the usage and succeeds",
    async (argv) => {
      const { io, output } = fakeIo();
      const prepareDatabase = vi.fn();
      expect(await runCli(argv, io, { prepareDatabase })).toBe(EXIT_OK);
      expect(output.stdout).toMatch(/^Usage: npm run cli -- <command>/);
      for (const command of [
        "import",
        "articles",
        "export",
        "create-user",
        "reset-password",
        "users",
        "deactivate",
        "reactivate",
        "check-worthiness",
        "help",
      ]) {
        expect(output.stdout).toContain(`\n  ${command}`);
      }
      expect(output.stderr).toBe("");
      expect(prepareDatabase).not.toHaveBeenCalled();
    },
  );

  it.each([
    [["publish"], "error: Unknown command: publish."],
    [["articles", "--verbose"], "error: articles: Unknown option '--verbose'."],
    [["export", "a1"], "error: export needs --format."],
  ])("%j is a usage error: exit 2, the message and the usage on stderr", async (argv, message) => {
    const { io, output } = fakeIo();
    const prepareDatabase = vi.fn();
    expect(await runCli(argv, io, { prepareDatabase })).toBe(EXIT_USAGE);
    expect(output.stderr.split("\n")[0]).toBe(message);
    expect(output.stderr).toContain("Usage: npm run cli");
    expect(output.stdout).toBe("");
    expect(prepareDatabase).not.toHaveBeenCalled();
  });

  it("a domain error is one line on stderr and exit 1", async () => {
    const { io, output } = fakeIo();
    const prepareDatabase = () => {
      throw new AppError("NOT_FOUND", "That article does not exist.");
    };
    expect(await runCli(["articles"], io, { prepareDatabase })).toBe(EXIT_FAILURE);
    expect(output.stderr).toBe("error: That article does not exist.\n");
  });

  it("an unexpected error is exit 1 too, with a hint to see the details", async () => {
    const { io, output } = fakeIo();
    const prepareDatabase = () => {
      throw new Error("Database setup failed: migrate deploy");
    };
    expect(await runCli(["articles"], io, { prepareDatabase })).toBe(EXIT_FAILURE);
    expect(output.stderr).toBe("error: Database setup failed: migrate deploy (set DEBUG=1 for details)\n");
  });
});

describe("check-worthiness from stdin", () => {
  it("scores each line without preparing the database, and stops at a bad line", async () => {
    const lines = ['{"id": 7, "text": "Prices rose 4% in May."}', "", "{oops"];
    const { io, output } = fakeIo({
      readStdinLines: async function* () {
        yield* lines;
      },
    });
    const prepareDatabase = vi.fn();
    expect(await runCli(["check-worthiness"], io, { prepareDatabase })).toBe(EXIT_FAILURE);
    expect(prepareDatabase).not.toHaveBeenCalled();
    const [line, ...rest] = output.stdout.split("\n");
    expect(rest).toEqual([""]);
    const scored = JSON.parse(line ?? "") as { id: unknown; score: number };
    expect(scored.id).toBe(7);
    expect(scored.score).toBeGreaterThanOrEqual(0);
    expect(scored.score).toBeLessThanOrEqual(1);
    expect(output.stderr).toMatch(/^error: line 3: not JSON: /);
  });
});
