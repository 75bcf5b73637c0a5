// The API's own costs on a real SQLite database: one page of the article
// list (plain, and filtered by a derived status that few articles have),
// authenticating a token, and building the OpenAPI document.
import { createBenchDatabase } from "./bench-database";
import { measureAsync, ms } from "./measure";

const ARTICLES = 2_000;
const CLAIMS_PER_ARTICLE = 10;

export async function benchmarkApi() {
  const database = createBenchDatabase();
  try {
    const { db } = await import("@/lib/db/client");
    const { listArticlesPage } = await import("@/lib/data/articles/list-articles-page");
    const { authenticateToken } = await import("@/lib/auth/authenticate-token");
    const { generateApiToken } = await import("@/lib/auth/api-token-secret");
    const { buildOpenApiDocument } = await import("@/lib/api/openapi/build-document");
    const { apiOperations } = await import("@/lib/api/openapi/operations");

    const editor = await db.user.findFirstOrThrow({ where: { role: "editor" } });
    const text = "The council approved a budget of 12 million euros on Monday. ".repeat(20);
    for (let batch = 0; batch < ARTICLES; batch += 200) {
      await db.$transaction(async (tx) => {
        for (let i = batch; i < batch + 200; i += 1) {
          const article = await tx.article.create({
            data: {
              title: `Bench article ${i}`,
              createdById: editor.id,
              createdAt: new Date(Date.UTC(2026, 0, 1) + i * 60_000),
              revisions: { create: { number: 1, text, createdById: editor.id } },
            },
          });
          // One article in a hundred has no claims yet: the rare "unchecked" status.
          if (i % 100 === 0) continue;
          await tx.claim.createMany({
            data: Array.from({ length: CLAIMS_PER_ARTICLE }, (_, c) => ({
              articleId: article.id,
              anchoredRevision: 1,
              exact: "budget",
              start: c * 61 + 33,
              end: c * 61 + 39,
              statement: `Claim ${c}`,
              createdById: editor.id,
            })),
          });
        }
      });
    }
    const actor = { id: editor.id, email: editor.email, name: editor.name, role: "editor" as const };
    console.log(`\nAPI on SQLite: ${ARTICLES.toLocaleString("en")} articles × ${CLAIMS_PER_ARTICLE} claims`);
    const plain = await measureAsync(() => listArticlesPage(actor, { limit: 20 }));
    console.log(`  GET /articles?limit=20 (first page): median ${ms(plain.median)}, p95 ${ms(plain.p95)}`);
    const full = await measureAsync(() => listArticlesPage(actor, { limit: 100 }));
    console.log(`  GET /articles?limit=100: median ${ms(full.median)}, p95 ${ms(full.p95)}`);
    const rare = await measureAsync(() => listArticlesPage(actor, { limit: 20, status: "unchecked" }), 5, 1);
    console.log(
      `  GET /articles?status=unchecked (20 matches in 2,000, scans everything): median ${ms(rare.median)}, p95 ${ms(rare.p95)}`,
    );
    const { tokenHash, token } = generateApiToken();
    await db.apiToken.create({ data: { userId: editor.id, name: "bench", tokenHash } });
    const auth = await measureAsync(() => authenticateToken(token), 200, 5);
    console.log(`  Token authentication: median ${ms(auth.median)}, p95 ${ms(auth.p95)}`);
    const started = performance.now();
    const document = buildOpenApiDocument(apiOperations);
    console.log(
      `  OpenAPI document: built in ${ms(performance.now() - started)} (${JSON.stringify(document).length.toLocaleString("en")} bytes; once per process)`,
    );
    await db.$disconnect();
  } finally {
    database.dispose();
  }
}
