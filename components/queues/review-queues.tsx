import type { MyWork } from "@/lib/data/queues/get-my-work";
import { ClaimQueueSection, type ClaimQueueText } from "./claim-queue-section";

type ReviewQueueKey = keyof NonNullable<MyWork["review"]>;

const reviewQueues: Array<[ReviewQueueKey, ClaimQueueText]> = [
  [
    "awaitingReview",
    {
      id: "awaiting-review",
      title: "Waiting for your review",
      description: "Verdicts by other reviewers whose current revision you have not reviewed.",
      emptyMessage: "Nothing waiting for your review.",
    },
  ],
  [
    "changesRequested",
    {
      id: "changes-requested",
      title: "Your verdicts with requested changes",
      description: "A reviewer sent back the current revision of your verdict.",
      emptyMessage: "None of your verdicts has changes requested.",
    },
  ],
  [
    "drafts",
    {
      id: "drafts",
      title: "Your drafts",
      description: "Verdicts you have not submitted yet; they do not count as waiting work.",
      emptyMessage: "You have no draft verdicts.",
    },
  ],
];

/** A reviewer's queues: verdicts to review, their own sent back, their drafts. */
export function ReviewQueues({ queues }: { queues: NonNullable<MyWork["review"]> }) {
  return (
    <>
      {reviewQueues.map(([key, text]) => (
        <ClaimQueueSection key={key} text={text} queue={queues[key]} />
      ))}
    </>
  );
}
