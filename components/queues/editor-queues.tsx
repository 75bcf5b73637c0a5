import type { MyWork } from "@/lib/data/queues/get-my-work";
import { ArticleQueueList } from "./article-queue-list";
import { ClaimQueueList } from "./claim-queue-list";
import { QueueSection } from "./queue-section";

/** An editor's queues: claims to get a verdict for, disputes, articles to publish. */
export function EditorQueues({ queues }: { queues: NonNullable<MyWork["editing"]> }) {
  return (
    <>
      <QueueSection
        id="needs-verdict"
        title="Claims that need a verdict"
        description="No verdict has been submitted for these claims yet."
        queue={queues.needsVerdict}
        noun={["claim", "claims"]}
        emptyMessage="No claims need a verdict."
      >
        <ClaimQueueList items={queues.needsVerdict.items} />
      </QueueSection>
      <QueueSection
        id="disputed"
        title="Disputes to resolve"
        description="Submitted verdicts disagree on the rating."
        queue={queues.disputed}
        noun={["claim", "claims"]}
        emptyMessage="No disputes to resolve."
      >
        <ClaimQueueList items={queues.disputed.items} />
      </QueueSection>
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
