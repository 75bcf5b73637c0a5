import { publicReportPath, publicReportVersionPath } from "@/lib/report/public-paths";

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

type Publication = {
  version: number;
  publishedAt: Date;
  withdrawnAt: Date | null;
  publishedBy: { name: string } | null;
};

/** Whether the report is public, at which address, and its earlier versions. */
export function PublicationStatus({
  articleId,
  publications,
}: {
  articleId: string;
  publications: Publication[];
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
    <div className="text-sm" data-testid="publication-status">
      <p>
        Published version {latest.version} on {when.format(latest.publishedAt)} UTC
        {latest.publishedBy ? ` by ${latest.publishedBy.name}` : ""}:{" "}
        <a href={publicReportPath(articleId)} className="font-medium underline">
          public report
        </a>
      </p>
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
