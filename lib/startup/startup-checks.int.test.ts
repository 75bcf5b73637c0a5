import { afterAll, describe, expect, it } from "vitest";
import { createTempDatabase } from "@/lib/data/testing/temp-database";

// A database with the demo accounts; a case that changes them puts them back.
const database = createTempDatabase();
const { db } = await import("@/lib/db/client");
const { hashPassword } = await import("@/lib/auth/password");
const { productionStartProblem } = await import("./production-checks");

afterAll(async () => {
  await db.$disconnect();
  database.dispose();
});

// The secret check reads process.env itself (authSecret), like next-auth does.
process.env.NEXTAUTH_SECRET ??= "a-test-secret-of-enough-length";
const production = { NODE_ENV: "production" as const };

describe("starting a production server", () => {
  it("refuses while demo accounts have their published passwords, naming them in one line", async () => {
    const problem = await productionStartProblem(production);
    expect(problem).toMatch(/^Refusing to start in production: admin@example\.com, editor@example\.com, /);
    expect(problem).toContain("reviewer2@example.com");
    expect(problem).not.toContain("\n");
  });

  it("starts when the demo was asked for (DEMO=1)", async () => {
    expect(await productionStartProblem({ ...production, DEMO: "1" })).toBeNull();
  });

  it("starts once no demo account has a demo password; deactivating one is not enough", async () => {
    const saved = await db.user.findMany({ select: { id: true, passwordHash: true, disabledAt: true } });
    const newHash = await hashPassword("a long private passphrase nobody published");
    await db.user.updateMany({
      where: { email: { not: "viewer@example.com" } },
      data: { passwordHash: newHash },
    });
    expect(await productionStartProblem(production)).toMatch(/: viewer@example\.com still has a published/);
    // An admin could reactivate it at any time, and it would sign in with the public password.
    await db.user.update({ where: { email: "viewer@example.com" }, data: { disabledAt: new Date() } });
    expect(await productionStartProblem(production)).toMatch(/: viewer@example\.com still has a published/);
    await db.user.update({ where: { email: "viewer@example.com" }, data: { passwordHash: newHash } });
    expect(await productionStartProblem(production)).toBeNull();
    for (const user of saved) await db.user.update({ where: { id: user.id }, data: user });
  });

  it("refuses wrong mail settings at start rather than on the first invitation", async () => {
    const problem = await productionStartProblem({
      ...production,
      DEMO: "1",
      SMTP_URL: "smtp://mail.example.org",
    });
    expect(problem).toBe(
      "Invalid mail settings: Set both SMTP_URL and MAIL_FROM to send email, or neither to copy links by hand.",
    );
  });

  it("refuses an APP_URL that is not an origin, saying what to give", async () => {
    expect(
      await productionStartProblem({ ...production, DEMO: "1", APP_URL: "factcheck.example.org/desk" }),
    ).toBe(
      'Invalid APP_URL "factcheck.example.org/desk": give the app\'s public origin, like https://factcheck.example.org (http or https, no path).',
    );
    expect(
      await productionStartProblem({ ...production, DEMO: "1", APP_URL: "https://factcheck.example.org" }),
    ).toBeNull();
  });
});
