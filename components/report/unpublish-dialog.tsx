"use client";

import { useState } from "react";
import { callApi, messageOf } from "@/components/annotate/api-client";
import { DialogFooter } from "@/components/ui/form-controls";
import { ModalDialog } from "@/components/ui/modal-dialog";

/** Asks before taking the public report down: every version of it then answers "not found". */
export function UnpublishDialog({
  articleId,
  onClose,
  onDone,
}: {
  articleId: string;
  onClose: () => void;
  onDone: () => void;
}) {
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <ModalDialog title="Take the public report down?" onClose={onClose}>
      <form
        className="space-y-3"
        onSubmit={async (event) => {
          event.preventDefault();
          setPending(true);
          setMessage(null);
          try {
            await callApi("DELETE", `/api/v1/articles/${articleId}/publications`);
            onDone();
          } catch (error) {
            setMessage(messageOf(error));
            setPending(false);
          }
        }}
      >
        <p className="text-sm">
          Every published version of this report, and its annotated article, will answer &ldquo;not
          found&rdquo; until you publish again. Links to it from elsewhere will stop working.
        </p>
        <DialogFooter message={message} onCancel={onClose} submitLabel="Take down" pending={pending} />
      </form>
    </ModalDialog>
  );
}
