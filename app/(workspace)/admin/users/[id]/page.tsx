import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminNav } from "@/components/admin/admin-nav";
import { BackLink } from "@/components/layout/back-link";
import { NotAllowedMessage } from "@/components/layout/not-allowed-message";
import { UserActivityList } from "@/components/users/user-activity-list";
import { UserDetail } from "@/components/users/user-detail";
import { requireUser } from "@/lib/auth/current-user";
import { getUser } from "@/lib/data/users/get-user";
import { listUserActivity } from "@/lib/data/users/list-user-activity";
import { isAppError } from "@/lib/errors/app-error";
import { canChangeUserAccess, canManageUsers } from "@/lib/permissions";

export const metadata: Metadata = { title: "User" };
export const dynamic = "force-dynamic";

export default async function UserPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireUser(`/admin/users/${id}`);
  if (!canManageUsers(viewer)) {
    return (
      <NotAllowedMessage
        message="Only admins can manage the team."
        backHref="/"
        backLabel="Back to articles"
      />
    );
  }
  const user = await getUser(viewer, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const events = await listUserActivity(viewer, id, { limit: 30 });
  return (
    <div className="max-w-5xl space-y-4">
      <AdminNav current="/admin/users" />
      <BackLink href="/admin/users">All users</BackLink>
      <h1 className="text-2xl font-semibold">{user.name}</h1>
      <UserDetail user={user} isSelf={!canChangeUserAccess(viewer, user)} />
      <UserActivityList events={events} />
    </div>
  );
}
