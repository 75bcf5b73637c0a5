import Link from "next/link";

/** What viewers see on "My work": why there is nothing here, and where to go instead. */
export function ViewerQueueNotice() {
  return (
    <div
      className="rounded-lg border border-dashed border-stone-300 bg-white p-10 text-center"
      data-testid="no-queue"
    >
      <h2 className="text-lg font-medium">Viewers have no work queue</h2>
      <p className="mt-1 text-stone-700">
        As a viewer you can read every article and follow its fact-check. Reviewers and editors find the
        verdicts and claims waiting for them on this page.
      </p>
      <p className="mt-4">
        <Link href="/" className="font-medium text-blue-900 underline underline-offset-4 hover:text-blue-950">
          Browse the articles
        </Link>
      </p>
    </div>
  );
}
