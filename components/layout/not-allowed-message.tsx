import Link from "next/link";

/** Shown when a signed-in user opens a page their role may not use. */
export function NotAllowedMessage({
  message,
  backHref,
  backLabel,
}: {
  message: string;
  backHref: string;
  backLabel: string;
}) {
  return (
    <div className="mx-auto max-w-xl py-16 text-center" data-testid="not-allowed">
      <h1 className="text-2xl font-semibold">Not allowed</h1>
      <p className="mt-2 text-stone-700">{message}</p>
      <p className="mt-6">
        <Link
          href={backHref}
          className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900"
        >
          {backLabel}
        </Link>
      </p>
    </div>
  );
}
