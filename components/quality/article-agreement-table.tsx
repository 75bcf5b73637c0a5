import Link from "next/link";
import type { QualityReport } from "@/lib/data/agreement/get-quality-report";
import { AlphaValue, FiguresTable, numberCell, ShareValue, tableCell, type Column } from "./figure-cells";

const columns: Column[] = [
  ["Article"],
  ["Alpha"],
  ["Raw agreement", "numeric"],
  ["Claims rated by two or more", "numeric"],
  ["Reviewers", "numeric"],
];

/** Agreement per article, lowest first, each linking to its article. */
export function ArticleAgreementTable({ articles }: { articles: QualityReport["articles"] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <FiguresTable
        caption="Agreement per article, lowest alpha first"
        columns={columns}
        testId="article-agreement"
      >
        {articles.map((article) => (
          <tr key={article.articleId} data-testid="article-agreement-row">
            <th scope="row" className={`${tableCell} font-medium`}>
              <Link
                href={`/articles/${article.articleId}`}
                className="text-blue-800 underline underline-offset-4 hover:text-blue-950"
              >
                {article.title}
              </Link>
            </th>
            <td className={tableCell}>
              <AlphaValue figures={article} />
            </td>
            <td className={numberCell}>
              <ShareValue share={article.rawAgreement} />
            </td>
            <td className={numberCell}>{article.pairableClaims}</td>
            <td className={numberCell}>{article.reviewers}</td>
          </tr>
        ))}
      </FiguresTable>
    </div>
  );
}
