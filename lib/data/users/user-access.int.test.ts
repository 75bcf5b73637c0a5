import { afterAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/data/testing/temp-database";
import { actor, failure } from "@/lib/data/testing/test-helpers";
import { freshUser, giveAccess, STRONG_PASSWORD, versionOf } from "./testing/user-fixtures";

// Role changes, renames, deactivation, resets and token revocation, against
// a real migrated SQLite database. Every test works on fresh accounts.
const database = createTempDatabase();
const { db } = await import("@/lib/db/client");
const { updateUser } = await import("./update-user");
const { revokeUserTokens } = await import("./revoke-user-tokens");
const { issuePasswordReset } = await import("./issue-password-reset");
const { listUserActivity } = await import("./list-user-activity");
const { listUsers } = await import("./list-users");
const { getUser } = await import("./get-user");
const { findSessionUser } = await import("@/lib/data/sessions/find-session-user");
const { findUserForSignIn } = await import("./find-user-for-sign-in");
const { findUsableAccountLink } = await import("@/lib/data/account-links/use-account-link");

afterAll(async () => {
  await db.$disconnect();
  database.dispose();
});

const origin = { origin: "https://desk.example.org" };
const auditCount = () => db.auditEvent.count();
const sessionEnded = async (sessionId: string) => (await findSessionUser(sessionId)) === null;
const tokenRevoked = async (tokenId: string) =>
  (await db.apiToken.findUniqueOrThrow({ where: { id: tokenId } })).revokedAt !== null;

describe("changing an account", () => {
  it("a role change ends the user's sessions at once; the new role applies to the next one", async () => {
    const admin = await freshUser("admin");
    const reviewer = await freshUser("reviewer");
    const { sessionId, tokenId } = await giveAccess(reviewer.id);
    const user = await updateUser(admin, reviewer.id, { version: 1, role: "viewer" });
    expect(user).toMatchObject({ role: "viewer", version: 2, activeSessions: 0, activeTokens: 1 });
    expect(await sessionEnded(sessionId)).toBe(true);
    expect(await tokenRevoked(tokenId)).toBe(false);
    const session = await db.session.findUniqueOrThrow({ where: { id: sessionId } });
    expect(session.endReason).toBe("role_changed");
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityId: reviewer.id, action: "user.role_changed" },
    });
    expect(event.actorId).toBe(admin.id);
    expect(JSON.parse(event.data)).toMatchObject({ from: "reviewer", to: "viewer", endedSessions: 1 });
  });

  it("deactivation ends sessions and blocks sign-in; reactivation lets the user back in", async () => {
    const admin = await freshUser("admin");
    const editor = await freshUser("editor");
    const { sessionId } = await giveAccess(editor.id);
    const off = await updateUser(admin, editor.id, { version: 1, active: false });
    expect(off).toMatchObject({ state: "deactivated", activeSessions: 0 });
    expect(await sessionEnded(sessionId)).toBe(true);
    expect(await findUserForSignIn(editor.email, STRONG_PASSWORD)).toBeNull();
    const on = await updateUser(admin, editor.id, { version: off.version, active: true });
    expect(on).toMatchObject({ state: "active", version: 3 });
    expect(await findUserForSignIn(editor.email, STRONG_PASSWORD)).toMatchObject({ id: editor.id });
    const actions = await db.auditEvent.findMany({ where: { entityId: editor.id }, orderBy: { at: "asc" } });
    expect(actions.map((event) => event.action)).toEqual([
      "user.signed_in",
      "user.deactivated",
      "user.reactivated",
    ]);
  });

  it("a rename keeps the sessions; a request that changes nothing writes nothing", async () => {
    const admin = await freshUser("admin");
    const viewer = await freshUser("viewer", "Val Viewer");
    const { sessionId } = await giveAccess(viewer.id);
    const renamed = await updateUser(admin, viewer.id, { version: 1, name: "  Valerie Viewer " });
    expect(renamed).toMatchObject({ name: "Valerie Viewer", version: 2, activeSessions: 1 });
    expect(await sessionEnded(sessionId)).toBe(false);
    const before = await auditCount();
    const same = await updateUser(admin, viewer.id, {
      version: 2,
      name: "Valerie Viewer",
      role: "viewer",
      active: true,
    });
    expect(same.version).toBe(2);
    expect(await auditCount()).toBe(before);
  });

  it("a stale version is CONFLICT with the current account, and changes nothing", async () => {
    const admin = await freshUser("admin");
    const reviewer = await freshUser("reviewer");
    await updateUser(admin, reviewer.id, { version: 1, name: "Renamed Once" });
    const error = await failure(updateUser(admin, reviewer.id, { version: 1, role: "editor" }));
    expect(error.code).toBe("CONFLICT");
    expect(error.details?.current).toMatchObject({
      id: reviewer.id,
      name: "Renamed Once",
      role: "reviewer",
      version: 2,
    });
    expect(await versionOf(reviewer.id)).toBe(2);
  });

  it("an admin cannot demote or deactivate themself", async () => {
    const admin = await freshUser("admin");
    const demote = await failure(updateUser(admin, admin.id, { version: 1, role: "editor" }));
    expect(demote).toMatchObject({
      code: "CONFLICT",
      message: "You cannot take away your own admin role. Ask another admin to do it.",
    });
    const deactivate = await failure(updateUser(admin, admin.id, { version: 1, active: false }));
    expect(deactivate.message).toBe("You cannot deactivate your own account. Ask another admin to do it.");
    expect(await db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({
      role: "admin",
      disabledAt: null,
      version: 1,
    });
    expect((await updateUser(admin, admin.id, { version: 1, name: "Still Admin" })).name).toBe("Still Admin");
  });

  it("the last active admin can never be demoted or deactivated", async () => {
    // Every admin but two fresh ones is deactivated; they then demote each other at once,
    // each still holding the admin session it had: the second must fail.
    const first = await freshUser("admin");
    const second = await freshUser("admin");
    await db.user.updateMany({
      where: { role: "admin", id: { notIn: [first.id, second.id] } },
      data: { disabledAt: new Date() },
    });
    try {
      await updateUser(first, second.id, { version: 1, role: "editor" });
      const error = await failure(updateUser(second, first.id, { version: 1, role: "editor" }));
      expect(error).toMatchObject({
        code: "CONFLICT",
        message: "This is the last active admin: make someone else an admin before you demote this account.",
      });
      const deactivate = await failure(updateUser(second, first.id, { version: 1, active: false }));
      expect(deactivate.message).toMatch(
        /^This is the last active admin: .* before you deactivate this account\.$/,
      );
      expect(await db.user.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({
        role: "admin",
        disabledAt: null,
      });
    } finally {
      await db.user.updateMany({
        where: { email: { endsWith: "@example.com" } },
        data: { disabledAt: null },
      });
    }
  });

  it.each(["editor@example.com", "reviewer@example.com", "viewer@example.com"])(
    "%s may not change, reset or revoke anything, and nothing is written",
    async (email) => {
      const who = await actor(email);
      const target = await freshUser("reviewer");
      const { sessionId, tokenId } = await giveAccess(target.id);
      const before = await auditCount();
      for (const attempt of [
        updateUser(who, target.id, { version: 1, role: "admin" }),
        revokeUserTokens(who, target.id),
        issuePasswordReset(who, target.id, origin),
        listUserActivity(who, target.id),
        listUsers(who),
        getUser(who, target.id),
      ]) {
        expect((await failure(attempt)).code).toBe("FORBIDDEN");
      }
      expect(await auditCount()).toBe(before);
      expect(await db.user.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({
        role: "reviewer",
        version: 1,
      });
      expect(await sessionEnded(sessionId)).toBe(false);
      expect(await tokenRevoked(tokenId)).toBe(false);
      expect(await db.accountLink.count({ where: { userId: target.id } })).toBe(0);
    },
  );

  it("an unknown user is NOT_FOUND", async () => {
    const admin = await freshUser("admin");
    expect((await failure(updateUser(admin, "nobody", { version: 1, name: "X" }))).code).toBe("NOT_FOUND");
    expect((await failure(revokeUserTokens(admin, "nobody"))).code).toBe("NOT_FOUND");
    expect((await failure(issuePasswordReset(admin, "nobody", origin))).code).toBe("NOT_FOUND");
  });
});

describe("an admin's password reset", () => {
  it("makes the old password fail at once, ends sessions, revokes tokens and returns a single-use link", async () => {
    const admin = await freshUser("admin");
    const target = await freshUser("reviewer");
    const { sessionId, tokenId } = await giveAccess(target.id);
    const first = await issuePasswordReset(admin, target.id, origin);
    expect(first).toMatchObject({ emailed: false, endedSessions: 1, revokedTokens: 1 });
    expect(await findUserForSignIn(target.email, STRONG_PASSWORD)).toBeNull();
    expect(await sessionEnded(sessionId)).toBe(true);
    expect(await tokenRevoked(tokenId)).toBe(true);
    const url = new URL(first.link!.url);
    expect(url.origin).toBe("https://desk.example.org");
    expect(url.pathname).toMatch(/^\/reset-password\/fcl_[\w-]{43}$/);
    const hours = (Date.parse(first.link!.expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(23.9);
    expect(hours).toBeLessThanOrEqual(24);

    // A second reset withdraws the first link.
    const second = await issuePasswordReset(admin, target.id, origin);
    const secret = (link: string) => decodeURIComponent(new URL(link).pathname.split("/").pop()!);
    expect(await findUsableAccountLink(secret(first.link!.url), "password_reset")).toBeNull();
    expect(await findUsableAccountLink(secret(second.link!.url), "password_reset")).toMatchObject({
      userId: target.id,
    });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityId: target.id, action: "user.password_reset_link" },
    });
    expect(event.data).not.toContain("fcl_");
  });

  it("an admin resets others only", async () => {
    const admin = await freshUser("admin");
    expect(await failure(issuePasswordReset(admin, admin.id, origin))).toMatchObject({
      code: "CONFLICT",
      message: "To change your own password, use Account settings.",
    });
  });
});

describe("revoking a user's tokens and reading their activity", () => {
  it("revokes every working token, keeps the sessions, and says how many", async () => {
    const admin = await freshUser("admin");
    const target = await freshUser("editor");
    const first = await giveAccess(target.id);
    await giveAccess(target.id);
    expect(await revokeUserTokens(admin, target.id)).toEqual({ revoked: 2 });
    expect(await tokenRevoked(first.tokenId)).toBe(true);
    expect(await sessionEnded(first.sessionId)).toBe(false);
    const before = await auditCount();
    expect(await revokeUserTokens(admin, target.id)).toEqual({ revoked: 0 });
    expect(await auditCount()).toBe(before);
    expect((await getUser(admin, target.id)).activeTokens).toBe(0);
  });

  it("lists what the user did and what was done to them, newest first, in sentences", async () => {
    const admin = await freshUser("admin", "Ada Admin Two");
    const target = await freshUser("reviewer", "Rob Reviewer");
    await giveAccess(target.id);
    await updateUser(admin, target.id, { version: 1, role: "editor" });
    await revokeUserTokens(admin, target.id);
    const events = await listUserActivity(admin, target.id, { limit: 10 });
    expect(events.map((event) => event.summary)).toEqual([
      "Ada Admin Two revoked Rob Reviewer’s 1 API token",
      "Ada Admin Two changed Rob Reviewer’s role from reviewer to editor, ending 1 session",
      "Rob Reviewer signed in",
    ]);
    expect(events[0]).toMatchObject({
      action: "user.tokens_revoked",
      actor: { id: admin.id, name: "Ada Admin Two" },
    });
    expect(await listUserActivity(admin, target.id, { limit: 1 })).toHaveLength(1);
  });
});
