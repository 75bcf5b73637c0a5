import type { CappedQueue } from "@/lib/data/queues/queue-items";
import type { ClaimQueueItem } from "@/lib/data/queues/queue-items";
import { ClaimQueueList } from "./claim-queue-list";
import { QueueSection } from "./queue-section";

/** What tells one claim queue from another on the page. */
export interface ClaimQueueText {
  id: string;
  title: string;
  description: string;
  emptyMessage: string;
}

/** A queue of claims: its section with the claim list inside. */
export function ClaimQueueSection({
  text,
  queue,
}: {
  text: ClaimQueueText;
  queue: CappedQueue<ClaimQueueItem>;
}) {
  return (
    <QueueSection {...text} queue={queue} noun={["claim", "claims"]}>
      <ClaimQueueList items={queue.items} />
    </QueueSection>
  );
}
