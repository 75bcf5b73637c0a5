import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/layout/back-link";
import { NotAllowedMessage } from "@/components/layout/not-allowed-message";
import { ImportAnnotationsForm } from "@/components/report/import-annotations-form";
import { requireUser } from "@/lib/auth/current-user";
import { getArticleView } from "@/lib/data/articles/get-article-view";
import { canAnnotateClaims } from "@/lib/permissions";

export const metadata: Metadata = { title: "Import annotations" };

export default async function ImportAnnotationsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [user, article] = await Promise.all([
    requireUser(`/articles/${id}/import-annotations`),
    getArticleView(id),
  ]);
  if (!article) notFound();
  if (!canAnnotateClaims(user)) {
    return (
      <NotAllowedMessage
        message="Only editors and admins can import annotations."
        backHref={`/articles/${id}`}
        backLabel="Back to the article"
      />
    );
  }
  return (
    <div className="max-w-2xl space-y-4">
      <BackLink href={`/articles/${id}`}>{article.title}</BackLink>
      <h1 className="text-2xl font-semibold">Import W3C Web Annotations</h1>
      <p className="text-stone-700">
        Each annotation becomes a claim, anchored by its quote, context and position in the current text.
      </p>
      <ImportAnnotationsForm articleId={id} />
    </div>
  );
}
