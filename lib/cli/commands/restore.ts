import { describeNewsroomData } from "@/lib/backup/newsroom-data";
import { restoreBackup } from "@/lib/backup/restore-backup";
import { databaseUrl, toolEnv } from "@/scripts/lib/env.mjs";
import { resolveUserPath, type CliIo } from "../cli-io";
import type { CliCommand } from "../parse-args";

type RestoreCommand = Extract<CliCommand, { name: "restore" }>;

/** `restore`: a backup back into the database DATABASE_URL names (see lib/backup/restore-backup.ts). */
export async function restore(command: RestoreCommand, io: CliIo): Promise<void> {
  await io.err("Stop the app before restoring: it must not write while its database is replaced.\n");
  const result = await restoreBackup({
    file: resolveUserPath(io, command.file),
    databaseUrl: databaseUrl(io.env),
    force: command.force,
    env: toolEnv(io.env),
    progress: (line) => io.err(`${line}\n`),
  });
  await io.out(
    `Restored ${describeNewsroomData(result.restored)} from ${command.file}. Start the app again (npm start).\n`,
  );
}
