"use client";

import { signOut } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ConfirmDialog } from "@/components/annotate/confirm-dialog";
import { Button } from "@/components/ui/form-controls";
import { requestSignOutEverywhere } from "./account-requests";

const sessionsInWords = (count: number) =>
  count === 1
    ? "You are signed in on 1 browser: this one."
    : `You are signed in on ${count} browsers or devices, this one included.`;

/** "Sign out of all sessions", confirmed first; afterwards this browser goes to sign-in too. */
export function SignOutEverywhere({ activeSessions }: { activeSessions: number }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);

  async function signOutAll() {
    await requestSignOutEverywhere();
    // The session row has ended already; this clears the cookie as well.
    await signOut({ redirect: false });
    router.replace("/signin?notice=signed-out-everywhere");
    router.refresh();
  }

  return (
    <section aria-labelledby="sessions-heading" className="rounded-lg border border-stone-200 bg-white p-5">
      <h2 id="sessions-heading" className="mb-2 text-lg font-semibold">
        Sessions
      </h2>
      <p className="mb-1" data-testid="active-sessions">
        {sessionsInWords(activeSessions)}
      </p>
      <p className="mb-4 text-sm text-stone-700">
        Left yourself signed in on a shared computer, or lost a device? Sign out everywhere. Your API tokens
        keep working; revoke them separately.
      </p>
      <Button variant="secondary" onClick={() => setConfirming(true)}>
        Sign out of all sessions
      </Button>
      {confirming ? (
        <ConfirmDialog
          title="Sign out of all sessions?"
          confirmLabel="Sign out everywhere"
          onConfirm={signOutAll}
          onClose={() => setConfirming(false)}
        >
          <p>
            {sessionsInWords(activeSessions)} Every one of them is signed out at once, and you will need to
            sign in again here too.
          </p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}
