import Link from "next/link";

export default function ArticleNotFound() {
  return (
    <div className="mx-auto max-w-xl py-16 text-center">
      <p className="text-sm font-medium text-stone-600">404</p>
      <h1 className="mt-1 text-2xl font-semibold">Article not found</h1>
      <p className="mt-2 text-stone-700">It may have been deleted, or the link is wrong.</p>
      <p className="mt-6">
        <Link href="/" className="rounded bg-blue-800 px-4 py-2 font-medium text-white hover:bg-blue-900">
          Back to all articles
        </Link>
      </p>
    </div>
  );
}
