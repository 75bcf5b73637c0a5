/**
 * The sign-in throttle's rules, as pure functions of the stored counts.
 *
 * Failures are counted per account (the email as typed, whether or not an
 * account has it, so the throttle itself never reveals which emails exist)
 * and per client address. A few failures are free; after that every failure
 * blocks the key for twice as long as the last, up to a cap. The cap is
 * short on purpose: a per-account block is also a way for a stranger to
 * lock someone out, so it should slow guessing down, not shut the door.
 */
export interface ThrottleLimits {
  /** Failures allowed before the first block. */
  freeFailures: number;
  firstDelayMs: number;
  maxDelayMs: number;
}

export const accountLimits: ThrottleLimits = {
  freeFailures: 5,
  firstDelayMs: 60_000,
  maxDelayMs: 15 * 60_000,
};

// An office shares one address, and people mistype: be more lenient per address.
export const addressLimits: ThrottleLimits = {
  freeFailures: 20,
  firstDelayMs: 60_000,
  maxDelayMs: 15 * 60_000,
};

/** A count this old starts again from zero. */
export const FORGET_AFTER_MS = 24 * 60 * 60_000;

export interface ThrottleState {
  failures: number;
  lastFailureAt: Date;
  blockedUntil: Date | null;
}

/** How long a key is blocked after its `failures`-th failure in a row (0: not blocked). */
export function blockAfter(failures: number, limits: ThrottleLimits): number {
  const over = failures - limits.freeFailures;
  if (over <= 0) return 0;
  return Math.min(limits.maxDelayMs, limits.firstDelayMs * 2 ** Math.min(over - 1, 30));
}

/** The state after one more failure at `now`. */
export function afterFailure(state: ThrottleState | null, limits: ThrottleLimits, now: Date): ThrottleState {
  const fresh = !state || now.getTime() - state.lastFailureAt.getTime() >= FORGET_AFTER_MS;
  const failures = (fresh ? 0 : state.failures) + 1;
  const delay = blockAfter(failures, limits);
  return { failures, lastFailureAt: now, blockedUntil: delay ? new Date(now.getTime() + delay) : null };
}

/** Milliseconds until the key may try again (0: now). */
export function waitFor(state: ThrottleState | null, now: Date): number {
  if (!state?.blockedUntil) return 0;
  return Math.max(0, state.blockedUntil.getTime() - now.getTime());
}

/** "Too many attempts; try again in 2 minutes." Rounded up, so the wait is never shorter than said. */
export function tooManyAttemptsMessage(waitMs: number): string {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  if (seconds < 60)
    return `Too many attempts; try again in ${seconds} ${seconds === 1 ? "second" : "seconds"}.`;
  const minutes = Math.ceil(seconds / 60);
  return `Too many attempts; try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}
