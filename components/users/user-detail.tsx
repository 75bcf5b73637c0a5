"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import type { PasswordResetResult, UserView } from "@/lib/api/schemas/user";
import { AccessActions } from "./access-actions";
import { ChangeRoleForm, RenameForm } from "./account-forms";
import { CopyField } from "@/components/ui/copy-field";
import { LocalTime } from "@/components/ui/local-time";
import { UserFacts } from "./user-facts";

/**
 * One account: its facts, and what an admin can change. The account shown
 * is the newest one known (the server's after a refresh, or what the last
 * change returned), so the next change sends the right version.
 */
export function UserDetail({ user: fromServer, isSelf }: { user: UserView; isSelf: boolean }) {
  const router = useRouter();
  const hydrated = useHydrated();
  const [lastSaved, setLastSaved] = useState<UserView | null>(null);
  const [status, setStatus] = useState("");
  const [reset, setReset] = useState<PasswordResetResult | null>(null);
  const user = lastSaved && lastSaved.version > fromServer.version ? lastSaved : fromServer;

  function saved(next: UserView | undefined, message: string) {
    if (next) setLastSaved(next);
    setStatus(message);
    router.refresh();
  }

  return (
    <div className="space-y-6" data-testid="user-detail" data-hydrated={hydrated ? "true" : undefined}>
      <UserFacts user={user} />
      <p role="status" className="min-h-5 text-sm font-medium text-stone-800" data-testid="user-status">
        {status}
      </p>
      {reset?.link ? (
        <div className="rounded border-2 border-amber-700 bg-amber-50 p-4">
          <CopyField
            key={reset.link.url}
            id="reset-link"
            label="Password reset link"
            value={reset.link.url}
            hint={
              <>
                Works once, until <LocalTime value={reset.link.expiresAt} />. Send it only to {user.name}:
                whoever opens it chooses the password.
              </>
            }
          />
        </div>
      ) : null}
      <section
        aria-labelledby="change-heading"
        className="grid gap-6 rounded-lg border border-stone-200 bg-white p-5 sm:grid-cols-2"
      >
        <h2 id="change-heading" className="text-lg font-semibold sm:col-span-2">
          Change the account
        </h2>
        <RenameForm key={`name-${user.version}`} user={user} onSaved={saved} />
        {isSelf ? (
          <p className="text-sm text-stone-700">
            You cannot change your own role or deactivate yourself: ask another admin. Change your password
            under Account settings.
          </p>
        ) : (
          <ChangeRoleForm key={`role-${user.version}`} user={user} onSaved={saved} />
        )}
      </section>
      {isSelf ? null : (
        <section aria-labelledby="access-heading" className="space-y-3">
          <h2 id="access-heading" className="text-lg font-semibold">
            Access
          </h2>
          <AccessActions
            user={user}
            onDone={(outcome) => {
              setReset(outcome.reset ?? null);
              saved(outcome.user, outcome.message);
            }}
          />
        </section>
      )}
    </div>
  );
}
