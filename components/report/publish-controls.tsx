"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { callApi, messageOf } from "@/components/annotate/api-client";
import { Button, FormError } from "@/components/ui/form-controls";

/** Publish the report as a new frozen version, or take the public page down. */
export function PublishControls({
  articleId,
  isPublished,
  nextVersion,
}: {
  articleId: string;
  isPublished: boolean;
  nextVersion: number;
}) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const act = (method: "POST" | "DELETE") => async () => {
    setPending(true);
    setMessage(null);
    try {
      await callApi(method, `/api/v1/articles/${articleId}/publications`);
    } catch (error) {
      setMessage(messageOf(error));
    }
    setPending(false);
    router.refresh();
  };
  return (
    <div className="space-y-1">
      <div className="flex flex-wrap gap-2">
        <Button onClick={act("POST")} disabled={pending}>
          {nextVersion === 1 ? "Publish report" : `Publish version ${nextVersion}`}
        </Button>
        {isPublished ? (
          <Button variant="danger" onClick={act("DELETE")} disabled={pending}>
            Unpublish
          </Button>
        ) : null}
      </div>
      <FormError message={message} />
    </div>
  );
}
