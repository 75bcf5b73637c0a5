import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { NotAllowedMessage } from "@/components/layout/not-allowed-message";
import { UsersAdmin } from "@/components/users/users-admin";
import { requireUser } from "@/lib/auth/current-user";
import { listUsers } from "@/lib/data/users/list-users";
import { canManageUsers } from "@/lib/permissions";

export const metadata: Metadata = { title: "Users" };
export const dynamic = "force-dynamic";

export default async function UsersPage() {
  const user = await requireUser("/admin/users");
  if (!canManageUsers(user)) {
    return (
      <NotAllowedMessage
        message="Only admins can manage the team."
        backHref="/"
        backLabel="Back to articles"
      />
    );
  }
  const list = await listUsers(user);
  return (
    <div className="max-w-6xl">
      <AdminNav current="/admin/users" />
      <h1 className="mb-1 text-2xl font-semibold">Users</h1>
      <p className="mb-4 text-stone-700">
        Who can sign in, and with what role. Changing someone’s role or deactivating them signs them out at
        once.
      </p>
      <UsersAdmin list={list} currentUserId={user.id} />
    </div>
  );
}
