import { readFile } from "node:fs/promises";
import { parseClaimsTsv } from "@/lib/claim-matching/claims-file";
import { buildMatchIndex, matchClaim, type MatchEntry } from "@/lib/claim-matching/match-index";
import { AppError } from "@/lib/errors/app-error";
import { resolveUserPath, type CliIo } from "../cli-io";
import { readIdTextLines } from "../id-text-lines";

/** What `match-claims` needs from its command line: `--claims FILE.tsv` and `--top N` (default 5). */
export type MatchClaimsOptions = { claimsFile?: string; top: number };

/**
 * `match-claims [--claims FILE.tsv] [--top N]`: the claims of FILE.tsv (without it, the app's archive) are indexed once, then each JSON line
 * {"id", "text"} on stdin gets one line {"id", "matches": [{"id", "score"}, …]} best first, as it is read.
 * A bad line stops the run (exit 1) after the lines before it were written, naming the line to fix.
 */
export async function matchClaims(command: MatchClaimsOptions, io: CliIo): Promise<void> {
  if (command.claimsFile === undefined) {
    // The app's own archive: approved claims ("claim:{id}") and imported fact-checks ("fact-check:{id}").
    const { loadArchiveEntries } = await import("@/lib/data/archive/archive-index");
    await matchQueryLines(await loadArchiveEntries(), command.top, io);
    return;
  }
  const file = resolveUserPath(io, command.claimsFile);
  const content = await readFile(file, "utf8").catch((error: NodeJS.ErrnoException) => {
    throw new AppError(
      "NOT_FOUND",
      error.code === "ENOENT"
        ? `No file at ${file}; check the --claims path.`
        : `Cannot read ${file} (${error.code ?? error.message}).`,
    );
  });
  await matchQueryLines(parseClaimsTsv(content, command.claimsFile), command.top, io);
}

/** The command's core over any set of claims (a file, or the app's archive). Blank lines are skipped. */
export async function matchQueryLines(entries: readonly MatchEntry[], top: number, io: CliIo): Promise<void> {
  const index = buildMatchIndex(entries);
  for await (const { id, text } of readIdTextLines(io, { nonEmpty: true })) {
    const matches = matchClaim(index, text, top).map((match) => ({
      id: match.id,
      score: Number(match.score.toFixed(6)),
    }));
    await io.out(`${JSON.stringify({ id: id ?? null, matches })}\n`);
  }
}
