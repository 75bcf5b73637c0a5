"use client";

import Link from "next/link";

/** Friendly page for unexpected errors: no stack trace, a way forward, and a reference for support. */
export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-24 text-center">
      <h1 className="text-2xl font-semibold">Something went wrong</h1>
      <p className="mt-2 text-stone-700">
        The page could not be shown. Try again; if it keeps happening, tell your administrator
        {error.digest ? (
          <>
            {" "}
            and quote reference <code className="rounded bg-stone-100 px-1">{error.digest}</code>
          </>
        ) : null}
        .
      </p>
      <div className="mt-6 flex justify-center gap-3">
        <button
          type="button"
          onClick={reset}
          className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900"
        >
          Try again
        </button>
        <Link href="/" className="rounded border border-stone-300 px-4 py-2 font-medium hover:bg-stone-100">
          Go to the articles
        </Link>
      </div>
    </main>
  );
}
