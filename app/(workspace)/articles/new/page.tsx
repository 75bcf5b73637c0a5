import type { Metadata } from "next";
import { ImportArticle } from "@/components/import/import-article";
import { BackLink } from "@/components/layout/back-link";
import { NotAllowedMessage } from "@/components/layout/not-allowed-message";
import { requireUser } from "@/lib/auth/current-user";
import { canImportArticles } from "@/lib/permissions";

export const metadata: Metadata = { title: "Import an article" };

export default async function NewArticlePage() {
  const user = await requireUser("/articles/new");
  if (!canImportArticles(user)) {
    return (
      <NotAllowedMessage
        message="Only editors and admins can import articles."
        backHref="/"
        backLabel="Back to articles"
      />
    );
  }
  return (
    <div className="max-w-3xl space-y-4">
      <BackLink href="/">Articles</BackLink>
      <h1 className="text-2xl font-semibold">Import an article</h1>
      <ImportArticle />
    </div>
  );
}
