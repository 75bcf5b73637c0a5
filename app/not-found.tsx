import { NotFoundMessage } from "@/components/layout/not-found-message";

export default function NotFound() {
  return (
    <main id="main">
      <NotFoundMessage
        title="Page not found"
        body="There is nothing at this address."
        linkLabel="Go to the articles"
      />
    </main>
  );
}
