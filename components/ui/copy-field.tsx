"use client";

import { useRef, useState, type ReactNode } from "react";
import { Button, Field, TextInput } from "@/components/ui/form-controls";

/**
 * A value to pass on by hand (a single-use link, a new token): a read-only
 * field that takes focus (so the next Tab is Copy), a Copy button, and what
 * happened in words. `noun` names the value in the fallback message.
 */
export function CopyField({
  id,
  label,
  value,
  hint,
  noun = "link",
}: {
  id: string;
  label: string;
  value: string;
  hint: ReactNode;
  noun?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState("");

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setStatus("Copied to the clipboard.");
    } catch {
      box.current?.querySelector("input")?.select();
      setStatus(`Could not copy. The ${noun} is selected: press Ctrl+C (⌘C on a Mac) to copy it.`);
    }
  }

  return (
    <div ref={box} className="space-y-2">
      <Field id={id} label={label} hint={hint}>
        <div className="flex items-start gap-2">
          <TextInput
            id={id}
            hasHint
            readOnly
            value={value}
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
      <p role="status" className="min-h-5 text-sm font-medium text-stone-800">
        {status}
      </p>
    </div>
  );
}
