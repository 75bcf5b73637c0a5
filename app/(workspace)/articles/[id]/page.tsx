import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ArticleHeader } from "@/components/article/article-header";
import { ArticleWorkspace } from "@/components/article/article-workspace";
import { getArticleView } from "@/lib/data/articles/get-article-view";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const article = await getArticleView((await params).id);
  return { title: article?.title ?? "Article not found" };
}

export default async function ArticlePage({ params }: Params) {
  const article = await getArticleView((await params).id);
  if (!article) notFound();
  return (
    <>
      <ArticleHeader article={article} />
      <ArticleWorkspace text={article.text} claims={article.claims} />
    </>
  );
}
