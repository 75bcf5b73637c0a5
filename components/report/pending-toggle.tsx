import Link from "next/link";

/** Shows or hides the claims not yet checked on this page and in its downloads (not on the public page). */
export function PendingToggle({ articleId, includePending }: { articleId: string; includePending: boolean }) {
  return (
    <p className="text-sm">
      <Link
        href={`/articles/${articleId}/report${includePending ? "?pending=hide" : ""}`}
        className="underline underline-offset-2"
      >
        {includePending ? "Hide claims not yet checked" : "Show claims not yet checked"}
      </Link>
    </p>
  );
}
