import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { roleLabels, type SessionUser } from "@/lib/auth/roles";
import { canManageSettings } from "@/lib/permissions";

const navLink =
  "inline-flex items-center gap-1.5 rounded text-sm text-stone-700 underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-800";

/** "My work", with the count in its accessible name; no count for roles without a queue. */
function MyWorkLink({ count }: { count: number | null }) {
  // countMyWork stops counting at 100 (myWorkCountCap).
  const shown = count !== null && count >= 100 ? "99+" : count;
  const label = count === null ? undefined : `My work, ${shown} ${count === 1 ? "item" : "items"}`;
  return (
    <Link href="/my-work" className={navLink} aria-label={label} data-testid="my-work-link">
      {/* The space keeps the visible text ("My work 3") inside the accessible name. */}
      My work{" "}
      {count ? (
        <span
          className="min-w-5 rounded-full bg-blue-800 px-1.5 text-center text-xs leading-5 font-semibold text-white"
          aria-hidden="true"
          data-testid="my-work-count"
        >
          {shown}
        </span>
      ) : null}
    </Link>
  );
}

/**
 * The header on every signed-in page. `workCount` is the number of "My work"
 * items needing the user's action, or null when their role has no queue.
 */
export function AppHeader({ user, workCount }: { user: SessionUser; workCount: number | null }) {
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <nav aria-label="Main" className="flex flex-wrap items-center gap-6">
          <Link href="/" className="text-lg font-semibold tracking-tight">
            Fact-check desk
          </Link>
          <Link href="/" className={navLink}>
            Articles
          </Link>
          <MyWorkLink count={workCount} />
          <Link href="/api-docs" className={navLink}>
            API
          </Link>
          {canManageSettings(user) ? (
            <Link href="/admin/ratings" className={navLink}>
              Admin
            </Link>
          ) : null}
        </nav>
        <div className="flex items-center gap-3 text-sm" data-testid="signed-in-user">
          <span>
            Signed in as <span className="font-medium">{user.name}</span>{" "}
            <span className="rounded bg-stone-100 px-1.5 py-0.5 text-xs font-medium text-stone-800 ring-1 ring-stone-300 ring-inset">
              {roleLabels[user.role]}
            </span>
          </span>
          <Link href="/settings/account" className={navLink}>
            Account
          </Link>
          <Link href="/settings/tokens" className={navLink}>
            API tokens
          </Link>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
