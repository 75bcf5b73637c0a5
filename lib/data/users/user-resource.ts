import type { UserView } from "@/lib/api/schemas/user";
import { roleSchema } from "@/lib/auth/roles";
import { activeTokenWhere } from "@/lib/data/tokens/api-token-view";
import type { Db, Tx } from "@/lib/db/client";
import type { User } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";
import { userStateOf } from "./user-state";

/** The Prisma `include` that counts what a UserResource shows: tokens and sessions that still work at `now`. */
export function userCountsInclude(now: Date) {
  return {
    _count: {
      select: {
        apiTokens: { where: activeTokenWhere(now) },
        sessions: { where: { endedAt: null, expiresAt: { gt: now } } },
      },
    },
  } as const;
}

type UserWithCounts = User & { _count: { apiTokens: number; sessions: number } };

/** An account as admins see it: dates as ISO strings, never the password hash. */
export function toUserResource(user: UserWithCounts): UserView {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    // Roles are only written through the role schema; one edited by hand into something else shows as viewer.
    role: roleSchema.catch("viewer").parse(user.role),
    state: userStateOf(user),
    lastSignInAt: user.lastSignInAt?.toISOString() ?? null,
    activeTokens: user._count.apiTokens,
    activeSessions: user._count.sessions,
    createdAt: user.createdAt.toISOString(),
    version: user.version,
  };
}

/** One account as a resource, or NOT_FOUND. */
export async function loadUserResource(client: Db | Tx, userId: string, now = new Date()): Promise<UserView> {
  const user = await client.user.findUnique({ where: { id: userId }, include: userCountsInclude(now) });
  if (!user) throw userNotFound();
  return toUserResource(user);
}

export const userNotFound = () => new AppError("NOT_FOUND", "That user does not exist.");
