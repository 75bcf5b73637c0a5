import { afterAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/data/testing/temp-database";
import { failure } from "@/lib/data/testing/test-helpers";
import { STRONG_PASSWORD } from "./testing/user-fixtures";

// A fresh deployment: migrated, no demo data, no users at all.
const database = createTempDatabase({ demo: false });
const { db } = await import("@/lib/db/client");
const { createBootstrapAdmin } = await import("./create-bootstrap-admin");
const { hasActiveAdmin } = await import("./has-active-admin");
const { findUserForSignIn } = await import("./find-user-for-sign-in");

afterAll(async () => {
  await db.$disconnect();
  database.dispose();
});

const first = {
  email: "Chief@News.example",
  name: "Chief Editor",
  role: "admin" as const,
  password: STRONG_PASSWORD,
};

describe("the first admin from the command line", () => {
  it("is refused for any role but admin", async () => {
    expect(await db.user.count()).toBe(0);
    const error = await failure(createBootstrapAdmin({ ...first, role: "editor" }));
    expect(error).toMatchObject({ code: "FORBIDDEN" });
    expect(await db.user.count()).toBe(0);
  });

  it("works once while no admin exists, and records the admin as their own creator", async () => {
    expect(await hasActiveAdmin()).toBe(false);
    const admin = await createBootstrapAdmin(first);
    expect(admin).toMatchObject({ email: "chief@news.example", role: "admin", state: "active" });
    expect(await findUserForSignIn("chief@news.example", STRONG_PASSWORD)).toMatchObject({ role: "admin" });
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: admin.id } });
    expect(event).toMatchObject({ action: "user.created", actorId: admin.id });
    expect(await hasActiveAdmin()).toBe(true);

    const again = await failure(createBootstrapAdmin({ ...first, email: "second@news.example" }));
    expect(again).toMatchObject({
      code: "FORBIDDEN",
      message: "An admin exists already: create users as that admin (--as <email>).",
    });
    expect(await db.user.count()).toBe(1);
  });

  it("still checks the password", async () => {
    await db.user.updateMany({ data: { disabledAt: new Date() } });
    const error = await failure(
      createBootstrapAdmin({ ...first, email: "weak@news.example", password: "password1234" }),
    );
    expect(error.code).toBe("VALIDATION");
    expect(await db.user.count({ where: { email: "weak@news.example" } })).toBe(0);
  });
});
