// Which database a DATABASE_URL names, and the PostgreSQL schema derived from
// the one set of models in prisma/schema.prisma. The models are written once,
// for SQLite; the PostgreSQL schema differs only in its provider and in where
// its client is generated, so it is derived (never edited) at install time.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "./env.mjs";

/** "sqlite" for `file:` URLs, "postgresql" for `postgres://` and `postgresql://`. */
export function providerOf(url) {
  if (/^file:/.test(url)) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  throw new Error(
    `DATABASE_URL must start with file: (SQLite) or postgres:// / postgresql:// (PostgreSQL); got "${url.split(":")[0]}:…".`,
  );
}

/** The file a `file:` DATABASE_URL names (SQLite), as Prisma reads it. */
export function sqliteFileOf(url) {
  return url.replace(/^file:/, "");
}

export const schemaPaths = {
  sqlite: path.join(projectRoot, "prisma", "schema.prisma"),
  postgresql: path.join(projectRoot, "prisma", "postgresql", "schema.prisma"),
};

export const migrationsPaths = {
  sqlite: path.join(projectRoot, "prisma", "migrations"),
  postgresql: path.join(projectRoot, "prisma", "postgresql", "migrations"),
};

/** The schema the committed PostgreSQL migrations produce; db:new-migration diffs from it. */
export const migratedPostgresSchemaPath = path.join(
  projectRoot,
  "prisma",
  "postgresql",
  "migrated-schema.prisma",
);

/** The PostgreSQL twin of an SQLite schema text: same models, other provider and client folder. */
export function toPostgresSchema(sqliteSchema) {
  const swaps = [
    [/provider\s*=\s*"sqlite"/, 'provider = "postgresql"'],
    [/output\s*=\s*"\.\.\/lib\/db\/generated"/, 'output     = "../../lib/db/generated-postgresql"'],
  ];
  let text = sqliteSchema;
  for (const [pattern, replacement] of swaps) {
    if (!pattern.test(text))
      throw new Error(`prisma/schema.prisma no longer matches ${pattern}: update scripts/lib/providers.mjs.`);
    text = text.replace(pattern, replacement);
  }
  return `// GENERATED from prisma/schema.prisma by scripts/lib/providers.mjs: do not edit.\n${text}`;
}

/** Writes prisma/postgresql/schema.prisma from prisma/schema.prisma; returns its path. */
export function writePostgresSchema() {
  writeFileSync(schemaPaths.postgresql, toPostgresSchema(readFileSync(schemaPaths.sqlite, "utf8")));
  return schemaPaths.postgresql;
}
