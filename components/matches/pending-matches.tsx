"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { Button } from "@/components/ui/form-controls";

/** How long to give the background search before looking once more by itself. */
const RECHECK_AFTER_MS = 3000;

/**
 * The claim's matches are still being looked for. The page looks again once
 * by itself after a few seconds; "Check again" does it by hand.
 */
export function PendingMatches() {
  const router = useRouter();
  useEffect(() => {
    const timer = setTimeout(() => router.refresh(), RECHECK_AFTER_MS);
    return () => clearTimeout(timer);
  }, [router]);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <p role="status" className="text-sm text-stone-700">
        Looking for earlier fact-checks…
      </p>
      <Button variant="secondary" onClick={() => router.refresh()}>
        Check again
      </Button>
    </div>
  );
}
