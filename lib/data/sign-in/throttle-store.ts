import {
  accountLimits,
  addressLimits,
  afterFailure,
  waitFor,
  type ThrottleLimits,
} from "@/lib/auth/throttle/throttle-policy";
import { db } from "@/lib/db/client";
import { lockInTransaction } from "@/lib/db/dialect";

export interface ThrottleKey {
  key: string;
  limits: ThrottleLimits;
}

/** The keys one sign-in attempt counts against: the email as typed, and the client's address. */
export function throttleKeys(email: string, address: string | null): ThrottleKey[] {
  const keys = [{ key: `account:${email.trim().toLowerCase()}`, limits: accountLimits }];
  if (address) keys.push({ key: `ip:${address}`, limits: addressLimits });
  return keys;
}

/** The longest wait any of the keys is under at `now` (0: may try). */
export async function throttleWait(keys: ThrottleKey[], now: Date): Promise<number> {
  const rows = await db.signInThrottle.findMany({ where: { key: { in: keys.map((k) => k.key) } } });
  return Math.max(0, ...rows.map((row) => waitFor(row, now)));
}

/** Counts one failure against every key; returns the longest wait it caused. */
export async function recordFailure(keys: ThrottleKey[], now: Date): Promise<number> {
  return db.$transaction(async (tx) => {
    let longest = 0;
    for (const { key, limits } of keys) {
      // Read-modify-write: failures racing on one key (from two instances) must each count.
      await lockInTransaction(tx, `factcheck:throttle:${key}`);
      const current = await tx.signInThrottle.findUnique({ where: { key } });
      const next = afterFailure(current, limits, now);
      await tx.signInThrottle.upsert({ where: { key }, create: { key, ...next }, update: next });
      longest = Math.max(longest, waitFor(next, now));
    }
    return longest;
  });
}

/**
 * A successful sign-in clears its account's count. The address's count
 * stays: one known password must not wipe the record of guesses at others.
 */
export async function clearAccountFailures(email: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: `account:${email.trim().toLowerCase()}` } });
}
