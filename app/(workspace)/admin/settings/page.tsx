import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { SettingsForm } from "@/components/admin/settings-form";
import { NotAllowedMessage } from "@/components/layout/not-allowed-message";
import { requireUser } from "@/lib/auth/current-user";
import { getEditableSettings } from "@/lib/data/settings/get-settings";
import { canManageSettings } from "@/lib/permissions";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser("/admin/settings");
  if (!canManageSettings(user)) {
    return (
      <NotAllowedMessage
        message="Only admins can change the settings."
        backHref="/"
        backLabel="Back to articles"
      />
    );
  }
  const settings = await getEditableSettings(user);
  return (
    <div className="max-w-3xl">
      <AdminNav current="/admin/settings" />
      <h1 className="mb-4 text-2xl font-semibold">Settings</h1>
      <SettingsForm initial={settings} />
    </div>
  );
}
