// `npm run bench:load -- --roles [--archive]` runs this instead of the load
// tables: the sample article page, one request at a time, as each demo role,
// median of 20 interleaved requests. What differs between roles is the
// header's "My work" count (viewers have none), so reviewer ÷ viewer shows
// whether a page's cost still depends on the archive's open work.
import { demoUsers } from "@/lib/auth/demo-accounts";
import type { ThrowawayDatabase } from "./database";
import { loadFixtures } from "./fixtures";
import { newAuthSecret, startInstance } from "./server";
import { signIn } from "./session";

const ROLES = ["viewer", "reviewer", "editor", "admin"] as const;
const SAMPLES = 20;

export async function measureRoles(database: ThrowawayDatabase): Promise<string> {
  const fixtures = await loadFixtures(database.url);
  const server = await startInstance({
    databaseUrl: database.url,
    dataDir: database.dataDir,
    authSecret: newAuthSecret(),
  });
  try {
    const cookies = new Map<string, string>();
    for (const role of ROLES) {
      const user = demoUsers.find((candidate) => candidate.key === role)!;
      cookies.set(role, await signIn(server.url, user.email, user.password));
    }
    const page = `${server.url}/articles/${fixtures.articleId}`;
    const times = new Map<string, number[]>(ROLES.map((role) => [role, []]));
    for (let i = 0; i < SAMPLES + 2; i += 1) {
      for (const role of ROLES) {
        const started = performance.now();
        const response = await fetch(page, { headers: { cookie: cookies.get(role)! } });
        await response.arrayBuffer();
        if (!response.ok) throw new Error(`${role}: the article page answered ${response.status}`);
        if (i >= 2) times.get(role)!.push(performance.now() - started); // two warm-up rounds
      }
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const viewer = median(times.get("viewer")!);
    const lines = ["| Role | Median ms | ÷ viewer |", "| --- | ---: | ---: |"];
    for (const role of ROLES) {
      const ms = median(times.get(role)!);
      lines.push(`| ${role} | ${ms.toFixed(1)} | ${(ms / viewer).toFixed(2)}× |`);
    }
    return lines.join("\n");
  } finally {
    await server.stop();
  }
}
