import { demoPasswords } from "@/lib/auth/demo-accounts";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/schemas/user";
import { estimateStrength } from "./estimator";

/** zxcvbn's score runs 0–4; 3 means about 10^8 guesses or more, "safely unguessable" for an online attack. */
export const MIN_SCORE = 3;

export interface PasswordContext {
  email?: string | null;
  name?: string | null;
}

export interface PasswordAssessment {
  /** 0 (too guessable) to 4 (very unguessable), from zxcvbn; 0 whenever a rule fails. */
  score: number;
  /** Why the password is refused, as a sentence; null when it is acceptable. */
  problem: string | null;
  /** Advice for a better one (zxcvbn's), possibly empty. */
  suggestions: string[];
}

const normalise = (value: string) => value.toLowerCase().replace(/\s+/g, " ").trim();

/** The personal strings a password may not contain: the email, its local part, the name and its longer words. */
function personalStrings({ email, name }: PasswordContext): string[] {
  const found = new Set<string>();
  const cleanEmail = normalise(email ?? "");
  if (cleanEmail) {
    found.add(cleanEmail);
    const local = cleanEmail.split("@")[0] ?? "";
    if (local.length >= 4) found.add(local);
  }
  const cleanName = normalise(name ?? "");
  if (cleanName.length >= 4) {
    found.add(cleanName);
    found.add(cleanName.replace(/ /g, ""));
  }
  for (const word of cleanName.split(/[\s.\-_']+/)) if (word.length >= 4) found.add(word);
  return [...found];
}

/**
 * Whether `password` may be someone's new password, and how strong it is.
 * The rules, in order: 12 to 1024 characters; not a published demo
 * password; not containing the person's email or name; and a zxcvbn score of
 * at least 3, which length alone does not buy ("aaaaaaaaaaaa" and
 * "password1234" score 0 and 1). Runs the same in the browser (the strength
 * meter) and on the server (every way of setting a password).
 */
export function assessPassword(password: string, context: PasswordContext = {}): PasswordAssessment {
  const refuse = (problem: string, suggestions: string[] = []) => ({ score: 0, problem, suggestions });
  if (password.length < PASSWORD_MIN)
    return refuse(`The password must be at least ${PASSWORD_MIN} characters long.`);
  if (password.length > PASSWORD_MAX)
    return refuse(`The password must be at most ${PASSWORD_MAX} characters long.`);
  if (demoPasswords.has(password))
    return refuse("That is one of the published demo passwords: choose one nobody else knows.");
  const lower = password.toLowerCase();
  const personal = personalStrings(context);
  if (personal.some((part) => lower.includes(part) || lower.replace(/\s+/g, "").includes(part)))
    return refuse("The password must not contain your email address or your name.");
  const result = estimateStrength(password, personal);
  const suggestions = result.feedback.suggestions;
  if (result.score < MIN_SCORE) {
    const warning = result.feedback.warning;
    return {
      score: result.score,
      problem: `This password is too easy to guess${warning ? `: ${warning.replace(/\.$/, "").toLowerCase()}` : ""}. Add a few uncommon words.`,
      suggestions,
    };
  }
  return { score: result.score, problem: null, suggestions };
}
