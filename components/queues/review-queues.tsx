import type { MyWork } from "@/lib/data/queues/get-my-work";
import { ClaimQueueList } from "./claim-queue-list";
import { QueueSection } from "./queue-section";

/** A reviewer's queues: verdicts to review, their own sent back, their drafts. */
export function ReviewQueues({ queues }: { queues: NonNullable<MyWork["review"]> }) {
  return (
    <>
      <QueueSection
        id="awaiting-review"
        title="Waiting for your review"
        description="Verdicts by other reviewers whose current revision you have not reviewed."
        queue={queues.awaitingReview}
        noun={["claim", "claims"]}
        emptyMessage="Nothing waiting for your review."
      >
        <ClaimQueueList items={queues.awaitingReview.items} />
      </QueueSection>
      <QueueSection
        id="changes-requested"
        title="Your verdicts with requested changes"
        description="A reviewer sent back the current revision of your verdict."
        queue={queues.changesRequested}
        noun={["claim", "claims"]}
        emptyMessage="None of your verdicts has changes requested."
      >
        <ClaimQueueList items={queues.changesRequested.items} />
      </QueueSection>
      <QueueSection
        id="drafts"
        title="Your drafts"
        description="Verdicts you have not submitted yet; they do not count as waiting work."
        queue={queues.drafts}
        noun={["claim", "claims"]}
        emptyMessage="You have no draft verdicts."
      >
        <ClaimQueueList items={queues.drafts.items} />
      </QueueSection>
    </>
  );
}
