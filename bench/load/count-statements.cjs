/* eslint-disable @typescript-eslint/no-require-imports -- a `node --require` preload is CommonJS */
// Preloaded into a bench:load server (node --require) to count and time the
// SQL statements it runs, at the driver, without touching the app: wraps
// better-sqlite3's prepare and statement execution, and pg's Client#query.
// On exit, writes [startMicros, durationMicros, kind, sql] entries (monotonic
// clock, as process.hrtime) to BENCH_STATEMENT_LOG.
const { writeFileSync } = require("node:fs");

const entries = [];
const now = () => Number(process.hrtime.bigint() / 1000n);
const record = (kind, sql, start) => entries.push([start, now() - start, kind, String(sql).slice(0, 300)]);

try {
  const Database = require("better-sqlite3");
  const prepare = Database.prototype.prepare;
  Database.prototype.prepare = function (sql, ...rest) {
    const start = now();
    try {
      return prepare.call(this, sql, ...rest);
    } finally {
      record("prepare", sql, start);
    }
  };
  const probe = new Database(":memory:");
  const Statement = Object.getPrototypeOf(prepare.call(probe, "SELECT 1"));
  for (const method of ["run", "get", "all"]) {
    const original = Statement[method];
    Statement[method] = function (...args) {
      const start = now();
      try {
        return original.apply(this, args);
      } finally {
        record("execute", this.source, start);
      }
    };
  }
  probe.close();
} catch {
  // No SQLite driver in this process.
}

try {
  const pg = require("pg");
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (config, ...rest) {
    const start = now();
    const sql = typeof config === "string" ? config : config?.text;
    const result = query.call(this, config, ...rest);
    if (result && typeof result.then === "function") {
      result.then(
        () => record("execute", sql, start),
        () => record("execute", sql, start),
      );
    } else {
      record("execute", sql, start);
    }
    return result;
  };
} catch {
  // No PostgreSQL driver in this process.
}

process.on("exit", () => {
  if (process.env.BENCH_STATEMENT_LOG)
    writeFileSync(process.env.BENCH_STATEMENT_LOG, JSON.stringify(entries));
});
