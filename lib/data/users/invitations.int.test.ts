import { afterAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/data/testing/temp-database";
import { actor, failure } from "@/lib/data/testing/test-helpers";
import { freshUser, STRONG_PASSWORD } from "./testing/user-fixtures";

// Invitations without a mail server: the link comes back to the admin.
// (invitation-mail.int.test.ts covers SMTP.)
delete process.env.SMTP_URL;
delete process.env.MAIL_FROM;
const database = createTempDatabase();
const { db } = await import("@/lib/db/client");
const { inviteUser } = await import("./invite-user");
const { withdrawInvitation } = await import("./withdraw-invitation");
const { acceptInvitation } = await import("./accept-invitation");
const { findInvitation } = await import("./find-invitation");
const { listInvitations } = await import("./list-invitations");
const { listUsers } = await import("./list-users");
const { createUser } = await import("./create-user");
const { findUserForSignIn } = await import("./find-user-for-sign-in");

afterAll(async () => {
  await db.$disconnect();
  database.dispose();
});

const origin = { origin: "https://desk.example.org" };
const unusable =
  "This link is not valid any more: it may have been used already, withdrawn or expired. Ask an admin for a new one.";
const secretOf = (url: string) => decodeURIComponent(new URL(url).pathname.split("/").pop()!);
let counter = 0;
const newEmail = () => `invitee-${(counter += 1)}-${Date.now()}@example.org`;

async function invite(email = newEmail(), role: "editor" | "viewer" = "editor") {
  const admin = await freshUser("admin", "Ines Inviter");
  const result = await inviteUser(admin, { email, name: "Nora Newcomer", role }, origin);
  return { admin, email, result, secret: secretOf(result.link!.url) };
}

describe("inviting without mail", () => {
  it("returns a 7-day single-use join link and lists the invitation as pending", async () => {
    const { admin, email, result, secret } = await invite();
    expect(result).toMatchObject({
      emailed: false,
      invitation: {
        email,
        name: "Nora Newcomer",
        role: "editor",
        state: "pending",
        invitedBy: { id: admin.id, name: "Ines Inviter" },
      },
    });
    expect(result.link!.url).toMatch(/^https:\/\/desk\.example\.org\/join\/fcl_[\w-]{43}$/);
    const days = (Date.parse(result.link!.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
    expect((await listInvitations(admin)).map((invitation) => invitation.id)).toContain(result.invitation.id);
    expect(await findInvitation(secret)).toMatchObject({
      email,
      name: "Nora Newcomer",
      role: "editor",
      invitedBy: "Ines Inviter",
    });
    const event = await db.auditEvent.findFirstOrThrow({
      where: { entityId: result.invitation.id, action: "user.invited" },
    });
    expect(event.actorId).toBe(admin.id);
    expect(event.data).not.toContain(secret);
  });

  it("refuses an email that already has an account, whatever its case", async () => {
    const admin = await freshUser("admin");
    const error = await failure(
      inviteUser(admin, { email: " Editor@Example.com", name: "E", role: "viewer" }, origin),
    );
    expect(error).toMatchObject({
      code: "CONFLICT",
      message: "A user with the email editor@example.com already exists.",
    });
    expect(await db.accountLink.count({ where: { email: "editor@example.com" } })).toBe(0);
  });

  it("inviting the same email again withdraws the earlier link", async () => {
    const { admin, email, result, secret } = await invite();
    const again = await inviteUser(admin, { email, name: "Nora N.", role: "viewer" }, origin);
    expect(await findInvitation(secret)).toBeNull();
    const open = (await listInvitations(admin)).filter((invitation) => invitation.email === email);
    expect(open.map((invitation) => invitation.id)).toEqual([again.invitation.id]);
    expect(
      (await failure(acceptInvitation({ token: secret, name: "Nora", password: STRONG_PASSWORD }))).message,
    ).toBe(unusable);
    expect(result.invitation.id).not.toBe(again.invitation.id);
  });

  it("a withdrawn invitation cannot be accepted; withdrawing twice is fine; unknown ids are NOT_FOUND", async () => {
    const { admin, secret, result } = await invite();
    await withdrawInvitation(admin, result.invitation.id);
    await withdrawInvitation(admin, result.invitation.id);
    expect(
      await db.auditEvent.count({
        where: { entityId: result.invitation.id, action: "user.invitation_revoked" },
      }),
    ).toBe(1);
    expect((await listInvitations(admin)).some((invitation) => invitation.id === result.invitation.id)).toBe(
      false,
    );
    expect(
      (await failure(acceptInvitation({ token: secret, name: "Nora", password: STRONG_PASSWORD }))).message,
    ).toBe(unusable);
    expect((await failure(withdrawInvitation(admin, "no-such-invitation"))).code).toBe("NOT_FOUND");
  });

  it.each(["editor@example.com", "reviewer@example.com", "viewer@example.com"])(
    "%s may not invite, list or withdraw, and nothing is written",
    async (email) => {
      const who = await actor(email);
      const { result } = await invite();
      const before = await db.accountLink.count();
      expect(
        (await failure(inviteUser(who, { email: newEmail(), name: "X", role: "admin" }, origin))).code,
      ).toBe("FORBIDDEN");
      expect((await failure(listInvitations(who))).code).toBe("FORBIDDEN");
      expect((await failure(withdrawInvitation(who, result.invitation.id))).code).toBe("FORBIDDEN");
      expect(await db.accountLink.count()).toBe(before);
      expect(
        (await db.accountLink.findUniqueOrThrow({ where: { id: result.invitation.id } })).revokedAt,
      ).toBeNull();
    },
  );
});

describe("accepting an invitation", () => {
  it("creates the invited account with the invitee's name; the link works once", async () => {
    const { admin, email, secret, result } = await invite(undefined, "viewer");
    const accepted = await acceptInvitation({
      token: secret,
      name: " Nora Q. Newcomer ",
      password: STRONG_PASSWORD,
    });
    expect(accepted.user).toMatchObject({ email, name: "Nora Q. Newcomer", role: "viewer" });
    expect(await findUserForSignIn(email, STRONG_PASSWORD)).toMatchObject({
      id: accepted.user.id,
      role: "viewer",
    });
    expect(
      (await failure(acceptInvitation({ token: secret, name: "Again", password: STRONG_PASSWORD }))).message,
    ).toBe(unusable);
    const list = await listUsers(admin);
    expect(list.invitations.some((invitation) => invitation.id === result.invitation.id)).toBe(false);
    expect(list.users.find((user) => user.email === email)).toMatchObject({
      state: "active",
      lastSignInAt: null,
    });
    const link = await db.accountLink.findUniqueOrThrow({ where: { id: result.invitation.id } });
    expect(link.userId).toBe(accepted.user.id);
    expect((await failure(withdrawInvitation(admin, result.invitation.id))).code).toBe("CONFLICT");
  });

  it("checks the password's strength against the invited email and the chosen name", async () => {
    const { email, secret } = await invite();
    for (const password of ["aaaaaaaaaaaa", `${email}!`, "Nora Newcomer 1234"]) {
      const error = await failure(acceptInvitation({ token: secret, name: "Nora Newcomer", password }));
      expect(error.code).toBe("VALIDATION");
      expect(error.details?.fields).toHaveProperty("password");
    }
    expect(await db.user.count({ where: { email } })).toBe(0);
    expect(await findInvitation(secret)).not.toBeNull();
  });

  it("an expired invitation is shown as expired and cannot be accepted", async () => {
    const { admin, secret, result } = await invite();
    await db.accountLink.update({
      where: { id: result.invitation.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await findInvitation(secret)).toBeNull();
    expect(
      (await listInvitations(admin)).find((invitation) => invitation.id === result.invitation.id)?.state,
    ).toBe("expired");
    expect(
      (await failure(acceptInvitation({ token: secret, name: "Late", password: STRONG_PASSWORD }))).message,
    ).toBe(unusable);
  });

  it("of two people accepting one invitation at once, exactly one gets an account", async () => {
    const { email, secret } = await invite();
    const outcomes = await Promise.allSettled([
      acceptInvitation({ token: secret, name: "First Person", password: STRONG_PASSWORD }),
      acceptInvitation({ token: secret, name: "Second Person", password: "another quite long phrase" }),
    ]);
    expect(outcomes.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = outcomes.find((outcome) => outcome.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "NOT_FOUND", message: unusable });
    expect(await db.user.count({ where: { email } })).toBe(1);
  });

  it("an account created for the email meanwhile makes the invitation unusable, with the same answer", async () => {
    const { admin, email, secret } = await invite();
    await createUser(admin, { email, name: "Made Directly", role: "editor", password: STRONG_PASSWORD });
    expect(await findInvitation(secret)).toBeNull();
    expect(
      (await failure(acceptInvitation({ token: secret, name: "Nora", password: STRONG_PASSWORD }))).message,
    ).toBe(unusable);
  });

  it("an unknown or malformed secret gets the same answer as a used one", async () => {
    for (const token of ["fcl_doesnotexist", "x"]) {
      expect(
        (await failure(acceptInvitation({ token, name: "Who", password: STRONG_PASSWORD }))).message,
      ).toBe(unusable);
    }
  });
});
