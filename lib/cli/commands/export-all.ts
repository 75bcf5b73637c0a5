import { createWriteStream, type WriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { AppError } from "@/lib/errors/app-error";
import { exportNewsroom, type ExportProgress } from "@/lib/newsroom-export/export-newsroom";
import { resolveUserPath, type CliIo } from "../cli-io";
import type { CliCommand } from "../parse-args";
import { UsageError } from "../usage-error";

type ExportAllCommand = Extract<CliCommand, { name: "export-all" }>;

/**
 * `export-all`: the whole newsroom as one JSON document, to --out or to a
 * pipe (`| gzip`). A file is written under a temporary name and renamed at
 * the end, so a failed export never leaves a half file that looks whole.
 */
export async function exportAll(command: ExportAllCommand, io: CliIo): Promise<void> {
  if (command.out === undefined && io.isStdoutTerminal)
    throw new UsageError(
      "Write the export to a file with --out newsroom.json, or pipe it (| gzip > newsroom.json.gz).",
    );
  const progress = (step: ExportProgress) => reportProgress(io, step);
  if (command.out === undefined) {
    await exportNewsroom({ write: (text) => io.out(text), onProgress: progress });
    return;
  }
  const target = resolveUserPath(io, command.out);
  const partial = `${target}.partial`;
  const stream = createWriteStream(partial, { encoding: "utf8" });
  let bytes = 0;
  try {
    const header = await exportNewsroom({
      write: (text) => {
        bytes += Buffer.byteLength(text);
        return writeTo(stream, text);
      },
      onProgress: progress,
    });
    await new Promise<void>((resolve, reject) =>
      stream.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
    await rename(partial, target);
    const { users, articles, claims, auditEvents } = header.counts;
    await io.err(
      `Wrote ${target} (${bytes.toLocaleString("en")} bytes): ${users} users, ${articles} articles, ${claims} claims, ${auditEvents} audit events.\n` +
        "It holds password and token hashes: keep it as safe as a backup.\n",
    );
  } catch (error) {
    stream.destroy();
    await rm(partial, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code) throw new AppError("BAD_REQUEST", `Cannot write ${target} (${code}).`);
    throw error;
  }
}

/** One line per table, and one per 10,000 rows of the big ones. */
async function reportProgress(io: CliIo, { section, done, total }: ExportProgress): Promise<void> {
  if (done === total) await io.err(`  ${section}: ${total.toLocaleString("en")}\n`);
  else if (done % 10_000 === 0)
    await io.err(`  ${section}: ${done.toLocaleString("en")} of ${total.toLocaleString("en")}…\n`);
}

function writeTo(stream: WriteStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (error: Error) => reject(error);
    stream.once("error", onError);
    const settle = () => {
      stream.off("error", onError);
      resolve();
    };
    if (stream.write(text)) settle();
    else stream.once("drain", settle);
  });
}
