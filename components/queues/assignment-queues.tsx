import Link from "next/link";
import { StatusBadge } from "@/components/status/status-badge";
import { DueDay } from "@/components/status/due-day";
import type { AssignedClaimItem, AssignmentQueues as Queues } from "@/lib/data/queues/find-assignment-queues";
import type { ClaimQueueItem } from "@/lib/data/queues/queue-items";
import { QueueSection } from "./queue-section";
import { TakeClaimButton } from "./take-claim-button";

const linkStyle =
  "font-medium text-blue-900 underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-blue-800";

/** A reviewer's assignment queues: what they own, overdue first, and what nobody has taken. */
export function AssignmentQueues({ queues }: { queues: Queues }) {
  return (
    <>
      <QueueSection
        id="assigned-to-you"
        title="Assigned to you"
        description="Open claims you own, or whose article you own. Overdue first, then by due date."
        emptyMessage="Nothing is assigned to you."
        queue={queues.assignedToYou}
        noun={["claim", "claims"]}
      >
        <ul className="divide-y divide-stone-200">
          {queues.assignedToYou.items.map((item) => (
            <AssignedClaim key={item.claimId} item={item} />
          ))}
        </ul>
      </QueueSection>
      <QueueSection
        id="not-taken"
        title="Waiting for a verdict, nobody has taken"
        description="Claims without a verdict that are assigned to nobody. Take one to make it yours."
        emptyMessage="Every claim waiting for a verdict has an owner."
        queue={queues.notTaken}
        noun={["claim", "claims"]}
      >
        <ul className="divide-y divide-stone-200">
          {queues.notTaken.items.map((item) => (
            <NotTakenClaim key={item.claimId} item={item} />
          ))}
        </ul>
      </QueueSection>
    </>
  );
}

function ClaimLine({ item }: { item: ClaimQueueItem }) {
  return (
    <>
      <Link href={`/claims/${item.claimId}`} className={linkStyle}>
        {item.statement}
      </Link>
      <p className="mt-0.5 text-sm text-stone-700">
        in <cite className="not-italic">{item.article.title}</cite>
      </p>
    </>
  );
}

function AssignedClaim({ item }: { item: AssignedClaimItem }) {
  return (
    <li className="py-3 first:pt-0 last:pb-0" data-testid="assigned-claim" data-overdue={item.overdue}>
      <ClaimLine item={item} />
      <div className="mt-1.5 flex flex-wrap items-center gap-2 text-sm">
        <StatusBadge status={item.status} />
        {item.dueAt ? (
          <DueDay day={item.dueAt} className="text-stone-700" />
        ) : (
          <span className="text-stone-700">No due date</span>
        )}
        {item.via === "article" ? <span className="text-stone-700">(through its article)</span> : null}
      </div>
    </li>
  );
}

function NotTakenClaim({ item }: { item: ClaimQueueItem }) {
  return (
    <li
      className="flex flex-wrap items-start justify-between gap-3 py-3 first:pt-0 last:pb-0"
      data-testid="not-taken-claim"
    >
      <div className="min-w-0">
        <ClaimLine item={item} />
      </div>
      <TakeClaimButton claimId={item.claimId} label={`Take “${item.statement}”`} />
    </li>
  );
}
