"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/form-controls";
import { PublishPreviewDialog } from "./publish-preview-dialog";
import { UnpublishDialog } from "./unpublish-dialog";

/** Publish the report as a new frozen version, after a preview, or take the public page down, after a confirmation. */
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
  const [open, setOpen] = useState<"publish" | "unpublish" | null>(null);
  const close = () => setOpen(null);
  const done = () => {
    setOpen(null);
    router.refresh();
  };
  return (
    <div className="space-y-1">
      <p className="text-sm text-stone-700">
        &ldquo;Hide claims not yet checked&rdquo; above changes only this page and the downloads. What readers
        see is chosen in the preview before publishing.
      </p>
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => setOpen("publish")}>
          {nextVersion === 1 ? "Preview and publish" : `Preview and republish as version ${nextVersion}`}
        </Button>
        {isPublished ? (
          <Button variant="danger" onClick={() => setOpen("unpublish")}>
            Unpublish
          </Button>
        ) : null}
        {open === "publish" ? (
          <PublishPreviewDialog
            articleId={articleId}
            isRepublish={nextVersion > 1}
            onClose={close}
            onPublished={done}
          />
        ) : null}
        {open === "unpublish" ? (
          <UnpublishDialog articleId={articleId} onClose={close} onDone={done} />
        ) : null}
      </div>
    </div>
  );
}
