import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/data/testing/temp-database";
import { failure } from "@/lib/data/testing/test-helpers";
import type { AppError } from "@/lib/errors/app-error";

// A fresh deployment: migrated and seeded with the rating scale, but no demo accounts.
const database = createTempDatabase({ demo: false });
const { db } = await import("@/lib/db/client");
const { completeSetup } = await import("./complete-setup");
const { openSetupLinkIfNoUsers } = await import("./complete-setup-link");
const { createAccountLink } = await import("@/lib/data/account-links/create-account-link");
const { findUsableAccountLink } = await import("@/lib/data/account-links/use-account-link");
const { setupLinkNotice } = await import("@/lib/startup/setup-link-notice");

afterAll(async () => {
  await db.$disconnect();
  database.dispose();
});

beforeEach(async () => {
  await db.accountLink.deleteMany();
  await db.user.deleteMany();
});

const admin = (token: string, over: Record<string, string> = {}) => ({
  token,
  email: "Grace.Hopper@Newsroom.example",
  name: "Grace Hopper",
  password: "compass lantern orchard velvet",
  ...over,
});

/** An account made some other way meanwhile, e.g. with the command line. */
const addUserByHand = (role: string) =>
  db.user.create({ data: { email: "cli@example.org", name: "CLI", role, passwordHash: "x" } });

async function newLink(): Promise<string> {
  const link = await openSetupLinkIfNoUsers();
  if (!link) throw new Error("expected a setup link");
  return link.secret;
}

describe("the first admin, through the setup link", () => {
  it("creates the admin, uses up every setup link and records it", async () => {
    const secret = await newLink();
    const other = await newLink();
    const { user } = await completeSetup(admin(secret));
    expect(user).toMatchObject({
      email: "grace.hopper@newsroom.example",
      name: "Grace Hopper",
      role: "admin",
    });
    expect(await db.accountLink.count({ where: { purpose: "setup", usedAt: null } })).toBe(0);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "user.setup_completed" } });
    expect([event.actorId, event.entityId]).toEqual([user.id, user.id]);
    // The other instance's link no longer works either.
    expect((await failure(completeSetup(admin(other, { email: "second@example.org" })))).code).toBe(
      "CONFLICT",
    );
    expect(await db.user.count()).toBe(1);
  });

  it("no link once any account exists", async () => {
    await newLink();
    await addUserByHand("viewer");
    expect(await openSetupLinkIfNoUsers()).toBeNull();
  });

  it.each([
    ["an unknown code", async () => "fcl_not-a-real-code", "NOT_FOUND"],
    [
      "an expired code",
      async () => {
        const longAgo = new Date(Date.now() - 25 * 60 * 60_000);
        return (await db.$transaction((tx) => createAccountLink(tx, { purpose: "setup", now: longAgo })))
          .secret;
      },
      "NOT_FOUND",
    ],
    [
      "a used code",
      async () => {
        const secret = await newLink();
        await db.accountLink.updateMany({ data: { usedAt: new Date() } });
        return secret;
      },
      "NOT_FOUND",
    ],
    [
      "another kind of link (a password reset)",
      async () =>
        (await db.$transaction((tx) => createAccountLink(tx, { purpose: "password_reset" }))).secret,
      "NOT_FOUND",
    ],
  ])("refuses %s and creates nobody", async (_name, makeCode, code) => {
    const error = await failure(completeSetup(admin(await makeCode())));
    expect(error.code).toBe(code);
    expect(error.message).toContain("This setup code is not valid");
    expect(await db.user.count()).toBe(0);
  });

  it("refuses once a user exists, even with a code that is still unused", async () => {
    const secret = await newLink();
    await addUserByHand("admin");
    const error = await failure(completeSetup(admin(secret)));
    expect([error.code, error.message]).toEqual([
      "CONFLICT",
      "Setup is already done: sign in, or ask an admin for an account.",
    ]);
    expect(await db.user.count()).toBe(1);
    expect(await db.accountLink.count({ where: { usedAt: null } })).toBe(1);
  });

  it("refuses a weak password, or one containing the name, with the reason under password", async () => {
    const secret = await newLink();
    for (const password of ["password1234", "grace hopper 2026"]) {
      const error = await failure(completeSetup(admin(secret, { password })));
      expect(error.code).toBe("VALIDATION");
      expect(Object.keys(error.details?.fields ?? {})).toEqual(["password"]);
    }
    expect(await db.user.count()).toBe(0);
    // The code still works afterwards.
    await completeSetup(admin(secret));
  });

  it("two people racing, each with their own instance's link: exactly one admin", async () => {
    const [first, second] = [await newLink(), await newLink()];
    const results = await Promise.allSettled([
      completeSetup(admin(first, { email: "first@example.org" })),
      completeSetup(admin(second, { email: "second@example.org" })),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const lost = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((lost.reason as AppError).message).toBe(
      "Setup is already done: sign in, or ask an admin for an account.",
    );
    expect(await db.user.count({ where: { role: "admin" } })).toBe(1);
  });

  it("two people racing with the same link: exactly one admin", async () => {
    const secret = await newLink();
    const results = await Promise.allSettled([
      completeSetup(admin(secret, { email: "first@example.org" })),
      completeSetup(admin(secret, { email: "second@example.org" })),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db.user.count()).toBe(1);
  });
});

describe("the setup link in the server log (lib/startup)", () => {
  it("is one line with the absolute URL on the public origin, the secret in its fragment", async () => {
    const line = await setupLinkNotice({ NEXTAUTH_URL: "https://desk.example.org/app" });
    const match = line?.match(
      /^No accounts yet: create the first admin at https:\/\/desk\.example\.org\/setup#(fcl_[\w-]+) \(valid 24 hours/,
    );
    expect(match, String(line)).not.toBeNull();
    const link = await findUsableAccountLink(match![1]!, "setup");
    expect(link?.expiresAt.getTime()).toBeGreaterThan(Date.now() + 23 * 60 * 60_000);
    // Without NEXTAUTH_URL: the local port.
    expect(await setupLinkNotice({ PORT: "4321" })).toContain(" http://localhost:4321/setup#fcl_");
  });

  it("is not printed while any account exists", async () => {
    await addUserByHand("admin");
    expect(await setupLinkNotice({})).toBeNull();
  });
});
