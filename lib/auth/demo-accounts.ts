import type { Role } from "@/lib/auth/roles";

/**
 * Demo accounts, one per role plus a second reviewer so that verdicts can be
 * approved by someone other than their author. DEMO ONLY: the passwords are
 * public in the README. Never seed these into a real deployment.
 */
export const demoUsers: ReadonlyArray<{
  key: string;
  email: string;
  name: string;
  role: Role;
  password: string;
}> = [
  { key: "admin", email: "admin@example.com", name: "Ada Admin", role: "admin", password: "admin-demo-pass" },
  {
    key: "editor",
    email: "editor@example.com",
    name: "Eddie Editor",
    role: "editor",
    password: "editor-demo-pass",
  },
  {
    key: "reviewer",
    email: "reviewer@example.com",
    name: "Rita Reviewer",
    role: "reviewer",
    password: "reviewer-demo-pass",
  },
  {
    key: "reviewer2",
    email: "reviewer2@example.com",
    name: "Rafael Reviewer",
    role: "reviewer",
    password: "reviewer2-demo-pass",
  },
  {
    key: "viewer",
    email: "viewer@example.com",
    name: "Vera Viewer",
    role: "viewer",
    password: "viewer-demo-pass",
  },
];

/** The published demo passwords: refused as anyone's new password, and refused at a production start. */
export const demoPasswords: ReadonlySet<string> = new Set(demoUsers.map((user) => user.password));

/** Whether `DEMO` asks for the demo data (the README's first command sets it). */
export function isDemoRequested(env: Record<string, string | undefined> = process.env): boolean {
  return /^(1|true|yes)$/i.test(env.DEMO?.trim() ?? "");
}
