// `npm run bench:load -- --busy` runs this instead of the load tables: the
// busiest article bench:seed makes (1,000 claims in every review state) as
// an editor sees it, one request at a time: the page's time, its HTML, and
// the RSC payload a refresh after marking a claim downloads.
import { writeFileSync } from "node:fs";
import { demoUsers } from "@/lib/auth/demo-accounts";
import type { ThrowawayDatabase } from "./database";
import { runBenchSeed } from "./database";
import { withDb } from "./fixtures";
import { newAuthSecret, startInstance } from "./server";
import { signIn } from "./session";

const SAMPLES = 15;
const CLAIMS = 1_000;

export async function measureBusyArticle(database: ThrowawayDatabase): Promise<string> {
  runBenchSeed(database.url, database.dataDir, ["--articles", "1", "--claims", String(CLAIMS), "--migrated"]);
  const article = await withDb(database.url, (db) =>
    db.article.findFirstOrThrow({
      orderBy: { claims: { _count: "desc" } },
      select: { id: true, _count: { select: { claims: true } } },
    }),
  );
  const server = await startInstance({
    databaseUrl: database.url,
    dataDir: database.dataDir,
    authSecret: newAuthSecret(),
  });
  try {
    const editor = demoUsers.find((user) => user.key === "editor")!;
    const cookie = await signIn(server.url, editor.email, editor.password);
    const page = `${server.url}/articles/${article.id}`;
    const get = async (headers: Record<string, string>) => {
      const started = performance.now();
      const response = await fetch(page, { headers: { cookie, ...headers } });
      const body = await response.text();
      if (!response.ok) throw new Error(`the busy article page answered ${response.status}`);
      if (process.env.BENCH_BUSY_DUMP)
        writeFileSync(`${process.env.BENCH_BUSY_DUMP}.${headers.rsc ? "rsc" : "html"}`, body);
      return {
        ms: performance.now() - started,
        bytes: Buffer.byteLength(body),
        scripts: inlineScriptBytes(body),
      };
    };
    // What router.refresh() asks for: the RSC payload of the current route.
    const rsc = { rsc: "1" };
    const html: number[] = [];
    const flight: number[] = [];
    let sizes = { html: 0, rsc: 0, scripts: 0 };
    for (let i = 0; i < SAMPLES + 2; i += 1) {
      const page = await get({});
      const payload = await get(rsc);
      sizes = { html: page.bytes, rsc: payload.bytes, scripts: page.scripts };
      if (i < 2) continue; // warm-up
      html.push(page.ms);
      flight.push(payload.ms);
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const kib = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
    return [
      `Article with ${article._count.claims.toLocaleString("en")} claims, as an editor, median of ${SAMPLES}:`,
      "",
      "| Request | Median ms | Size |",
      "| --- | ---: | ---: |",
      `| The page (HTML) | ${median(html).toFixed(0)} | ${kib(sizes.html)}, of which ${kib(sizes.scripts)} inline scripts (the RSC payload for hydration) |`,
      `| A refresh (RSC payload) | ${median(flight).toFixed(0)} | ${kib(sizes.rsc)} |`,
    ].join("\n");
  } finally {
    await server.stop();
  }
}

/** Bytes of the page inside inline <script> elements. */
function inlineScriptBytes(html: string): number {
  let bytes = 0;
  for (const match of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g))
    bytes += Buffer.byteLength(match[1]!);
  return bytes;
}
