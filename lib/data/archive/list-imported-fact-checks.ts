import type { SessionUser } from "@/lib/auth/roles";
import { db } from "@/lib/db/client";
import { canImportFactChecks } from "@/lib/permissions";
import { assertAllowed } from "@/lib/permissions/assert-allowed";

/** The newest imported fact-checks and how many there are per publisher, for the admin archive page. */
export async function listImportedFactChecks(actor: SessionUser, take = 50) {
  assertAllowed(canImportFactChecks(actor), "Only admins can manage the fact-check archive.");
  const [recent, publishers] = await Promise.all([
    db.importedFactCheck.findMany({ orderBy: [{ updatedAt: "desc" }, { id: "asc" }], take }),
    db.importedFactCheck.groupBy({
      by: ["publisherName"],
      _count: { _all: true },
      orderBy: { publisherName: "asc" },
    }),
  ]);
  return {
    recent,
    publishers: publishers.map((group) => ({ name: group.publisherName, count: group._count._all })),
    total: publishers.reduce((sum, group) => sum + group._count._all, 0),
  };
}
