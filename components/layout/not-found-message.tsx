import Link from "next/link";

/** The body of a 404 page: what is missing, why it might be, and a way back. */
export function NotFoundMessage({
  title,
  body,
  linkLabel,
}: {
  title: string;
  body: string;
  linkLabel: string;
}) {
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center">
      <p className="text-sm font-medium text-stone-600">404</p>
      <h1 className="mt-1 text-2xl font-semibold">{title}</h1>
      <p className="mt-2 text-stone-700">{body}</p>
      <p className="mt-6">
        <Link href="/" className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900">
          {linkLabel}
        </Link>
      </p>
    </div>
  );
}
