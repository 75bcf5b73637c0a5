import { open } from "node:fs/promises";
import { AppError } from "@/lib/errors/app-error";

/** What a file offered for restoring is, read from its first bytes. */
export type BackupFileKind = "sqlite" | "postgresql" | "postgresql-plain" | "unknown";

const SQLITE_HEADER = "SQLite format 3\u0000";
/** pg_dump's custom format (--format=custom) starts with these five bytes. */
const PG_CUSTOM_HEADER = "PGDMP";
const HEADER_BYTES = 64;

/** Pure: the kind of file these first bytes start. */
export function kindOfHeader(header: Uint8Array): BackupFileKind {
  const text = Buffer.from(header).toString("latin1");
  if (text.startsWith(SQLITE_HEADER)) return "sqlite";
  if (text.startsWith(PG_CUSTOM_HEADER)) return "postgresql";
  // pg_dump's plain format, which pg_restore cannot read.
  if (/^--\s*\n--\s*PostgreSQL database dump/.test(text)) return "postgresql-plain";
  return "unknown";
}

/** Reads the start of the file; a missing or unreadable file is an error that names it. */
export async function readBackupFileKind(file: string): Promise<BackupFileKind> {
  const handle = await open(file, "r").catch((error: NodeJS.ErrnoException) => {
    const reason = error.code === "ENOENT" ? "there is no such file" : (error.code ?? error.message);
    throw new AppError("NOT_FOUND", `Cannot read the backup ${file}: ${reason}.`);
  });
  try {
    const header = new Uint8Array(HEADER_BYTES);
    const { bytesRead } = await handle.read(header, 0, HEADER_BYTES, 0);
    return kindOfHeader(header.subarray(0, bytesRead));
  } finally {
    await handle.close();
  }
}
