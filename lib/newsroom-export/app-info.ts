import { readFileSync } from "node:fs";
import path from "node:path";
import type { Tx } from "@/lib/db/client";
import { currentProvider } from "@/lib/db/dialect";
import { projectRoot } from "@/scripts/lib/env.mjs";
import type { ExportHeader } from "./newsroom-export-schema";

/** Which app, release and schema wrote an export: for the reader, and for support when one fails to load. */
export async function appInfo(tx: Tx): Promise<ExportHeader["app"]> {
  const pkg = JSON.parse(readFileSync(path.join(projectRoot, "package.json"), "utf8")) as {
    name: string;
    version: string;
  };
  const [latest] = await tx.$queryRawUnsafe<Array<{ migration_name: string }>>(
    "SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name DESC LIMIT 1",
  );
  return {
    name: pkg.name,
    version: pkg.version,
    migration: latest?.migration_name ?? "unknown",
    database: currentProvider(),
  };
}
