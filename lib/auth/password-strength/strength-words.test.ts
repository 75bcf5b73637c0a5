import { describe, expect, it } from "vitest";
import { assessPassword } from "./assess-password";
import { summariseStrength } from "./strength-words";

const refused = (score: number, problem = "This password is too easy to guess.") => ({
  score,
  problem,
  suggestions: ["Add more words that are less common."],
});
const accepted = (score: number) => ({ score, problem: null, suggestions: ["Capitalise some letters."] });

describe("summariseStrength", () => {
  it.each([
    [refused(0), "Too weak", false],
    [refused(1), "Weak", false],
    [refused(2), "Fair", false],
    [accepted(3), "Strong", true],
    [accepted(4), "Very strong", true],
    // Out-of-range scores are clamped, and a refused password never reads "Strong".
    [refused(4, "The password must not contain your email address or your name."), "Fair", false],
    [refused(-1), "Too weak", false],
    [accepted(7), "Very strong", true],
    [accepted(1), "Strong", true],
  ])("%j reads %s", (assessment, word, isAccepted) => {
    const summary = summariseStrength(assessment);
    expect(summary.word).toBe(word);
    expect(summary.accepted).toBe(isAccepted);
  });

  it("tells why a password is refused, with zxcvbn's tips, in one announcement", () => {
    const summary = summariseStrength(refused(1));
    expect(summary.advice).toBe("This password is too easy to guess.");
    expect(summary.suggestions).toEqual(["Add more words that are less common."]);
    expect(summary.announcement).toBe("Password strength: Weak. This password is too easy to guess.");
  });

  it("says an accepted password will do, without nagging tips", () => {
    const summary = summariseStrength(accepted(4));
    expect(summary.advice).toBe("This password will do.");
    expect(summary.suggestions).toEqual([]);
    expect(summary.announcement).toBe("Password strength: Very strong. This password will do.");
  });

  it.each([
    ["aaaaaaaaaaaa", "Too weak"],
    ["sam.checker@example.org", "Too weak"],
    ["correct horse battery staple", "Very strong"],
  ])("reads the real assessment of %s as %s", (password, word) => {
    const person = { email: "sam.checker@example.org", name: "Sam Checker" };
    expect(summariseStrength(assessPassword(password, person)).word).toBe(word);
  });
});
