import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { AppError } from "@/lib/errors/app-error";
import { importNewsroom } from "@/lib/newsroom-export/import-newsroom";
import { resolveUserPath, type CliIo } from "../cli-io";
import type { CliCommand } from "../parse-args";

type ImportAllCommand = Extract<CliCommand, { name: "import-all" }>;

/** `import-all`: an export-all file into this (empty) database; see importNewsroom. */
export async function importAll(command: ImportAllCommand, io: CliIo): Promise<void> {
  const file = resolveUserPath(io, command.file);
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
    throw new AppError(
      "NOT_FOUND",
      error.code === "ENOENT"
        ? `No file at ${file}.`
        : `Cannot read ${file} (${error.code ?? error.message}).`,
    );
  });
  if (info.isDirectory()) throw new AppError("BAD_REQUEST", `${file} is a folder: name an export-all file.`);
  const header = await importNewsroom({
    open: () => createReadStream(file, { encoding: "utf8", highWaterMark: 1 << 20 }),
    onProgress: async ({ phase, section, done, total }) => {
      if (done === total || done % 10_000 === 0)
        await io.err(
          `  ${phase} ${section}: ${done.toLocaleString("en")}${done === total ? "" : ` of ${total.toLocaleString("en")}…`}\n`,
        );
    },
  });
  const { users, articles, claims, auditEvents } = header.counts;
  await io.out(
    `Imported ${users} users, ${articles} articles, ${claims} claims and ${auditEvents} audit events ` +
      `(exported ${header.exportedAt} from ${header.app.database}, ${header.app.name} ${header.app.version}).\n`,
  );
}
