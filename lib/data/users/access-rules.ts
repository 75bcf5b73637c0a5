import type { SessionUser } from "@/lib/auth/roles";
import type { Tx } from "@/lib/db/client";
import { lockInTransaction } from "@/lib/db/dialect";
import type { User } from "@/lib/db/generated/client";
import { AppError } from "@/lib/errors/app-error";

/**
 * Refuses a change that would take admin rights away from the last active
 * admin, or that an admin makes to their own access. `losesAdmin` says
 * whether the change demotes or deactivates an admin. Runs inside the
 * write's transaction, under a lock (lib/db/dialect.ts), so two admins
 * demoting each other at once cannot both succeed: the second one counts
 * the first one's change.
 */
export async function assertAdminsRemain(
  tx: Tx,
  actor: SessionUser,
  target: Pick<User, "id" | "role" | "disabledAt">,
  change: { demotes: boolean; deactivates: boolean },
): Promise<void> {
  if (!change.demotes && !change.deactivates) return;
  if (target.id === actor.id) {
    throw new AppError(
      "CONFLICT",
      change.deactivates
        ? "You cannot deactivate your own account. Ask another admin to do it."
        : "You cannot take away your own admin role. Ask another admin to do it.",
    );
  }
  if (target.role !== "admin" || target.disabledAt) return;
  // Admin-losing changes one at a time, so the count sees a change committed meanwhile.
  await lockInTransaction(tx, "factcheck:admins");
  const otherAdmins = await tx.user.count({
    where: { role: "admin", disabledAt: null, id: { not: target.id } },
  });
  if (otherAdmins === 0) {
    throw new AppError(
      "CONFLICT",
      `This is the last active admin: make someone else an admin before you ${change.deactivates ? "deactivate" : "demote"} this account.`,
    );
  }
}
