import { db, type Db, type Tx } from "@/lib/db/client";

/** Whether any admin can act: the command line's bootstrap is allowed only while none can. */
export async function hasActiveAdmin(client: Db | Tx = db): Promise<boolean> {
  return (await client.user.count({ where: { role: "admin", disabledAt: null } })) > 0;
}
