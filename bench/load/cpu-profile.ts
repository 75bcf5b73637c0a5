/*
 * Where a server's CPU time went, from a V8 .cpuprofile (node --cpu-prof):
 * self time grouped by what ran it (Prisma's WASM engine, the SQLite driver,
 * React, Next.js, the app bundle, Node itself), and inclusive time of the
 * app bundle's functions, both per request. Only samples inside the
 * measured window count: V8 stamps samples with the monotonic clock that
 * process.hrtime reads, so the harness can name the window from outside.
 */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  requests: number;
  /** CPU milliseconds per request, busy (not idle) time. */
  busyPerRequest: number;
  idlePerRequest: number;
  groups: Array<{ group: string; msPerRequest: number }>;
}

/** The group a frame's self time belongs to, by the file it runs from. */
export function groupOf(frame: ProfileNode["callFrame"]): string {
  const { url, functionName } = frame;
  if (functionName === "(idle)") return "idle";
  if (functionName === "(garbage collector)") return "Garbage collection";
  if (functionName === "(program)" || (url === "" && functionName.startsWith("(")))
    return "V8 / native (program)";
  if (url.startsWith("wasm://") || url.includes("query_compiler") || url.includes("query_engine"))
    return "Prisma engine (WASM)";
  if (/node_modules\/(better-sqlite3|@prisma\/adapter-better-sqlite3)\//.test(url)) return "SQLite driver";
  // The statement counter wraps the driver's calls, so native SQLite time lands in its frames.
  if (url.endsWith("count-statements.cjs")) return "SQL driver calls (through the statement counter)";
  if (/node_modules\/(pg|pg-protocol|@prisma\/adapter-pg)\//.test(url)) return "PostgreSQL driver";
  if (/node_modules\/@prisma\//.test(url) || /lib\/db\/generated/.test(url)) return "Prisma client runtime";
  if (/node_modules\/next\/dist\/compiled\/(react|react-dom|react-server-dom)/.test(url))
    return "React rendering (SSR + RSC)";
  if (/node_modules\/next\//.test(url)) return "Next.js server";
  if (/\/server\/chunks\//.test(url) || /\/server\/app\//.test(url))
    return "App bundle (our code and bundled libraries)";
  if (url.startsWith("node:") || url === "") return "Node.js core (HTTP, streams, crypto)";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  return pkg ?? "Other";
}

/** Summary of `profile` over [fromMicros, toMicros] (monotonic clock), per request served in it. */
export function summarizeProfile(
  profile: CpuProfile,
  window: { from: number; to: number },
  requests: number,
): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const groups = new Map<string, number>();
  let time = profile.startTime;
  for (let i = 0; i < profile.samples.length; i += 1) {
    const delta = profile.timeDeltas[i] ?? 0;
    time += delta;
    if (time < window.from || time > window.to) continue;
    const node = byId.get(profile.samples[i]!);
    if (!node) continue;
    const group = groupOf(node.callFrame);
    groups.set(group, (groups.get(group) ?? 0) + delta);
  }
  const perRequest = (micros: number) => micros / 1000 / Math.max(1, requests);
  const idle = groups.get("idle") ?? 0;
  groups.delete("idle");
  const busy = [...groups.values()].reduce((sum, value) => sum + value, 0);
  return {
    requests,
    busyPerRequest: perRequest(busy),
    idlePerRequest: perRequest(idle),
    groups: [...groups.entries()]
      .map(([group, micros]) => ({ group, msPerRequest: perRequest(micros) }))
      .sort((a, b) => b.msPerRequest - a.msPerRequest),
  };
}

/** Markdown of a summary for bench/LOAD.md. */
export function renderProfile(summary: ProfileSummary, context: string): string {
  const ms = (value: number) => value.toFixed(2);
  return [
    `${context} ${summary.requests} requests; ${ms(summary.busyPerRequest)} ms of server CPU per request (plus ${ms(summary.idlePerRequest)} ms idle, waiting on I/O or the client).`,
    "",
    "| Where (self time) | ms per request |",
    "| --- | ---: |",
    ...summary.groups.map(({ group, msPerRequest }) => `| ${group} | ${ms(msPerRequest)} |`),
  ].join("\n");
}
