import { afterAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/data/testing/temp-database";
import { failure } from "@/lib/data/testing/test-helpers";

// Sign-in, the throttle and sessions against a real, migrated SQLite database.
const database = createTempDatabase();
const { db } = await import("@/lib/db/client");
const { signInWithPassword } = await import("./sign-in-with-password");
const { findSessionUser } = await import("@/lib/data/sessions/find-session-user");
const { endSession, endUserSessions, signOutEverywhere } = await import("@/lib/data/sessions/end-sessions");

afterAll(async () => {
  await db.$disconnect();
  database.dispose();
});

const minute = 60_000;
const at = (ms: number) => new Date(Date.UTC(2026, 11, 1, 9, 0) + ms);
const attempt = (email: string, password: string, now: Date, address: string | null = "198.51.100.1") =>
  signInWithPassword({ email, password, address, now });

describe("signing in", () => {
  it("starts a session the cookie can name, records the sign-in, and reads the role from the user row", async () => {
    const signedIn = await attempt("Editor@Example.com", "editor-demo-pass", new Date());
    expect(signedIn).toMatchObject({ email: "editor@example.com", name: "Eddie Editor" });
    expect(await findSessionUser(signedIn!.sessionId)).toMatchObject({ role: "editor" });
    const user = await db.user.findUniqueOrThrow({ where: { email: "editor@example.com" } });
    expect(user.lastSignInAt).not.toBeNull();
    expect(
      await db.auditEvent.count({ where: { action: "user.signed_in", entityId: user.id } }),
    ).toBeGreaterThan(0);

    await db.user.update({ where: { id: user.id }, data: { role: "viewer" } });
    expect(await findSessionUser(signedIn!.sessionId)).toMatchObject({ role: "viewer" });
    await db.user.update({ where: { id: user.id }, data: { role: "editor" } });
  });

  it("a session ends with sign-out, with its user's deactivation and at its expiry", async () => {
    const first = await attempt("reviewer@example.com", "reviewer-demo-pass", new Date());
    await endSession(first!.sessionId);
    expect(await findSessionUser(first!.sessionId)).toBeNull();
    await endSession(first!.sessionId); // again: nothing changes, nothing fails

    const second = await attempt("reviewer@example.com", "reviewer-demo-pass", new Date());
    const user = await db.user.findUniqueOrThrow({ where: { email: "reviewer@example.com" } });
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await findSessionUser(second!.sessionId)).toBeNull();
    await db.user.update({ where: { id: user.id }, data: { disabledAt: null } });
    expect(await findSessionUser(second!.sessionId)).not.toBeNull();
    expect(await findSessionUser(second!.sessionId, new Date(Date.now() + 13 * 60 * minute))).toBeNull();
    expect(await findSessionUser("no-such-session")).toBeNull();
  });

  it("ending a user's sessions can keep the caller's own; signing out everywhere keeps none", async () => {
    const sessions: Array<{ id: string; sessionId: string }> = [];
    for (let i = 0; i < 3; i += 1)
      sessions.push((await attempt("viewer@example.com", "viewer-demo-pass", new Date()))!);
    const userId = sessions[0]!.id;
    const ended = await db.$transaction((tx) =>
      endUserSessions(tx, userId, "password_changed", { exceptSessionId: sessions[0]!.sessionId }),
    );
    expect(ended).toBe(2);
    expect(await findSessionUser(sessions[0]!.sessionId)).not.toBeNull();
    expect(await findSessionUser(sessions[1]!.sessionId)).toBeNull();
    const viewer = { id: userId, email: "viewer@example.com", name: "Vera Viewer", role: "viewer" as const };
    expect(await signOutEverywhere(viewer)).toEqual({ ended: 1 });
    expect(await findSessionUser(sessions[0]!.sessionId)).toBeNull();
  });
});

describe("the sign-in throttle", () => {
  it("lets five wrong passwords through, then blocks with a growing wait, whatever the password", async () => {
    const email = "admin@example.com";
    for (let i = 0; i < 5; i += 1) expect(await attempt(email, `wrong ${i}`, at(i))).toBeNull();
    const sixth = await failure(attempt(email, "wrong 5", at(5)));
    expect(sixth).toMatchObject({
      code: "RATE_LIMITED",
      message: "Too many attempts; try again in 1 minute.",
    });
    // Blocked: even the right password is refused, before it is checked.
    const right = await failure(attempt(email, "admin-demo-pass", at(30_000)));
    expect(right.message).toBe("Too many attempts; try again in 31 seconds.");
    // After the wait, one more wrong password doubles it.
    const seventh = await failure(attempt(email, "wrong 6", at(minute + 10)));
    expect(seventh.message).toBe("Too many attempts; try again in 2 minutes.");
    // After that wait, the right password works and clears the account's count.
    expect(await attempt(email, "admin-demo-pass", at(3 * minute + 20))).not.toBeNull();
    expect(await attempt(email, "wrong again", at(3 * minute + 30))).toBeNull();
  });

  it("answers an unknown email exactly as a known one: nothing tells whether an account exists", async () => {
    const outcomes = async (email: string, address: string) => {
      const seen: string[] = [];
      for (let i = 0; i < 8; i += 1) {
        const now = at(10 * minute + i);
        seen.push(
          await attempt(email, `guess ${i}`, now, address).then(
            () => "wrong",
            (e: Error) => e.message,
          ),
        );
      }
      return seen;
    };
    const known = await outcomes("editor@example.com", "198.51.100.20");
    const unknown = await outcomes("nobody-here@example.com", "198.51.100.21");
    expect(unknown).toEqual(known);
    expect(known.slice(4)).toEqual([
      "wrong",
      "Too many attempts; try again in 1 minute.",
      "Too many attempts; try again in 1 minute.",
      "Too many attempts; try again in 1 minute.",
    ]);
  });

  it("counts failures per address across accounts, and keeps them when one account signs in", async () => {
    const address = "203.0.113.99";
    for (let i = 0; i < 20; i += 1) {
      expect(await attempt(`spray-${i}@example.com`, "Winter2026!", at(20 * minute + i), address)).toBeNull();
    }
    const blocked = await failure(
      attempt("spray-20@example.com", "Winter2026!", at(20 * minute + 21), address),
    );
    expect(blocked.message).toBe("Too many attempts; try again in 1 minute.");
    // Another address is not affected.
    expect(
      await attempt("viewer@example.com", "viewer-demo-pass", at(20 * minute + 22), "203.0.113.100"),
    ).not.toBeNull();
    const rows = await db.signInThrottle.findUniqueOrThrow({ where: { key: `ip:${address}` } });
    expect(rows.failures).toBe(21);
  });
});
