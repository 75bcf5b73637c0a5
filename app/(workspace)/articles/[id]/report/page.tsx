import type { Metadata } from "next";
import { headers } from "next/headers";
import { BackLink } from "@/components/layout/back-link";
import { LiveUpdates } from "@/components/live/live-updates";
import { EmbedSnippet } from "@/components/report/embed-snippet";
import { PublishControls } from "@/components/report/publish-controls";
import { PendingToggle } from "@/components/report/pending-toggle";
import { PublicationStatus } from "@/components/report/publication-status";
import { ReportDownloads } from "@/components/report/report-downloads";
import { requireUser } from "@/lib/auth/current-user";
import { buildReportModel } from "@/lib/data/reports/build-report-model";
import {
  listPublications,
  livePendingCoverage,
  publicationReference,
  publicReportPath,
} from "@/lib/data/reports/publications";
import { publicOrigin } from "@/lib/http/public-origin";
import { canPublishReports } from "@/lib/permissions";
import { renderClaimReviews } from "@/lib/report/render-claimreview";
import { renderReportBody, reportStyles } from "@/lib/report/render-html";
import { sortClaimsIntoSections } from "@/lib/report/report-sections";

export const metadata: Metadata = { title: "Report" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ pending?: string }> };

export default async function ReportPage({ params, searchParams }: Props) {
  const [{ id }, { pending }] = await Promise.all([params, searchParams]);
  const includePending = pending !== "hide";
  // A page has no request URL; the scheme is plain http unless APP_URL or a trusted proxy says otherwise.
  const origin = publicOrigin({ url: "http://localhost/", headers: await headers() });
  const [user, reference, publications, coverage] = await Promise.all([
    requireUser(`/articles/${id}/report`),
    publicationReference(id, origin),
    listPublications(id),
    livePendingCoverage(id),
  ]);
  // Unpublished, the preview names the public address it would have, so ClaimReview checks see a complete page.
  const model = await buildReportModel(id, {
    audience: "internal",
    reportUrl: reference.reportUrl ?? `${origin}${publicReportPath(id)}`,
    publication: reference.publication,
  });
  const live = publications.filter((p) => !p.withdrawnAt);
  const { warnings } = renderClaimReviews(model);
  // The finding comes first; downloads and publishing sit beside it on wide screens and after it on narrow ones.
  return (
    <div className="space-y-4">
      <div className="space-y-2 print:hidden">
        <BackLink href={`/articles/${id}`}>{model.article.title}</BackLink>
        <p className="text-lg font-semibold">Fact-check report</p>
        <LiveUpdates articleId={id} />
        <PublicationStatus articleId={id} publications={publications} coverage={coverage} />
        <PendingToggle articleId={id} includePending={includePending} />
      </div>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <div className="min-w-0">
          <style>{reportStyles}</style>
          {/* Our own renderer's output: every user-supplied string in it is escaped or sanitized (lib/report). */}
          <div
            className="rounded-md border border-stone-200 bg-white p-6"
            dangerouslySetInnerHTML={{ __html: renderReportBody(model, { includePending }) }}
          />
        </div>
        <aside aria-label="Download and publish" className="min-w-0 space-y-6 print:hidden">
          <ReportDownloads articleId={id} includePending={includePending} />
          <section aria-labelledby="publishing-heading" className="space-y-3">
            <h2 id="publishing-heading" className="text-lg font-semibold">
              Publishing
            </h2>
            {canPublishReports(user) ? (
              <PublishControls
                articleId={id}
                isPublished={live.length > 0}
                nextVersion={(publications[0]?.version ?? 0) + 1}
              />
            ) : (
              <p className="text-sm text-stone-700">Editors and admins publish reports.</p>
            )}
            {live.length === 0 ? (
              <p className="text-sm text-stone-700" data-testid="filled-on-publishing">
                Publishing fills in what the downloads cannot say yet: the public address of the report (with
                a link to each claim) and the date it was published, in the ClaimReview, JSON and Markdown
                files.
              </p>
            ) : null}
            {warnings.length > 0 ? (
              <details className="rounded border border-amber-300 bg-amber-50 p-3 text-sm">
                <summary className="cursor-pointer font-medium">
                  ClaimReview recommendations not met ({warnings.length})
                </summary>
                <ul className="ml-5 mt-2 list-disc">
                  {warnings.map((warning) => (
                    <li key={warning}>{warning}</li>
                  ))}
                </ul>
              </details>
            ) : null}
          </section>
          {live.length > 0 ? (
            <EmbedSnippet
              articleId={id}
              articleTitle={model.article.title}
              origin={origin}
              exampleClaimNumber={sortClaimsIntoSections(model).checked[0]?.number ?? null}
            />
          ) : null}
        </aside>
      </div>
    </div>
  );
}
