"use client";

import { useRef, useState } from "react";
import { Button, Field, TextInput } from "@/components/ui/form-controls";

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

/** A read-only field with the secret and a Copy button. It takes focus, so the next Tab is Copy. */
function SecretField({ secret, onDone }: { secret: string; onDone: () => void }) {
  const box = useRef<HTMLDivElement>(null);
  const [copyStatus, setCopyStatus] = useState("");

  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopyStatus("Copied to the clipboard.");
    } catch {
      box.current?.querySelector("input")?.select();
      setCopyStatus("Could not copy. The token is selected: press Ctrl+C (⌘C on a Mac) to copy it.");
    }
  }

  return (
    <>
      <div ref={box}>
        <Field
          id="new-token-secret"
          label="Your new token"
          hint="Keep it somewhere safe, such as a password manager: anyone who has it can use the API as you."
        >
          <div className="flex items-start gap-2">
            <TextInput
              id="new-token-secret"
              hasHint
              readOnly
              value={secret}
              spellCheck={false}
              autoFocus
              onFocus={(event) => event.currentTarget.select()}
            />
            <div className="mt-1 shrink-0">
              <Button variant="secondary" onClick={copy}>
                Copy
              </Button>
            </div>
          </div>
        </Field>
      </div>
      <p role="status" className="min-h-5 text-sm font-medium text-stone-800">
        {copyStatus}
      </p>
      <Button variant="secondary" onClick={onDone}>
        Done, hide the token
      </Button>
    </>
  );
}
