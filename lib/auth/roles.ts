import { z } from "zod";

/** The four roles, from most to least powerful. */
export const roles = ["admin", "editor", "reviewer", "viewer"] as const;
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

export const roleLabels: Record<Role, string> = {
  admin: "Admin",
  editor: "Editor",
  reviewer: "Reviewer",
  viewer: "Viewer",
};

/** The signed-in user as the app sees them: what sessions and tokens carry. */
export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}
