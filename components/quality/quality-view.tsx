import type { QualityReport } from "@/lib/data/agreement/get-quality-report";
import { AgreementOverview } from "./agreement-overview";
import { AlphaByMonthChart } from "./alpha-by-month-chart";
import { ArticleAgreementTable } from "./article-agreement-table";
import { ReviewerPairTable } from "./reviewer-pair-table";

const sectionHeading = "mb-2 mt-8 text-lg font-semibold";

/** The range's figures, or what produces them when there are none yet. */
export function QualityView({ report }: { report: QualityReport }) {
  const { range, overall } = report;
  return (
    <section aria-labelledby="quality-range-heading">
      <h2 id="quality-range-heading" className="mb-3 text-lg font-semibold">
        From {range.from} to {range.to} (UTC)
      </h2>
      {overall.pairableClaims === 0 ? (
        <div className="rounded-lg border border-stone-200 bg-white p-4" data-testid="quality-empty">
          <p className="font-medium">Not enough ratings in this range to measure agreement.</p>
          <p className="mt-1 text-stone-700">
            {report.ratedClaims === 0
              ? "No claim got a submitted verdict or an approval in these dates."
              : `${report.ratedClaims} ${report.ratedClaims === 1 ? "claim was" : "claims were"} rated, each by one reviewer only.`}{" "}
            Agreement is measured on claims two reviewers rated: when a reviewer approves another reviewer’s
            verdict, or when two reviewers submit verdicts on the same claim. Choose a longer range, or come
            back once claims have been reviewed.
          </p>
        </div>
      ) : (
        <>
          <AgreementOverview figures={overall} />
          <h2 className={sectionHeading}>Alpha per month</h2>
          <AlphaByMonthChart months={report.months} />
          <h2 className={sectionHeading}>Per reviewer pair</h2>
          <ReviewerPairTable pairs={report.pairs} />
          <h2 className={sectionHeading}>Per article</h2>
          <ArticleAgreementTable articles={report.articles} />
        </>
      )}
    </section>
  );
}
