"use client";

import { useState, type ReactNode } from "react";
import { Button, FormError } from "@/components/ui/form-controls";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { messageOf } from "./api-client";

/** A yes/no question, for destructive actions (red) and bulk ones (`variant="primary"`). */
export function ConfirmDialog({
  title,
  children,
  confirmLabel,
  variant = "danger",
  onConfirm,
  onClose,
}: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  variant?: "danger" | "primary";
  onConfirm: () => Promise<void>;
  onClose: () => void;
}) {
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <ModalDialog title={title} onClose={onClose}>
      <div className="space-y-3 text-sm">{children}</div>
      <FormError message={message} />
      <div className="mt-2 flex justify-end gap-2">
        <Button variant="secondary" onClick={onClose} autoFocus>
          Cancel
        </Button>
        <Button
          variant={variant}
          disabled={pending}
          onClick={async () => {
            setPending(true);
            try {
              await onConfirm();
            } catch (error) {
              setMessage(messageOf(error));
              setPending(false);
            }
          }}
        >
          {confirmLabel}
        </Button>
      </div>
    </ModalDialog>
  );
}
