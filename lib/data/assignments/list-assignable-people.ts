import { db } from "@/lib/db/client";

export interface Person {
  id: string;
  name: string;
}

/**
 * The people the assignment forms offer: active reviewers and admins as
 * owners (they write verdicts), active editors and admins as lead editors.
 * The same rules checkAssignable enforces on the server.
 */
export async function listAssignablePeople(): Promise<{ assignees: Person[]; leadEditors: Person[] }> {
  const users = await db.user.findMany({
    where: { disabledAt: null, role: { in: ["admin", "editor", "reviewer"] } },
    select: { id: true, name: true, role: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 500,
  });
  const pick = (roles: string[]) =>
    users.filter((user) => roles.includes(user.role)).map(({ id, name }) => ({ id, name }));
  return { assignees: pick(["reviewer", "admin"]), leadEditors: pick(["editor", "admin"]) };
}
