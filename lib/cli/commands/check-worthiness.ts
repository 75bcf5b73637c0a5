import { scoreSentences } from "@/lib/check-worthiness/score-sentences";
import { AppError } from "@/lib/errors/app-error";
import type { CliIo } from "../cli-io";
import { readIdTextLines } from "../id-text-lines";
import type { CliCommand } from "../parse-args";

type CheckWorthinessCommand = Extract<CliCommand, { name: "check-worthiness" }>;

/**
 * `check-worthiness`: JSON lines in, JSON lines out, one score per line as
 * it arrives, so it works in a pipe over a corpus of any size. A bad line
 * stops the run (exit 1) with the lines before it already written: the
 * output stays one line per good input line, in order, and the message names
 * the line to fix. Blank lines are skipped. With --article, the sentences of
 * a stored article's current text instead.
 */
export async function checkWorthiness(command: CheckWorthinessCommand, io: CliIo): Promise<void> {
  if (command.articleId !== undefined) return scoreStoredArticle(command.articleId, io);
  for await (const { id, text } of readIdTextLines(io)) {
    const [score] = scoreSentences([text]);
    await io.out(`${JSON.stringify({ id: id ?? null, score })}\n`);
  }
}

async function scoreStoredArticle(articleId: string, io: CliIo): Promise<void> {
  // Loaded only here: reading stdin needs neither the database nor Prisma.
  const { findArticleResource } = await import("@/lib/data/articles/article-resource");
  const { scoreArticleSentences } = await import("@/lib/check-worthiness/score-article");
  const article = await findArticleResource(articleId);
  if (!article)
    throw new AppError("NOT_FOUND", `No article with the id “${articleId}”; \`articles\` lists them.`);
  const lines = scoreArticleSentences(article.text).map((sentence) => `${JSON.stringify(sentence)}\n`);
  await io.out(lines.join(""));
}
