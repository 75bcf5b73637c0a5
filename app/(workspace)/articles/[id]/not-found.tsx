import { NotFoundMessage } from "@/components/layout/not-found-message";

export default function ArticleNotFound() {
  return (
    <NotFoundMessage
      title="Article not found"
      body="It may have been deleted, or the link is wrong."
      linkLabel="Back to all articles"
    />
  );
}
