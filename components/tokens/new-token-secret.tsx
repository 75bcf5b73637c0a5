"use client";

import { CopyField } from "@/components/ui/copy-field";
import { Button } from "@/components/ui/form-controls";

export interface NewToken {
  name: string;
  secret: string;
}

/**
 * The secret of a token just created, shown this once. The notice is a live
 * region that is always in the page (empty until a token is created), so
 * screen readers announce it when it fills.
 */
export function NewTokenSecret({ created, onDone }: { created: NewToken | null; onDone: () => void }) {
  return (
    <div
      className={created ? "space-y-3 rounded-lg border-2 border-amber-700 bg-amber-50 p-5" : ""}
      data-testid="new-token"
    >
      <p role="status" className={created ? "font-semibold" : "sr-only"}>
        {created ? `Token “${created.name}” created. Copy it now: you won’t see this token again.` : ""}
      </p>
      {created ? <SecretField key={created.secret} secret={created.secret} onDone={onDone} /> : null}
    </div>
  );
}

/** The secret in a copy field (it takes focus, so the next Tab is Copy), then a way to hide it. */
function SecretField({ secret, onDone }: { secret: string; onDone: () => void }) {
  return (
    <>
      <CopyField
        id="new-token-secret"
        label="Your new token"
        hint="Keep it somewhere safe, such as a password manager: anyone who has it can use the API as you."
        value={secret}
        noun="token"
      />
      <Button variant="secondary" onClick={onDone}>
        Done, hide the token
      </Button>
    </>
  );
}
