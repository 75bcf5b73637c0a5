import { AppError } from "@/lib/errors/app-error";
import type { CliIo } from "./cli-io";
import { parseCommandLine, type CliCommand } from "./parse-args";
import { usageText } from "./usage";
import { UsageError } from "./usage-error";

export const EXIT_OK = 0;
/** The command ran and failed: a domain error (not found, forbidden, conflict…) or an unexpected one. */
export const EXIT_FAILURE = 1;
/** The command line was wrong: unknown command, bad or missing flags. */
export const EXIT_USAGE = 2;

/**
 * Commands that must see the database exactly as it is: preparing it would
 * migrate a database the running (older) app still uses before backing it
 * up, or seed the target of a restore before its emptiness is checked.
 * They open and migrate it themselves.
 */
const usesDatabaseAsItIs: ReadonlySet<CliCommand["name"]> = new Set(["backup", "restore"]);

/** Scoring or matching from stdin against files needs no database, so a pipeline never waits for a migration. */
const needsNoDatabase = (command: CliCommand) =>
  (command.name === "check-worthiness" && command.articleId === undefined) ||
  (command.name === "match-claims" && command.claimsFile !== undefined);

export interface RunCliOptions {
  /** Runs before the first command that needs the database (not for `help` or usage errors). */
  prepareDatabase: () => void | Promise<void>;
}

/** Parses argv, runs the command and returns the exit status; never throws. */
export async function runCli(argv: readonly string[], io: CliIo, options: RunCliOptions): Promise<number> {
  let command: CliCommand;
  try {
    command = parseCommandLine(argv);
  } catch (error) {
    return reportFailure(error, io);
  }
  if (command.name === "help") {
    await io.out(usageText);
    return EXIT_OK;
  }
  try {
    if (!usesDatabaseAsItIs.has(command.name) && !needsNoDatabase(command)) await options.prepareDatabase();
    // Imported only now: the commands load the Prisma client, which opens
    // the database file as it loads, so the database must be ready first
    // (and `help` stays quick).
    const { runCommand } = await import("./commands");
    await runCommand(command, io);
    return EXIT_OK;
  } catch (error) {
    return reportFailure(error, io);
  }
}

/** One line on stderr (plus the usage for a usage error) and the matching exit status. */
async function reportFailure(error: unknown, io: CliIo): Promise<number> {
  if (error instanceof UsageError) {
    await io.err(`error: ${error.message}\n\n${usageText}`);
    return EXIT_USAGE;
  }
  if (error instanceof AppError) {
    await io.err(`error: ${error.message}\n`);
    return EXIT_FAILURE;
  }
  // A bug or an outage, not the user's doing: the stack helps whoever debugs it.
  const message =
    error instanceof Error ? (io.env.DEBUG ? (error.stack ?? error.message) : error.message) : String(error);
  await io.err(`error: ${message}${io.env.DEBUG ? "" : " (set DEBUG=1 for details)"}\n`);
  return EXIT_FAILURE;
}
