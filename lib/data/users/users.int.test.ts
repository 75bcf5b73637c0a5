import { afterAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/data/testing/temp-database";
import { actor, failure } from "@/lib/data/testing/test-helpers";
import { createUserSchema, resetPasswordSchema } from "@/lib/schemas/user";
import { giveAccess } from "./testing/user-fixtures";

// Integration tests against a real, migrated SQLite database.
const database = createTempDatabase();
const { db } = await import("@/lib/db/client");
const { createUser } = await import("./create-user");
const { resetPassword } = await import("./reset-password");
const { findActingUser } = await import("./find-acting-user");
const { findUserForSignIn } = await import("./find-user-for-sign-in");

afterAll(async () => {
  await db.$disconnect();
  database.dispose();
});

const newUser = (email: string) =>
  createUserSchema.parse({
    email,
    name: "Sam Checker",
    role: "reviewer",
    password: "a long enough passphrase",
  });

describe("user accounts", () => {
  it("an admin creates a user who can sign in; the audit trail names the admin and holds no password", async () => {
    const admin = await actor("admin@example.com");
    const user = await createUser(admin, newUser(" Sam@Example.org "));
    expect(user).toMatchObject({
      email: "sam@example.org",
      name: "Sam Checker",
      role: "reviewer",
      state: "active",
      version: 1,
      activeTokens: 0,
      lastSignInAt: null,
    });
    expect(await findUserForSignIn("SAM@example.org", "a long enough passphrase")).toMatchObject({
      id: user.id,
    });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityId: user.id, action: "user.created" },
    });
    expect(event.actorId).toBe(admin.id);
    expect(event.data).not.toContain("passphrase");
  });

  it("refuses an email that is taken, whatever its case", async () => {
    const admin = await actor("admin@example.com");
    const error = await failure(createUser(admin, newUser("EDITOR@example.com")));
    expect(error).toMatchObject({
      code: "CONFLICT",
      message: "A user with the email editor@example.com already exists.",
    });
  });

  it.each(["editor@example.com", "reviewer@example.com", "viewer@example.com"])(
    "%s may not manage users",
    async (email) => {
      const who = await actor(email);
      expect((await failure(createUser(who, newUser(`by-${email}`)))).code).toBe("FORBIDDEN");
      const reset = resetPasswordSchema.parse({ email: "admin@example.com", password: "taken over at last" });
      expect((await failure(resetPassword(who, reset))).code).toBe("FORBIDDEN");
      expect(await db.user.count({ where: { email: `by-${email}` } })).toBe(0);
    },
  );

  it("resets a password: the old one stops working at once, sessions end and tokens are revoked", async () => {
    const admin = await actor("admin@example.com");
    const target = await db.user.findUniqueOrThrow({ where: { email: "reviewer2@example.com" } });
    const { sessionId, tokenId } = await giveAccess(target.id);
    const result = await resetPassword(
      admin,
      resetPasswordSchema.parse({ email: "Reviewer2@example.com", password: "brand new passphrase" }),
    );
    expect(await findUserForSignIn("reviewer2@example.com", "reviewer2-demo-pass")).toBeNull();
    expect(await findUserForSignIn("reviewer2@example.com", "brand new passphrase")).not.toBeNull();
    expect(result).toMatchObject({ id: target.id, endedSessions: 1, revokedTokens: 1 });
    expect((await db.session.findUniqueOrThrow({ where: { id: sessionId } })).endReason).toBe(
      "password_reset",
    );
    expect((await db.apiToken.findUniqueOrThrow({ where: { id: tokenId } })).revokedAt).not.toBeNull();
    const unknown = resetPasswordSchema.parse({
      email: "nobody@example.com",
      password: "brand new passphrase",
    });
    expect(await failure(resetPassword(admin, unknown))).toMatchObject({
      code: "NOT_FOUND",
      message: "No user has the email nobody@example.com.",
    });
  });

  it("the acting user is the one named, else the oldest admin", async () => {
    expect(await findActingUser()).toMatchObject({ email: "admin@example.com", role: "admin" });
    expect(await findActingUser(" Editor@Example.com")).toMatchObject({
      email: "editor@example.com",
      role: "editor",
    });
    expect((await failure(findActingUser("ghost@example.com"))).code).toBe("NOT_FOUND");
    await db.user.update({ where: { email: "viewer@example.com" }, data: { disabledAt: new Date() } });
    expect((await failure(findActingUser("viewer@example.com"))).code).toBe("FORBIDDEN");
  });
});

describe("user schemas", () => {
  it.each([
    [{ email: "not-an-email" }, "email", "Give a valid email address, like name@example.com."],
    [{ name: "   " }, "name", "Give the user's name."],
    [{ name: "x".repeat(101) }, "name", "Keep the name to 100 characters or fewer."],
    [{ role: "owner" }, "role", "Choose a role: admin, editor, reviewer, viewer."],
    [{ password: "eleven char" }, "password", "The password must be at least 12 characters long."],
    [{ password: "x".repeat(1025) }, "password", "The password must be at most 1024 characters long."],
  ])("refuses %j", (change, field, message) => {
    const input = { email: "a@example.com", name: "A", role: "viewer", password: "twelve chars", ...change };
    const result = createUserSchema.safeParse(input);
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      [field, message],
    ]);
  });
});
