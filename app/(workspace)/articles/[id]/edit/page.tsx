import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EditTextForm } from "@/components/annotate/edit-text-form";
import { NotAllowedMessage } from "@/components/layout/not-allowed-message";
import { requireUser } from "@/lib/auth/current-user";
import { getArticleView } from "@/lib/data/articles/get-article-view";
import { canEditArticles } from "@/lib/permissions";
import { BackLink } from "@/components/layout/back-link";

export const metadata: Metadata = { title: "Edit article text" };

export default async function EditArticleTextPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [user, article] = await Promise.all([requireUser(`/articles/${id}/edit`), getArticleView(id)]);
  if (!article) notFound();
  if (!canEditArticles(user)) {
    return (
      <NotAllowedMessage
        message="Only editors and admins can edit article text."
        backHref={`/articles/${id}`}
        backLabel="Back to the article"
      />
    );
  }
  return (
    <div className="max-w-3xl">
      <BackLink href={`/articles/${id}`}>{article.title}</BackLink>
      <h1 className="mb-1 mt-2 text-2xl font-semibold">Edit article text</h1>
      <p className="mb-4 text-stone-700">
        You are editing revision {article.revision}. Saving creates revision {article.revision + 1}; earlier
        revisions stay readable in the history.
      </p>
      <EditTextForm articleId={id} revision={article.revision} text={article.text} />
    </div>
  );
}
