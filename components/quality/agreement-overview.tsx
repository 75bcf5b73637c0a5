import type { AgreementFigures } from "@/lib/agreement/agreement-figures";
import { agreementGapSentences } from "@/lib/agreement/describe-agreement";
import { AlphaValue, ShareValue } from "./figure-cells";

/** The range's headline figures, as a description list so each number keeps its name. */
export function AgreementOverview({ figures }: { figures: AgreementFigures }) {
  const items = [
    ["Krippendorff's alpha (ordinal)", <AlphaValue key="alpha" figures={figures} />],
    ["Raw agreement", <ShareValue key="raw" share={figures.rawAgreement} />],
    ["Claims rated by two or more reviewers", figures.pairableClaims],
    ["Reviewers compared", figures.reviewers],
  ] as const;
  return (
    <div>
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4" data-testid="agreement-overview">
        {items.map(([label, value]) => (
          <div key={label} className="rounded-lg border border-stone-200 bg-white p-3">
            <dt className="text-sm text-stone-700">{label}</dt>
            <dd className="mt-1 text-xl">{value}</dd>
          </div>
        ))}
      </dl>
      {figures.reason === "single_rating" ? (
        <p className="mt-2 text-sm text-stone-700">{agreementGapSentences.single_rating}</p>
      ) : null}
    </div>
  );
}
