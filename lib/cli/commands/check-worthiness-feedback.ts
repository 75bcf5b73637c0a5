import { rename, rm, writeFile } from "node:fs/promises";
import { findActingUser } from "@/lib/data/users/find-acting-user";
import { exportFeedback } from "@/lib/data/suggestions/export-feedback";
import { AppError } from "@/lib/errors/app-error";
import { resolveUserPath, type CliIo } from "../cli-io";

/** `check-worthiness-feedback [--out FILE] [--as EMAIL]`, as parse-args reads it. */
type FeedbackCommand = { out?: string; as?: string };

/**
 * `check-worthiness-feedback`: editors' accepted, marked and rejected
 * sentences as the training TSV, to --out or standard output, for
 * `npm run train:check-worthiness -- --extra FILE`. Acts as --as (default:
 * the first admin), who must be an editor or admin. A file is written under
 * a temporary name and renamed, so a failed run never leaves half a file.
 */
export async function checkWorthinessFeedback(command: FeedbackCommand, io: CliIo): Promise<void> {
  const { rows, tsv } = await exportFeedback(await findActingUser(command.as));
  if (command.out === undefined) return io.out(tsv);
  const target = resolveUserPath(io, command.out);
  const partial = `${target}.partial`;
  try {
    await writeFile(partial, tsv, "utf8");
    await rename(partial, target);
  } catch (error) {
    await rm(partial, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code) throw new AppError("BAD_REQUEST", `Cannot write ${target} (${code}).`);
    throw error;
  }
  const yes = rows.filter((row) => row.label === "Yes").length;
  await io.err(
    `Wrote ${target}: ${rows.length} labelled sentences (${yes} Yes, ${rows.length - yes} No).\n` +
      `Retrain with: npm run train:check-worthiness -- --extra ${command.out}\n`,
  );
}
