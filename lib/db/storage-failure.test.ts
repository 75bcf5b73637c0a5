import { describe, expect, it, vi } from "vitest";
import { storageFailureMessage, storageFailureOf, unlessStorageFails } from "./storage-failure";

class SqliteError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

describe("storageFailureOf", () => {
  it.each([
    ["better-sqlite3, disk full", new SqliteError("database or disk is full", "SQLITE_FULL"), "disk_full"],
    [
      "better-sqlite3, read-only file",
      new SqliteError("attempt to write a readonly database", "SQLITE_READONLY_DBMOVED"),
      "read_only",
    ],
    [
      "Prisma's adapter error, SQLite extended code",
      Object.assign(new Error("x"), { cause: { kind: "sqlite", extendedCode: 1032, message: "?" } }),
      "read_only",
    ],
    [
      "Prisma's adapter error, PostgreSQL read-only transaction",
      Object.assign(new Error("cannot execute UPDATE in a read-only transaction"), {
        cause: { kind: "postgres", code: "25006", originalCode: "25006" },
      }),
      "read_only",
    ],
    [
      "Prisma's raw query error (P2010), PostgreSQL disk full",
      Object.assign(new Error("Raw query failed."), {
        code: "P2010",
        meta: { driverAdapterError: { name: "DriverAdapterError", cause: { originalCode: "53100" } } },
      }),
      "disk_full",
    ],
    ["a message only", new Error('could not extend file "base/1/2": No space left on device'), "disk_full"],
  ])("%s → %s", (_, error, failure) => {
    expect(storageFailureOf(error)).toBe(failure);
  });

  it.each([
    ["a constraint violation", Object.assign(new Error("Unique constraint failed"), { code: "P2002" })],
    ["a lost connection", Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" })],
    ["not an error", "database or disk"],
    [
      "a cycle of causes",
      (() => {
        const a: { cause?: unknown } = {};
        a.cause = { cause: a };
        return a;
      })(),
    ],
  ])("%s → null", (_, error) => {
    expect(storageFailureOf(error)).toBeNull();
  });
});

describe("storageFailureMessage", () => {
  it("says nothing was saved, that reading works, and what an admin must do", () => {
    expect(storageFailureMessage("disk_full")).toBe(
      "The change was not saved: the database's disk is full. Reading still works. An administrator must free disk space or enlarge the volume; then try again.",
    );
    expect(storageFailureMessage("read_only")).toMatch(
      /^The change was not saved: the database is read-only\./,
    );
  });
});

describe("unlessStorageFails", () => {
  it("returns the fallback when storage refuses the write, and warns once", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const full = () => Promise.reject(new SqliteError("database or disk is full", "SQLITE_FULL"));
    expect(await unlessStorageFails(full, 0)).toBe(0);
    expect(await unlessStorageFails(full, 7)).toBe(7);
    expect(warn).toHaveBeenCalledTimes(1);
    warn.mockRestore();
  });

  it("passes results and every other error through", async () => {
    expect(await unlessStorageFails(() => Promise.resolve("saved"), "fallback")).toBe("saved");
    await expect(unlessStorageFails(() => Promise.reject(new Error("boom")), null)).rejects.toThrow("boom");
  });
});
