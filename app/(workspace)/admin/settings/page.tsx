import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { LastBackupPanel } from "@/components/admin/last-backup-panel";
import { SettingsForm } from "@/components/admin/settings-form";
import { NotAllowedMessage } from "@/components/layout/not-allowed-message";
import { requireUser } from "@/lib/auth/current-user";
import { getLastBackup } from "@/lib/data/backups/last-backup";
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
  const [settings, lastBackup] = await Promise.all([getEditableSettings(user), getLastBackup(user)]);
  return (
    <div className="max-w-3xl">
      <AdminNav current="/admin/settings" />
      <h1 className="mb-4 text-2xl font-semibold">Settings</h1>
      <SettingsForm initial={settings} />
      <LastBackupPanel backup={lastBackup} now={new Date()} />
    </div>
  );
}
