import type { MyWork } from "@/lib/data/queues/get-my-work";
import { ArticleQueueList } from "./article-queue-list";
import { ClaimQueueSection } from "./claim-queue-section";
import { QueueSection } from "./queue-section";

/** An editor's queues: claims to get a verdict for, disputes, articles to publish. */
export function EditorQueues({ queues }: { queues: NonNullable<MyWork["editing"]> }) {
  return (
    <>
      <ClaimQueueSection
        queue={queues.needsVerdict}
        text={{
          id: "needs-verdict",
          title: "Claims that need a verdict",
          description: "No verdict has been submitted for these claims yet.",
          emptyMessage: "No claims need a verdict.",
        }}
      />
      <ClaimQueueSection
        queue={queues.disputed}
        text={{
          id: "disputed",
          title: "Disputes to resolve",
          description: "Submitted verdicts disagree on the rating.",
          emptyMessage: "No disputes to resolve.",
        }}
      />
      <QueueSection
        id="ready-to-publish"
        title="Articles ready to publish"
        description="Every claim is approved or dismissed, and no report is live yet."
        queue={queues.readyToPublish}
        noun={["article", "articles"]}
        emptyMessage="No articles are ready to publish."
      >
        <ArticleQueueList items={queues.readyToPublish.items} />
      </QueueSection>
    </>
  );
}
