import { listEveryArticle, type ArticleListItem } from "@/lib/data/articles/list-articles";
import { deriveArticleStatus } from "@/lib/review/article-status";
import { articleStatusLabels, claimsDone } from "../article-status-filter";
import type { CliIo } from "../cli-io";
import { truncate } from "@/lib/article/format";
import { formatTable } from "../format-table";
import type { CliCommand } from "../parse-args";
import { printJson } from "../print-json";

type ArticlesCommand = Extract<CliCommand, { name: "articles" }>;

const TITLE_WIDTH = 60;

/** `articles`: the article list page as a table (or JSON), newest first, optionally filtered by --status. */
export async function listArticles(command: ArticlesCommand, io: CliIo): Promise<void> {
  const articles = await listEveryArticle({ status: command.status ?? undefined });
  if (command.json) return printJson(io, articles.map(toJson));
  if (articles.length === 0)
    return io.out(command.status ? "No articles with that status.\n" : "No articles yet.\n");
  await io.out(
    formatTable(
      [{ header: "ID" }, { header: "TITLE" }, { header: "CLAIMS", align: "right" }, { header: "STATUS" }],
      articles.map((article) => [
        article.id,
        truncate(article.title, TITLE_WIDTH),
        `${claimsDone(article.summary)}/${article.summary.total}`,
        articleStatusLabels[deriveArticleStatus(article.summary)],
      ]),
    ),
  );
}

function toJson(article: ArticleListItem) {
  const { summary } = article;
  return {
    id: article.id,
    path: `/articles/${article.id}`,
    title: article.title,
    publishedAt: article.publishedAt ? article.publishedAt.toISOString().slice(0, 10) : null,
    sourceUrl: article.sourceUrl,
    status: deriveArticleStatus(summary),
    percentDone: summary.percentDone,
    claims: { done: claimsDone(summary), total: summary.total, byStatus: summary.counts },
  };
}
