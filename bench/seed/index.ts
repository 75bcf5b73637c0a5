// `npm run bench:seed`: fills the database DATABASE_URL names (SQLite or
// PostgreSQL; default data/app.db) with an archive of real-text articles and
// claims in every review state, by bulk inserts. Migrates first.
// Usage: npm run bench:seed -- [--articles 10000] [--claims 300000] [--unreviewed]
//   --unreviewed  every claim still waits for a verdict (bench:load's write targets)
//   --migrated    skip migrating and seeding the defaults (bench:load, while its server runs)
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { prepareDatabase } from "@/scripts/lib/database.mjs";
import { databaseUrl, toolEnv } from "@/scripts/lib/env.mjs";
import { loadSentences } from "./article-texts";
import { buildBatch, planClaimCounts, type ArchivePlan } from "./build-batch";
import { insertBatch } from "./insert-batch";
import { seededRandom } from "./seeded-random";

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "10000" },
    claims: { type: "string", default: "300000" },
    unreviewed: { type: "boolean", default: false },
    migrated: { type: "boolean", default: false },
  },
});
const articles = Number(values.articles);
const claims = Number(values.claims);
if (!Number.isInteger(articles) || articles < 1 || !Number.isInteger(claims) || claims < 0) {
  console.error("usage: npm run bench:seed -- [--articles N] [--claims N] [--unreviewed] [--migrated]");
  process.exit(1);
}
/** Articles per transaction: about 3,000 claims with their verdicts and reviews. */
const BATCH = Math.max(1, Math.floor(3_000 / Math.max(1, claims / articles)));

process.env.DATABASE_URL = databaseUrl();
if (!values.migrated) prepareDatabase(toolEnv(process.env), { quiet: true });
const { db } = await import("@/lib/db/client");
const { getSettings } = await import("@/lib/data/settings/get-settings");
const { hashPassword } = await import("@/lib/auth/password");

try {
  const started = performance.now();
  const random = seededRandom(articles * 31 + claims);
  const passwordHash = await hashPassword(randomUUID());
  const person = async (email: string, name: string, role: string) =>
    (await db.user.upsert({ where: { email }, update: {}, create: { email, name, role, passwordHash } })).id;
  const editorIds = await Promise.all(
    [1, 2, 3].map((n) => person(`bench-editor-${n}@bench.example`, `Bench Editor ${n}`, "editor")),
  );
  const reviewerIds: string[] = [];
  for (let n = 1; n <= 6; n += 1)
    reviewerIds.push(await person(`bench-reviewer-${n}@bench.example`, `Bench Reviewer ${n}`, "reviewer"));
  const sourceIds: string[] = [];
  for (let n = 1; n <= 40; n += 1) {
    const url = `https://data.bench.example/release/${n}`;
    sourceIds.push(
      (
        await db.source.upsert({
          where: { url },
          update: {},
          create: { url, title: `Statistical release ${n}`, publisher: "Bench Statistics Office" },
        })
      ).id,
    );
  }
  const ratings = (
    await db.rating.findMany({ where: { retiredAt: null }, orderBy: { position: "asc" } })
  ).map(({ key, id }) => ({ key, id }));
  const rules = { approvalThreshold: (await getSettings()).approvalThreshold };
  const { sentences, source } = loadSentences();
  const plan: ArchivePlan = {
    claimCounts: planClaimCounts(articles, claims, random),
    profileOf: (index) =>
      values.unreviewed
        ? "unreviewed"
        : index % 10 === 3
          ? "finished"
          : index % 10 === 7
            ? "contested"
            : "mixed",
  };
  console.log(
    `Seeding ${articles.toLocaleString("en")} articles, ${claims.toLocaleString("en")} claims (text from ${source}), ${BATCH} articles per transaction`,
  );
  const totals = { claims: 0, verdicts: 0, reviews: 0 };
  let inserting = 0;
  for (let from = 0; from < articles; from += BATCH) {
    const to = Math.min(articles, from + BATCH);
    const rows = buildBatch(plan, from, to, {
      pool: sentences,
      people: { editorIds, reviewerIds },
      ratings,
      sourceIds,
      rules,
      random,
    });
    const built = performance.now();
    await insertBatch(db, rows);
    inserting += performance.now() - built;
    totals.claims += rows.claims.length;
    totals.verdicts += rows.verdicts.length;
    totals.reviews += rows.reviews.length;
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `  ${to.toLocaleString("en")}/${articles.toLocaleString("en")} articles, ${totals.claims.toLocaleString("en")} claims, ` +
        `${totals.verdicts.toLocaleString("en")} verdicts, ${totals.reviews.toLocaleString("en")} reviews ` +
        `(${seconds.toFixed(1)} s, ${Math.round(totals.claims / seconds).toLocaleString("en")} claims/s, ${(inserting / 1000).toFixed(1)} s of it inserting)`,
    );
  }
  console.log(`Done in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
} finally {
  await db.$disconnect();
}
