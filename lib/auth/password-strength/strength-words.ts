import { assessPassword, MIN_SCORE, type PasswordAssessment, type PasswordContext } from "./assess-password";

/** zxcvbn's scores 0–4 in words, for the meter: colour is never the only signal. */
export const strengthWords = ["Too weak", "Weak", "Fair", "Strong", "Very strong"] as const;
export type StrengthWord = (typeof strengthWords)[number];

export interface StrengthSummary {
  /** 0–4, clamped. */
  score: number;
  word: StrengthWord;
  /** Whether the server will take it (it decides again: assertAcceptablePassword). */
  accepted: boolean;
  /** What to tell the person: the reason it is refused, or that it will do. */
  advice: string;
  /** Extra tips from zxcvbn, shown but never announced. */
  suggestions: string[];
  /** One sentence for screen readers: the word and the advice. */
  announcement: string;
}

/**
 * The strength meter's reading of an assessment. A refused password never
 * reads "Strong": a rule that fails (too short, the email inside it) gives
 * score 0, and a low zxcvbn score is below MIN_SCORE by definition.
 */
export function summariseStrength(assessment: PasswordAssessment): StrengthSummary {
  const accepted = assessment.problem === null;
  const raw = Math.max(0, Math.min(4, Math.round(assessment.score)));
  const score = accepted ? Math.max(raw, MIN_SCORE) : Math.min(raw, MIN_SCORE - 1);
  const word = strengthWords[score]!;
  const advice = assessment.problem ?? "This password will do.";
  return {
    score,
    word,
    accepted,
    advice,
    suggestions: accepted ? [] : assessment.suggestions,
    announcement: `Password strength: ${word}. ${advice}`,
  };
}

/**
 * The meter's reading of `password` for this person. The strength meter
 * loads this module with import() on first use: zxcvbn's dictionaries are
 * megabytes, and only pages with a new-password field need them.
 */
export function assessStrength(password: string, context: PasswordContext): StrengthSummary {
  return summariseStrength(assessPassword(password, context));
}
