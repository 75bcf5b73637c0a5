import { LocalTime } from "@/components/ui/local-time";
import type { LivePendingCoverage } from "@/lib/data/reports/publications";
import { publicReportPath, publicReportVersionPath } from "@/lib/report/public-paths";

type Publication = {
  version: number;
  publishedAt: Date;
  withdrawnAt: Date | null;
  publishedBy: { name: string } | null;
};

/** Whether the report is public, at which address, what the live version leaves out, and its earlier versions. */
export function PublicationStatus({
  articleId,
  publications,
  coverage,
}: {
  articleId: string;
  publications: Publication[];
  /** The live version's coverage of claims not yet checked (null while unpublished). */
  coverage: LivePendingCoverage | null;
}) {
  const live = publications.filter((p) => !p.withdrawnAt);
  const latest = live[0];
  if (!latest) {
    return (
      <p className="text-sm text-stone-700" data-testid="publication-status">
        Not published.{" "}
        {publications.length > 0 ? "Earlier versions were taken down." : "Nothing here is public yet."}
      </p>
    );
  }
  return (
    <div className="space-y-1 text-sm" data-testid="publication-status">
      <p>
        Published version {latest.version} on <LocalTime value={latest.publishedAt} />
        {latest.publishedBy ? ` by ${latest.publishedBy.name}` : ""}:{" "}
        <a href={publicReportPath(articleId)} className="font-medium underline">
          public report
        </a>
      </p>
      {coverage ? (
        <p data-testid="live-pending-coverage">
          Version {latest.version} is live. {pendingSentence(coverage)}
        </p>
      ) : null}
      {live.length > 1 ? (
        <p className="text-stone-700">
          Earlier versions (superseded):{" "}
          {live.slice(1).map((p, i) => (
            <span key={p.version}>
              {i > 0 ? ", " : ""}
              <a href={publicReportVersionPath(articleId, p.version)} className="underline">
                version {p.version}
              </a>
            </span>
          ))}
        </p>
      ) : null}
    </div>
  );
}

function pendingSentence({ includesPending, pendingCount }: LivePendingCoverage): string {
  if (!includesPending) return "Claims not yet checked are left out.";
  if (pendingCount === 0) return "It includes claims not yet checked, but had none when it was published.";
  return `It includes ${pendingCount} ${pendingCount === 1 ? "claim" : "claims"} not yet checked.`;
}
