import type { QualityReport } from "@/lib/data/agreement/get-quality-report";
import { AlphaValue, FiguresTable, numberCell, ShareValue, tableCell, type Column } from "./figure-cells";

const columns: Column[] = [
  ["Reviewers"],
  ["Alpha"],
  ["Raw agreement", "numeric"],
  ["Shared claims", "numeric"],
];

/** How each two reviewers agree on the claims both rated. */
export function ReviewerPairTable({ pairs }: { pairs: QualityReport["pairs"] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <FiguresTable
        caption="Agreement per reviewer pair, most shared claims first"
        columns={columns}
        testId="reviewer-pairs"
      >
        {pairs.map((pair) => (
          <tr key={pair.reviewerIds.join(" ")} data-testid="reviewer-pair-row">
            <th scope="row" className={`${tableCell} font-medium`}>
              {pair.names[0]} and {pair.names[1]}
            </th>
            <td className={tableCell}>
              <AlphaValue figures={pair} />
            </td>
            <td className={numberCell}>
              <ShareValue share={pair.rawAgreement} />
            </td>
            <td className={numberCell}>{pair.pairableClaims}</td>
          </tr>
        ))}
      </FiguresTable>
    </div>
  );
}
