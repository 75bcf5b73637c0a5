import type { ActivityEventView } from "@/lib/api/schemas/user";
import { When } from "./when";

/** The account's recent audit events, newest first, one sentence each. */
export function UserActivityList({ events }: { events: ActivityEventView[] }) {
  return (
    <section aria-labelledby="activity-heading" className="space-y-3">
      <h2 id="activity-heading" className="text-lg font-semibold">
        Recent activity
      </h2>
      {events.length === 0 ? (
        <p className="text-sm text-stone-700">Nothing yet: this account has not signed in or been changed.</p>
      ) : (
        <ol className="space-y-1.5 border-l-2 border-stone-300 pl-4 text-sm" data-testid="user-activity">
          {events.map((event) => (
            <li key={event.id} data-action={event.action}>
              <span className="text-stone-700">
                <When value={event.at} none="" />
              </span>{" "}
              — {event.summary}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
