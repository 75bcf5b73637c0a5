import type { UserView } from "@/lib/api/schemas/user";
import type { SessionUser } from "@/lib/auth/roles";
import { recordAudit, type AuditEntry } from "@/lib/data/audit/record-audit";
import { endUserSessions } from "@/lib/data/sessions/end-sessions";
import { db, type Tx } from "@/lib/db/client";
import type { User } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { canManageUsers } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";
import { updateUserSchema, type UpdateUserInput } from "@/lib/schemas/user";
import { assertAdminsRemain } from "./access-rules";
import { parseInput } from "./parse-input";
import { loadUserResource, userNotFound } from "./user-resource";

/**
 * Changes an account's role, name or state (`active`). Admins only, with
 * optimistic concurrency on User.version: a stale version is CONFLICT with
 * the current account. A role change or a deactivation ends all of that
 * user's sessions in the same transaction, so their next request is signed
 * out; tokens read the role and state on every call anyway. Nobody can
 * demote or deactivate themself, nor the last active admin. A request that
 * changes nothing writes nothing.
 */
export async function updateUser(
  actor: SessionUser,
  userId: string,
  rawInput: UpdateUserInput,
): Promise<UserView> {
  assertAllowed(canManageUsers(actor), "Only admins can change user accounts.");
  const input = parseInput(updateUserSchema, rawInput);
  const now = new Date();
  return db.$transaction(async (tx) => {
    const before = await tx.user.findUnique({ where: { id: userId } });
    if (!before) throw userNotFound();
    if (before.version !== input.version) throw await staleVersion(tx, before);
    const change = changesOf(before, input);
    if (!change.role && !change.name && change.active === undefined) return loadUserResource(tx, userId, now);
    await assertAdminsRemain(tx, actor, before, {
      demotes: before.role === "admin" && change.role !== undefined,
      deactivates: change.active === false,
    });
    const updated = await tx.user.updateMany({
      where: { id: userId, version: before.version },
      data: {
        ...(change.role ? { role: change.role } : {}),
        ...(change.name ? { name: change.name } : {}),
        ...(change.active === undefined ? {} : { disabledAt: change.active ? null : now }),
        version: { increment: 1 },
      },
    });
    if (updated.count === 0) throw await staleVersion(tx, before);
    // A deactivated user is signed out for that reason, even if their role changed too.
    const endReason = change.active === false ? "deactivated" : change.role ? "role_changed" : null;
    const endedSessions = endReason ? await endUserSessions(tx, userId, endReason, { now }) : 0;
    for (const entry of auditEntriesFor(before, change, endedSessions)) {
      await recordAudit(tx, { ...entry, actorId: actor.id, entityType: "user", entityId: userId, at: now });
    }
    return loadUserResource(tx, userId, now);
  });
}

interface UserChange {
  role?: User["role"];
  name?: string;
  active?: boolean;
}

/** Only what differs from the stored account. */
function changesOf(before: User, input: UpdateUserInput): UserChange {
  const isActive = before.disabledAt === null;
  return {
    role: input.role !== undefined && input.role !== before.role ? input.role : undefined,
    name: input.name !== undefined && input.name !== before.name ? input.name : undefined,
    active: input.active !== undefined && input.active !== isActive ? input.active : undefined,
  };
}

type PartialEntry = Pick<AuditEntry, "action" | "data">;

/** One audit event per kind of change, each naming the account so the trail reads on its own. */
function auditEntriesFor(before: User, change: UserChange, endedSessions: number): PartialEntry[] {
  const who = { email: before.email, name: change.name ?? before.name };
  const entries: PartialEntry[] = [];
  if (change.name)
    entries.push({ action: "user.renamed", data: { ...who, from: before.name, to: change.name } });
  if (change.role) {
    const data = { ...who, from: before.role, to: change.role, endedSessions };
    entries.push({ action: "user.role_changed", data });
  }
  if (change.active === false) entries.push({ action: "user.deactivated", data: { ...who, endedSessions } });
  if (change.active === true) entries.push({ action: "user.reactivated", data: who });
  return entries;
}

async function staleVersion(tx: Tx, before: User): Promise<AppError> {
  return new AppError(
    "CONFLICT",
    `${before.name}’s account changed while you were editing it. Here is the current version; apply your change again if it still makes sense.`,
    { current: await loadUserResource(tx, before.id) },
  );
}
