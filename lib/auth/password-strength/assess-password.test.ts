import { describe, expect, it } from "vitest";
import { failure } from "@/lib/data/testing/test-helpers";
import { assertAcceptablePassword } from "./assert-acceptable-password";
import { assessPassword } from "./assess-password";

const person = { email: "sam.checker@example.org", name: "Sam Checker" };

describe("assessPassword", () => {
  it.each([
    ["too short", "short pass", /at least 12 characters/],
    ["too long", "x".repeat(1025), /at most 1024 characters/],
    ["twelve spaces", "            ", /too easy to guess/],
    ["one letter repeated", "aaaaaaaaaaaa", /too easy to guess: repeated characters/],
    [
      "a common password with digits",
      "password1234",
      /too easy to guess: this is similar to a commonly used password/,
    ],
    ["a keyboard row", "qwertyuiop12", /too easy to guess/],
    ["a repeated word", "hunter2hunter2", /too easy to guess/],
    ["a published demo password", "admin-demo-pass", /published demo passwords/],
    ["another demo password", "reviewer2-demo-pass", /published demo passwords/],
    ["the email itself", "sam.checker@example.org", /email address or your name/],
    ["the email inside it", "my sam.checker@example.org!", /email address or your name/],
    ["the email's local part, other case", "SAM.CHECKER rocks 2026", /email address or your name/],
    ["the name", "Sam Checker 1999 xx", /email address or your name/],
    ["the name without its space", "samchecker-is-great", /email address or your name/],
    ["a longer word of the name", "checker of facts 42", /email address or your name/],
  ])("refuses %s", (_name, password, problem) => {
    const result = assessPassword(password, person);
    expect(result.problem).toMatch(problem);
    expect(result.score).toBeLessThan(3);
  });

  it.each([
    ["a passphrase", "correct horse battery staple"],
    ["a short but random password", "Tr0ub4dor&3xx"],
    ["words and a year", "fact-check desk 2026"],
    ["a short word of the name is fine on its own", "sam likes quiet mornings"],
  ])("accepts %s", (_name, password) => {
    const result = assessPassword(password, person);
    expect(result.problem).toBeNull();
    expect(result.score).toBeGreaterThanOrEqual(3);
  });

  it("without a person, only the general rules apply", () => {
    expect(assessPassword("sam.checker@example.org").problem).toBeNull();
  });

  it("assertAcceptablePassword throws a field error", async () => {
    const error = await failure(
      Promise.resolve().then(() => assertAcceptablePassword("password1234", person)),
    );
    expect(error.code).toBe("VALIDATION");
    expect(error.details).toEqual({ fields: { password: error.message } });
  });
});
