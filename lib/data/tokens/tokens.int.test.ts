import { afterAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/data/testing/temp-database";
import { actor, failure } from "@/lib/data/testing/test-helpers";

// Integration tests against a real, migrated SQLite database.
const database = createTempDatabase();
const { db } = await import("@/lib/db/client");
const { authenticateToken } = await import("@/lib/auth/authenticate-token");
const { createApiToken } = await import("./create-api-token");
const { listApiTokens } = await import("./list-api-tokens");
const { revokeApiToken } = await import("./revoke-api-token");
const { createApiTokenSchema, MAX_ACTIVE_TOKENS } = await import("@/lib/schemas/api-token");

afterAll(async () => {
  await db.$disconnect();
  database.dispose();
});

const session = { via: "session" } as const;
const inDays = (days: number, from = new Date()) => new Date(from.getTime() + days * 86_400_000);

describe("personal access tokens in the database", () => {
  it("create returns the secret once and stores only its hash", async () => {
    const viewer = await actor("viewer@example.com");
    const { token, secret } = await createApiToken(viewer, { name: "Laptop script" }, session);
    expect(secret).toMatch(/^fca_[\w-]{43}$/);
    expect(token).toMatchObject({
      name: "Laptop script",
      expiresAt: null,
      lastUsedAt: null,
      state: "active",
    });
    expect(JSON.stringify(token)).not.toContain(secret);
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id: token.id } });
    expect(Object.values(stored).map(String)).not.toContain(secret);
    expect(stored.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    const listed = await listApiTokens(viewer);
    expect(JSON.stringify(listed)).not.toContain(secret);
    expect(JSON.stringify(listed)).not.toContain(stored.tokenHash);
    const events = await db.auditEvent.findMany({ where: { entityType: "token", entityId: token.id } });
    expect(events.map((e) => e.action)).toEqual(["token.created"]);
    expect(events[0]?.data).not.toContain(secret);
  });

  it("authenticates as its owner and records when it was last used", async () => {
    const reviewer = await actor("reviewer@example.com");
    const { token, secret } = await createApiToken(reviewer, { name: "CI" }, session);
    const now = new Date();
    const caller = await authenticateToken(secret, now);
    expect(caller).toEqual({ user: reviewer, tokenId: token.id });
    const [listed] = (await listApiTokens(reviewer)).filter((t) => t.id === token.id);
    expect(listed?.lastUsedAt).toBe(now.toISOString());
  });

  it("lists only the caller's own tokens, newest first, with their state", async () => {
    const editor = await actor("editor@example.com");
    const admin = await actor("admin@example.com");
    const start = new Date();
    const first = await createApiToken(editor, { name: "Old" }, { ...session, now: inDays(-2, start) });
    const second = await createApiToken(
      editor,
      { name: "Short-lived" },
      {
        ...session,
        now: inDays(-1, start),
      },
    );
    await db.apiToken.update({ where: { id: second.token.id }, data: { expiresAt: inDays(-0.5, start) } });
    const input = createApiTokenSchema.parse({ name: "  New  ", expiresAt: inDays(30).toISOString() });
    const third = await createApiToken(editor, input, session);
    await revokeApiToken(editor, first.token.id);
    const others = await createApiToken(admin, { name: "Admin's" }, session);
    const mine = new Set([first, second, third].map((created) => created.token.id));
    const tokens = (await listApiTokens(editor)).filter((token) => mine.has(token.id));
    expect((await listApiTokens(editor)).map((token) => token.id)).not.toContain(others.token.id);
    expect(tokens.map((t) => [t.name, t.state])).toEqual([
      ["New", "active"],
      ["Short-lived", "expired"],
      ["Old", "revoked"],
    ]);
    expect(tokens[0]?.id).toBe(third.token.id);
    expect(Object.keys(tokens[0] ?? {}).sort()).toEqual(
      ["createdAt", "expiresAt", "id", "lastUsedAt", "name", "revokedAt", "state"].sort(),
    );
  });

  it("a revoked token stops working; revoking again is fine", async () => {
    const editor = await actor("editor@example.com");
    const { token, secret } = await createApiToken(editor, { name: "To revoke" }, session);
    const revoked = await revokeApiToken(editor, token.id);
    expect(revoked.state).toBe("revoked");
    expect((await failure(authenticateToken(secret))).code).toBe("UNAUTHORIZED");
    const again = await revokeApiToken(editor, token.id);
    expect(again.revokedAt).toBe(revoked.revokedAt);
    const events = await db.auditEvent.findMany({ where: { entityId: token.id, action: "token.revoked" } });
    expect(events).toHaveLength(1);
  });

  it("an expired token is refused", async () => {
    const editor = await actor("editor@example.com");
    const { secret } = await createApiToken(
      editor,
      { name: "Expiring", expiresAt: inDays(1).toISOString() },
      session,
    );
    expect((await failure(authenticateToken(secret, inDays(2)))).code).toBe("UNAUTHORIZED");
  });

  it("nobody can revoke someone else's token: it is not found for them", async () => {
    const editor = await actor("editor@example.com");
    const viewer = await actor("viewer@example.com");
    const { token, secret } = await createApiToken(editor, { name: "Editor's" }, session);
    expect((await failure(revokeApiToken(viewer, token.id))).code).toBe("NOT_FOUND");
    expect((await failure(revokeApiToken(viewer, "no-such-token"))).code).toBe("NOT_FOUND");
    expect((await authenticateToken(secret)).user.id).toBe(editor.id);
  });

  it("refuses an expiry in the past with a field error", async () => {
    const editor = await actor("editor@example.com");
    const before = await db.apiToken.count();
    const error = await failure(
      createApiToken(editor, { name: "Past", expiresAt: inDays(-1).toISOString() }, session),
    );
    expect(error.code).toBe("VALIDATION");
    expect(error.details?.fields).toEqual({ expiresAt: "Choose an expiry in the future." });
    expect(await db.apiToken.count()).toBe(before);
  });

  it("a token cannot create another token", async () => {
    const editor = await actor("editor@example.com");
    const error = await failure(createApiToken(editor, { name: "Minted" }, { via: "token" }));
    expect(error).toMatchObject({ code: "FORBIDDEN", message: "Create tokens in the app, signed in." });
  });

  it("acts with its owner's current role, and not at all for a disabled owner", async () => {
    const reviewer2 = await actor("reviewer2@example.com");
    const { secret } = await createApiToken(reviewer2, { name: "Role follows" }, session);
    try {
      await db.user.update({ where: { id: reviewer2.id }, data: { role: "viewer" } });
      expect((await authenticateToken(secret)).user.role).toBe("viewer");
      await db.user.update({ where: { id: reviewer2.id }, data: { disabledAt: new Date() } });
      expect((await failure(authenticateToken(secret))).code).toBe("UNAUTHORIZED");
    } finally {
      await db.user.update({ where: { id: reviewer2.id }, data: { role: "reviewer", disabledAt: null } });
    }
  });

  it(`allows at most ${MAX_ACTIVE_TOKENS} active tokens; revoking one makes room`, async () => {
    const admin = await actor("admin@example.com");
    const active = await db.apiToken.count({ where: { userId: admin.id, revokedAt: null } });
    const made = [];
    for (let i = active; i < MAX_ACTIVE_TOKENS; i += 1) {
      made.push(await createApiToken(admin, { name: `Bulk ${i}` }, session));
    }
    expect((await failure(createApiToken(admin, { name: "One too many" }, session))).code).toBe("CONFLICT");
    await revokeApiToken(admin, made[0]!.token.id);
    expect((await createApiToken(admin, { name: "Room again" }, session)).token.state).toBe("active");
  });
});
