import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { ImportFactChecksForm } from "@/components/archive/import-fact-checks-form";
import { NotAllowedMessage } from "@/components/layout/not-allowed-message";
import { requireUser } from "@/lib/auth/current-user";
import { isSafeHttpUrl } from "@/lib/article/format";
import { listImportedFactChecks } from "@/lib/data/archive/list-imported-fact-checks";
import { canImportFactChecks } from "@/lib/permissions";

export const metadata: Metadata = { title: "Fact-check archive" };

export default async function ArchivePage() {
  const user = await requireUser("/admin/archive");
  if (!canImportFactChecks(user)) {
    return (
      <NotAllowedMessage
        message="Only admins can import fact-checks into the archive."
        backHref="/"
        backLabel="Back to articles"
      />
    );
  }
  const { recent, publishers, total } = await listImportedFactChecks(user);
  return (
    <div className="max-w-4xl">
      <AdminNav current="/admin/archive" />
      <h1 className="mb-2 text-2xl font-semibold">Fact-check archive</h1>
      <p className="mb-4 max-w-2xl text-sm text-stone-700">
        New claims are matched against the newsroom&apos;s approved verdicts and against fact-checks imported
        here from other organisations or your own past site. Imported fact-checks are read-only and always
        shown with their publisher. Importing the same fact-check (the same url) again updates it.
      </p>
      <ImportFactChecksForm />
      <h2 className="mt-8 mb-2 text-lg font-semibold">Imported fact-checks ({total})</h2>
      {total === 0 ? (
        <p className="text-sm text-stone-700" data-testid="archive-empty">
          None imported yet. Import a ClaimReview file or a fact-checker&apos;s feed above.
        </p>
      ) : (
        <>
          <p className="mb-2 text-sm">
            By publisher:{" "}
            {publishers.map((publisher, i) => (
              <span key={publisher.name}>
                {i > 0 ? ", " : ""}
                {publisher.name} ({publisher.count})
              </span>
            ))}
          </p>
          <table className="w-full text-left text-sm">
            <caption className="sr-only">The most recently imported or updated fact-checks</caption>
            <thead>
              <tr className="border-b border-stone-300">
                <th scope="col" className="py-1 pr-3">
                  Claim
                </th>
                <th scope="col" className="py-1 pr-3">
                  Rating
                </th>
                <th scope="col" className="py-1 pr-3">
                  Publisher
                </th>
                <th scope="col" className="py-1">
                  Published
                </th>
              </tr>
            </thead>
            <tbody>
              {recent.map((check) => (
                <tr key={check.id} className="border-b border-stone-200 align-top">
                  <td className="py-1 pr-3">
                    {isSafeHttpUrl(check.url) ? (
                      <a href={check.url} rel="noopener noreferrer" className="text-blue-800 underline">
                        {check.claimReviewed}
                      </a>
                    ) : (
                      check.claimReviewed
                    )}
                  </td>
                  <td className="py-1 pr-3">{check.ratingName}</td>
                  <td className="py-1 pr-3">{check.publisherName}</td>
                  <td className="py-1">
                    {check.datePublished ? check.datePublished.toISOString().slice(0, 10) : "No date given"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {total > recent.length ? (
            <p className="mt-2 text-sm text-stone-700">
              Showing the {recent.length} most recently imported or updated of {total}.
            </p>
          ) : null}
        </>
      )}
    </div>
  );
}
