import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/data/testing/temp-database";
import { failure } from "@/lib/data/testing/test-helpers";

// Changing one's own password, completing a reset and signing out everywhere,
// against a real, migrated SQLite database. Each test makes its own user.
const database = createTempDatabase();
const { db } = await import("@/lib/db/client");
const { hashPassword } = await import("@/lib/auth/password");
const { startSession } = await import("@/lib/data/sessions/start-session");
const { findSessionUser } = await import("@/lib/data/sessions/find-session-user");
const { signOutEverywhere } = await import("@/lib/data/sessions/end-sessions");
const { countActiveSessions } = await import("@/lib/data/sessions/active-sessions");
const { createAccountLink } = await import("@/lib/data/account-links/create-account-link");
const { findUserForSignIn } = await import("./find-user-for-sign-in");
const { signInWithPassword } = await import("@/lib/data/sign-in/sign-in-with-password");
const { changeOwnPassword } = await import("./change-own-password");
const { completePasswordReset, findPasswordResetTarget } = await import("./complete-password-reset");

afterAll(async () => {
  await db.$disconnect();
  database.dispose();
});

const oldPassword = "quiet harbour lanterns at dusk";
const newPassword = "seven amber kites over Lisbon";
const unusable =
  "This link is not valid any more: it may have been used already, withdrawn or expired. Ask an admin for a new one.";

/** A fresh reviewer with `sessions` browser sessions. */
async function freshUser(sessions = 1) {
  const email = `self-${randomUUID().slice(0, 8)}@example.org`;
  const user = await db.user.create({
    data: { email, name: "Morgan Quill", role: "reviewer", passwordHash: await hashPassword(oldPassword) },
  });
  const sessionIds: string[] = [];
  for (let i = 0; i < sessions; i += 1) sessionIds.push((await startSession(user)).sessionId);
  const sessionUser = { id: user.id, email, name: user.name, role: "reviewer" as const };
  const caller = { user: sessionUser, via: "session" as const, sessionId: sessionIds[0]! };
  return { user: sessionUser, caller, sessionIds };
}

const live = async (sessionIds: string[]) =>
  Promise.all(sessionIds.map(async (id) => (await findSessionUser(id)) !== null));
const storedHash = async (id: string) => (await db.user.findUniqueOrThrow({ where: { id } })).passwordHash;
const auditCount = (entityId: string, action: string) => db.auditEvent.count({ where: { entityId, action } });

describe("changing one's own password", () => {
  it("ends the user's other sessions, keeps this one, and records it", async () => {
    const { user, caller, sessionIds } = await freshUser(3);
    expect(await changeOwnPassword(caller, { currentPassword: oldPassword, newPassword })).toEqual({
      endedSessions: 2,
    });
    expect(await live(sessionIds)).toEqual([true, false, false]);
    expect(await findUserForSignIn(user.email, oldPassword)).toBeNull();
    expect(await findUserForSignIn(user.email, newPassword)).toMatchObject({ id: user.id });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityId: user.id, action: "user.password_changed" },
    });
    expect(event.actorId).toBe(user.id);
    expect(JSON.parse(event.data)).toMatchObject({ endedSessions: 2 });
    expect(event.data).not.toContain("amber");
  });

  it("a wrong current password is a field error, counted by the throttle, and changes nothing", async () => {
    const { user, caller, sessionIds } = await freshUser(2);
    const before = await storedHash(user.id);
    const error = await failure(changeOwnPassword(caller, { currentPassword: "not it at all", newPassword }));
    expect(error).toMatchObject({
      code: "VALIDATION",
      details: { fields: { currentPassword: "That is not your current password." } },
    });
    expect(await storedHash(user.id)).toBe(before);
    expect(await live(sessionIds)).toEqual([true, true]);
    expect(await auditCount(user.id, "user.password_changed")).toBe(0);
    const row = await db.signInThrottle.findUniqueOrThrow({ where: { key: `account:${user.email}` } });
    expect(row.failures).toBe(1);
    // The right one clears the count.
    await changeOwnPassword(caller, { currentPassword: oldPassword, newPassword });
    expect(await db.signInThrottle.count({ where: { key: `account:${user.email}` } })).toBe(0);
  });

  it("cannot be used to guess the password without limit: it blocks like sign-in, for sign-in too", async () => {
    const { user, caller } = await freshUser();
    const at = (ms: number) => new Date(Date.now() + ms);
    for (let i = 0; i < 5; i += 1) {
      const wrong = await failure(
        changeOwnPassword(caller, { currentPassword: `guess ${i}`, newPassword }, at(i)),
      );
      expect(wrong.code).toBe("VALIDATION");
    }
    const sixth = await failure(
      changeOwnPassword(caller, { currentPassword: "guess 5", newPassword }, at(5)),
    );
    expect(sixth).toMatchObject({
      code: "RATE_LIMITED",
      message: "Too many attempts; try again in 1 minute.",
    });
    // While blocked, even the right password is refused before it is checked, here and at sign-in.
    const right = await failure(
      changeOwnPassword(caller, { currentPassword: oldPassword, newPassword }, at(10)),
    );
    expect(right.code).toBe("RATE_LIMITED");
    const signIn = await failure(
      signInWithPassword({ email: user.email, password: oldPassword, address: null, now: at(20) }),
    );
    expect(signIn.code).toBe("RATE_LIMITED");
    expect(await findUserForSignIn(user.email, oldPassword)).not.toBeNull();
  });

  it.each([
    ["a weak password", "password1234", /too easy to guess/],
    ["one with the user's name", "morgan quill rides again", /email address or your name/],
    ["the current password", oldPassword, /this one is your current password/],
  ])("refuses %s as the new one, under fields.newPassword", async (_name, candidate, problem) => {
    const { user, caller, sessionIds } = await freshUser(2);
    const before = await storedHash(user.id);
    const error = await failure(
      changeOwnPassword(caller, { currentPassword: oldPassword, newPassword: candidate }),
    );
    expect(error.code).toBe("VALIDATION");
    expect((error.details?.fields as Record<string, string>).newPassword).toMatch(problem);
    expect(await storedHash(user.id)).toBe(before);
    expect(await live(sessionIds)).toEqual([true, true]);
  });

  it("refuses token callers, before looking at the passwords", async () => {
    const { user, caller } = await freshUser();
    const error = await failure(
      changeOwnPassword(
        { user: caller.user, via: "token" },
        { currentPassword: "wrong anyway", newPassword },
      ),
    );
    expect(error).toMatchObject({
      code: "FORBIDDEN",
      message: "Change your password in the app, signed in.",
    });
    expect(await db.signInThrottle.count({ where: { key: `account:${user.email}` } })).toBe(0);
  });

  it("two changes racing from one old password: exactly one wins", async () => {
    const { user, caller } = await freshUser();
    const outcomes = await Promise.allSettled([
      changeOwnPassword(caller, { currentPassword: oldPassword, newPassword }),
      changeOwnPassword(caller, { currentPassword: oldPassword, newPassword: "ninety paper boats drifting" }),
    ]);
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
    expect(await auditCount(user.id, "user.password_changed")).toBe(1);
    const won = outcomes[0]!.status === "fulfilled" ? newPassword : "ninety paper boats drifting";
    expect(await findUserForSignIn(user.email, won)).not.toBeNull();
  });
});

/** A password reset link for `userId`, as an admin would issue it. */
async function resetLink(
  userId: string,
  options: { now?: Date; purpose?: "password_reset" | "invite" } = {},
) {
  return db.$transaction((tx) =>
    createAccountLink(tx, { purpose: options.purpose ?? "password_reset", userId, now: options.now }),
  );
}

describe("completing a password reset", () => {
  it("sets the password, ends every session, uses the link up and records it", async () => {
    const { user, sessionIds } = await freshUser(2);
    const { secret, id: linkId } = await resetLink(user.id);
    const spare = await resetLink(user.id);
    expect(await findPasswordResetTarget(secret)).toEqual({
      id: user.id,
      email: user.email,
      name: user.name,
    });

    expect(await completePasswordReset({ token: secret, password: newPassword })).toEqual({
      user: { id: user.id, email: user.email },
    });
    expect(await live(sessionIds)).toEqual([false, false]);
    expect(await countActiveSessions(user.id)).toBe(0);
    expect(await findUserForSignIn(user.email, newPassword)).not.toBeNull();
    expect(await findUserForSignIn(user.email, oldPassword)).toBeNull();
    expect((await db.accountLink.findUniqueOrThrow({ where: { id: linkId } })).usedAt).not.toBeNull();
    // Any other reset link for the same account is withdrawn.
    expect(await findPasswordResetTarget(spare.secret)).toBeNull();
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityId: user.id, action: "user.password_reset_completed" },
    });
    expect(event.actorId).toBe(user.id);
    expect(event.data).not.toContain("amber");
  });

  it("answers a used, expired, withdrawn, unknown or wrong-purpose link with one message", async () => {
    const { user } = await freshUser();
    const used = await resetLink(user.id);
    await completePasswordReset({ token: used.secret, password: newPassword });
    const expired = await resetLink(user.id, { now: new Date(Date.now() - 25 * 60 * 60_000) });
    const withdrawn = await resetLink(user.id);
    await db.accountLink.update({ where: { id: withdrawn.id }, data: { revokedAt: new Date() } });
    const invite = await resetLink(user.id, { purpose: "invite" });
    const secrets = [used.secret, expired.secret, withdrawn.secret, "fcl_no-such-link", invite.secret];
    const before = await storedHash(user.id);
    for (const token of secrets) {
      expect(await findPasswordResetTarget(token)).toBeNull();
      const error = await failure(completePasswordReset({ token, password: "another fine passphrase" }));
      expect(error).toMatchObject({ code: "NOT_FOUND", message: unusable });
    }
    expect(await storedHash(user.id)).toBe(before);
  });

  it("refuses a link for a deactivated account the same way", async () => {
    const { user } = await freshUser();
    const { secret } = await resetLink(user.id);
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await findPasswordResetTarget(secret)).toBeNull();
    expect(await failure(completePasswordReset({ token: secret, password: newPassword }))).toMatchObject({
      code: "NOT_FOUND",
      message: unusable,
    });
  });

  it("refuses a weak password under fields.password and leaves the link usable", async () => {
    const { user } = await freshUser();
    const { secret } = await resetLink(user.id);
    const error = await failure(completePasswordReset({ token: secret, password: user.email }));
    expect(error.details).toEqual({
      fields: { password: "The password must not contain your email address or your name." },
    });
    expect(await findPasswordResetTarget(secret)).not.toBeNull();
  });

  it("two completions racing on one link: one wins, the other gets the one message", async () => {
    const { user } = await freshUser();
    const { secret } = await resetLink(user.id);
    const passwords = [newPassword, "ninety paper boats drifting"];
    const outcomes = await Promise.allSettled(
      passwords.map((password) => completePasswordReset({ token: secret, password })),
    );
    const winners = outcomes.filter((outcome) => outcome.status === "fulfilled");
    expect(winners).toHaveLength(1);
    const loser = outcomes.find((outcome) => outcome.status === "rejected") as PromiseRejectedResult;
    expect(loser.reason).toMatchObject({ code: "NOT_FOUND", message: unusable });
    const won = passwords[outcomes.indexOf(winners[0]!)]!;
    expect(await findUserForSignIn(user.email, won)).not.toBeNull();
    expect(await auditCount(user.id, "user.password_reset_completed")).toBe(1);
  });

  it("clears the account's sign-in throttle, so a locked-out user can sign in at once", async () => {
    const { user } = await freshUser();
    for (let i = 0; i < 6; i += 1)
      await signInWithPassword({ email: user.email, password: `guess ${i}`, address: null }).catch(
        () => null,
      );
    const { secret } = await resetLink(user.id);
    await completePasswordReset({ token: secret, password: newPassword });
    expect(
      await signInWithPassword({ email: user.email, password: newPassword, address: null }),
    ).toMatchObject({ id: user.id });
  });
});

describe("signing out everywhere", () => {
  it("ends every session of the caller, this one included, and no one else's", async () => {
    const { user, sessionIds } = await freshUser(3);
    const other = await freshUser(1);
    expect(await countActiveSessions(user.id)).toBe(3);
    expect(await signOutEverywhere(user)).toEqual({ ended: 3 });
    expect(await live(sessionIds)).toEqual([false, false, false]);
    expect(await live(other.sessionIds)).toEqual([true]);
    expect(await auditCount(user.id, "user.signed_out_everywhere")).toBe(1);
    // Signing in again starts a new session that works.
    const again = await signInWithPassword({ email: user.email, password: oldPassword, address: null });
    expect(await findSessionUser(again!.sessionId)).toMatchObject({ id: user.id });
  });
});
