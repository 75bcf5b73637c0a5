import type { Metadata } from "next";
import { ArticleList } from "@/components/articles/article-list";
import { listArticles } from "@/lib/data/articles/list-articles";

export const metadata: Metadata = { title: "Articles" };
export const dynamic = "force-dynamic";

export default async function ArticlesPage() {
  const articles = await listArticles();
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold">Articles</h1>
      <ArticleList articles={articles} />
    </>
  );
}
