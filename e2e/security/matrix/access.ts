import type { Role } from "../../../lib/auth/roles";
import type { DemoRole } from "../../support/demo";
import type { Caller, Scenario } from "./types";

/**
 * Who may call an operation, in the words of lib/permissions/index.ts:
 * admin: everything; editor: import, annotate, dismiss, resolve, publish,
 * comment; reviewer: verdicts, reviews of others' verdicts, comment;
 * viewer: read. `allows` sees only signed-in callers: the others get 401
 * from every operation that is not public.
 */
export interface Access {
  says: string;
  public?: boolean;
  allows: (caller: Caller) => boolean;
}

/** No sign-in needed: every caller, even one with a garbage token, gets the same answer. */
export const anyone: Access = { says: "anyone, signed in or not", public: true, allows: () => true };
export const everyone: Access = { says: "everyone signed in", allows: () => true };
export const nobody: Access = { says: "nobody", allows: () => false };

export const roles = (...allowed: Role[]): Access => ({
  says: allowed.join(", "),
  allows: (caller) => caller.user !== null && allowed.includes(caller.user.role),
});

export const admins = roles("admin");
export const editors = roles("admin", "editor");
export const reviewers = roles("admin", "reviewer");
export const commenters = roles("admin", "editor", "reviewer");

/** One demo person, whatever their role: a verdict's author. */
export const account = (demo: DemoRole): Access => ({
  says: demo,
  allows: (caller) => caller.demo === demo,
});

export const either = (first: Access, second: Access): Access => ({
  says: `${first.says} or ${second.says}`,
  allows: (caller) => first.allows(caller) || second.allows(caller),
});

export const except = (rule: Access, demo: DemoRole): Access => ({
  says: `${rule.says}, never ${demo}`,
  allows: (caller) => rule.allows(caller) && caller.demo !== demo,
});

/** The status this caller must get from this row. */
export function expectedStatus(scenario: Scenario, caller: Caller): number {
  const refused = scenario.refused ?? 403;
  if (scenario.who.public) return scenario.who.allows(caller) ? scenario.success : refused;
  if (caller.via === null) return 401;
  if (scenario.sessionOnly && caller.via === "token") return 403;
  return scenario.who.allows(caller) ? scenario.success : refused;
}
