import Link from "next/link";

/** The "← Somewhere" link at the top of a page. */
export function BackLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <p className="text-sm">
      <Link href={href} className="text-stone-700 underline-offset-4 hover:underline">
        ← {children}
      </Link>
    </p>
  );
}
