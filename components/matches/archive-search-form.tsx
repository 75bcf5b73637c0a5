import { ARCHIVE_SEARCH_MAX } from "@/lib/schemas/matches";

/**
 * Search the fact-check archive by hand: a plain GET form on the claim page,
 * so it works without JavaScript and the search is in the URL.
 */
export function ArchiveSearchForm({ claimId, query }: { claimId: string; query: string }) {
  return (
    <form
      key={query}
      method="get"
      action={`/claims/${claimId}#archive-search`}
      role="search"
      aria-label="Fact-check archive"
      className="flex flex-wrap items-end gap-2"
    >
      <div className="min-w-0 flex-1">
        <label htmlFor="archive-query" className="block text-sm font-medium">
          Search the fact-check archive
        </label>
        <input
          id="archive-query"
          name="archive"
          type="search"
          defaultValue={query}
          maxLength={ARCHIVE_SEARCH_MAX}
          className="mt-1 w-full rounded border border-stone-400 bg-white px-3 py-2 text-sm focus-visible:outline-2 focus-visible:outline-blue-700"
        />
      </div>
      <button
        type="submit"
        className="rounded border border-stone-300 bg-white px-3 py-2 text-sm font-medium hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800"
      >
        Search
      </button>
    </form>
  );
}
