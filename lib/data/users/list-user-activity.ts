import type { ActivityEventView } from "@/lib/api/schemas/user";
import type { SessionUser } from "@/lib/auth/roles";
import { parseAuditData } from "@/lib/data/audit/record-audit";
import { db } from "@/lib/db/client";
import { canManageUsers } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";
import { userActivityQuerySchema, type UserActivityQuery } from "@/lib/schemas/user";
import { summarizeActivity } from "./activity-summary";
import { parseInput } from "./parse-input";
import { userNotFound } from "./user-resource";

/**
 * A user's recent activity from the audit trail, newest first: what they
 * did, what was done to their account, and the invitation they joined by.
 * Admins only.
 */
export async function listUserActivity(
  actor: SessionUser,
  userId: string,
  rawQuery: Partial<UserActivityQuery> = {},
): Promise<ActivityEventView[]> {
  assertAllowed(canManageUsers(actor), "Only admins can see a user's activity.");
  const { limit } = parseInput(userActivityQuerySchema, rawQuery);
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!user) throw userNotFound();
  const invitations = await db.accountLink.findMany({
    where: { purpose: "invite", userId },
    select: { id: true },
  });
  const events = await db.auditEvent.findMany({
    where: {
      OR: [
        { actorId: userId },
        { entityType: "user", entityId: userId },
        { entityType: "invitation", entityId: { in: invitations.map((link) => link.id) } },
      ],
    },
    include: { actor: { select: { id: true, name: true } } },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: limit,
  });
  const subjectNames = await namesOf(
    events.filter((event) => event.entityType === "user").map((event) => event.entityId),
  );
  return events.map((event) => {
    const data = parseAuditData(event.data);
    return {
      id: event.id,
      at: event.at.toISOString(),
      action: event.action,
      summary: summarizeActivity({
        action: event.action,
        actorName: event.actor?.name ?? null,
        subjectName: event.entityType === "user" ? (subjectNames.get(event.entityId) ?? null) : null,
        data,
      }),
      entityType: event.entityType,
      entityId: event.entityId,
      actor: event.actor,
    };
  });
}

/** Current names of the accounts events are about, in one query. */
async function namesOf(userIds: string[]): Promise<Map<string, string>> {
  const users = await db.user.findMany({
    where: { id: { in: [...new Set(userIds)] } },
    select: { id: true, name: true },
  });
  return new Map(users.map((user) => [user.id, user.name]));
}
