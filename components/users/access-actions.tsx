"use client";

import { useState } from "react";
import { ConfirmDialog } from "@/components/annotate/confirm-dialog";
import { Button } from "@/components/ui/form-controls";
import type { PasswordResetResult, UserView } from "@/lib/api/schemas/user";
import { requestPasswordReset, requestRevokeTokens, requestUpdateUser } from "./user-requests";

type Action = "deactivate" | "reactivate" | "reset" | "revoke";

export interface AccessOutcome {
  message: string;
  user?: UserView;
  reset?: PasswordResetResult;
}

const confirmations: Record<Action, { title: (name: string) => string; label: string; text: string }> = {
  deactivate: {
    title: (name) => `Deactivate ${name}?`,
    label: "Deactivate",
    text: "They are signed out at once, cannot sign in, and their API tokens stop working. Their work stays. You can reactivate the account later.",
  },
  reactivate: {
    title: (name) => `Reactivate ${name}?`,
    label: "Reactivate",
    text: "They can sign in again with their password, and tokens they had that are not revoked or expired work again.",
  },
  reset: {
    title: (name) => `Reset ${name}’s password?`,
    label: "Reset password",
    text: "Their current password stops working now, they are signed out everywhere and all their API tokens are revoked. They choose a new password with a link that works once, for 24 hours.",
  },
  revoke: {
    title: (name) => `Revoke all of ${name}’s API tokens?`,
    label: "Revoke tokens",
    text: "Every script and tool using their tokens stops working at once. This cannot be undone: they create new tokens to use the API again. Their browser sessions carry on.",
  },
};

/** Deactivate or reactivate, reset the password, revoke the tokens: each asks first. Not offered on your own account. */
export function AccessActions({
  user,
  onDone,
}: {
  user: UserView;
  onDone: (outcome: AccessOutcome) => void;
}) {
  const [asking, setAsking] = useState<Action | null>(null);
  const active = user.state === "active";

  async function run(action: Action): Promise<AccessOutcome> {
    if (action === "deactivate" || action === "reactivate") {
      const saved = await requestUpdateUser(user.id, {
        version: user.version,
        active: action === "reactivate",
      });
      return {
        user: saved,
        message:
          action === "deactivate"
            ? `${saved.name} is deactivated and signed out everywhere.`
            : `${saved.name} can sign in again.`,
      };
    }
    if (action === "reset") {
      const reset = await requestPasswordReset(user.id);
      return {
        reset,
        message: reset.emailed
          ? `Password reset. A link to choose a new one was emailed to ${user.email}.`
          : `Password reset. Copy the link below and send it to ${user.name} yourself.`,
      };
    }
    const { revoked } = await requestRevokeTokens(user.id);
    return { message: `Revoked ${revoked} API ${revoked === 1 ? "token" : "tokens"} of ${user.name}.` };
  }

  const asked = asking ? confirmations[asking] : null;
  return (
    <div className="flex flex-wrap gap-2">
      <Button
        variant={active ? "danger" : "primary"}
        onClick={() => setAsking(active ? "deactivate" : "reactivate")}
      >
        {active ? "Deactivate…" : "Reactivate…"}
      </Button>
      <Button variant="secondary" onClick={() => setAsking("reset")}>
        Reset password…
      </Button>
      <Button variant="secondary" onClick={() => setAsking("revoke")}>
        Revoke all tokens…
      </Button>
      {asking && asked ? (
        <ConfirmDialog
          title={asked.title(user.name)}
          confirmLabel={asked.label}
          onClose={() => setAsking(null)}
          onConfirm={async () => {
            const outcome = await run(asking);
            setAsking(null);
            onDone(outcome);
          }}
        >
          <p>{asked.text}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
