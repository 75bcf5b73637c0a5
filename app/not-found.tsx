import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-24 text-center">
      <p className="text-sm font-medium text-stone-600">404</p>
      <h1 className="mt-1 text-2xl font-semibold">Page not found</h1>
      <p className="mt-2 text-stone-700">There is nothing at this address.</p>
      <p className="mt-6">
        <Link href="/" className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900">
          Go to the articles
        </Link>
      </p>
    </main>
  );
}
