import { describe, expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

describe("password hashing", () => {
  it("stores an argon2id hash, never the password", async () => {
    const stored = await hashPassword("correct horse");
    expect(stored).toMatch(/^\$argon2id\$/);
    expect(stored).not.toContain("correct horse");
  });

  it.each([
    ["the right password", "correct horse", true],
    ["a wrong password", "battery staple", false],
    ["an empty password", "", false],
  ])("verifies %s", async (_name, attempt, expected) => {
    const stored = await hashPassword("correct horse");
    expect(await verifyPassword(stored, attempt)).toBe(expected);
  });

  it("rejects a malformed hash instead of throwing", async () => {
    expect(await verifyPassword("not-a-hash", "anything")).toBe(false);
  });
});
