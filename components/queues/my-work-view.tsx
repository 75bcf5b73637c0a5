import type { MyWork } from "@/lib/data/queues/get-my-work";
import { AssignmentQueues } from "./assignment-queues";
import { EditorQueues } from "./editor-queues";
import { ReviewQueues } from "./review-queues";
import { ViewerQueueNotice } from "./viewer-queue-notice";

function describeActionCount(count: number): string {
  if (count === 0) return "Nothing needs your action right now.";
  return `${count} ${count === 1 ? "item needs" : "items need"} your action.`;
}

/** The "My work" page body: the queues of the user's role, or why there are none. */
export function MyWorkView({ work }: { work: MyWork }) {
  const { review, assignments, editing } = work;
  return (
    <div className="max-w-4xl space-y-5">
      <div>
        <h1 className="text-2xl font-semibold">My work</h1>
        {review || editing ? (
          <p className="mt-1 text-stone-700" data-testid="action-count">
            {describeActionCount(work.actionCount)}
          </p>
        ) : null}
      </div>
      {assignments ? <AssignmentQueues queues={assignments} /> : null}
      {review ? <ReviewQueues queues={review} /> : null}
      {editing ? <EditorQueues queues={editing} /> : null}
      {!review && !editing ? <ViewerQueueNotice /> : null}
    </div>
  );
}
