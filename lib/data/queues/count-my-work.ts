import type { SessionUser } from "@/lib/auth/roles";
import { countActionItems, loadWorkQueues } from "./load-work-queues";

/**
 * How many "My work" items need `user`'s action, for the header; null when
 * their role has no queue (viewers).
 */
export async function countMyWork({
  user,
}: {
  user: Pick<SessionUser, "id" | "role">;
}): Promise<number | null> {
  const queues = await loadWorkQueues(user.id, user.role);
  if (!queues.review && !queues.editing) return null;
  return countActionItems(queues);
}
