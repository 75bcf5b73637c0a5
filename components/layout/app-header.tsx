import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { roleLabels, type SessionUser } from "@/lib/auth/roles";

export function AppHeader({ user }: { user: SessionUser }) {
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <nav aria-label="Main" className="flex items-center gap-6">
          <Link href="/" className="text-lg font-semibold tracking-tight">
            Fact-check desk
          </Link>
          <Link href="/" className="text-sm text-stone-700 underline-offset-4 hover:underline">
            Articles
          </Link>
        </nav>
        <div className="flex items-center gap-3 text-sm" data-testid="signed-in-user">
          <span>
            Signed in as <span className="font-medium">{user.name}</span>{" "}
            <span className="rounded bg-stone-100 px-1.5 py-0.5 text-xs font-medium text-stone-800 ring-1 ring-stone-300 ring-inset">
              {roleLabels[user.role]}
            </span>
          </span>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
