import Link from "next/link";
import { isSameSitePath, toSafeHref } from "@/lib/report/escape";

/**
 * Where to read an archive entry, or nothing: a same-site path (the
 * newsroom's claim page or published report) as an app link, an absolute
 * address only when it is http(s), opened without handing it our page.
 */
export function EntryLink({ href, children }: { href: string | null; children: React.ReactNode }) {
  const className = "font-medium text-blue-800 underline underline-offset-2";
  if (!href) return null;
  if (isSameSitePath(href))
    return (
      <Link href={href} className={className}>
        {children}
      </Link>
    );
  const safe = toSafeHref(href);
  if (!safe) return null;
  return (
    <a href={safe} rel="noopener noreferrer" className={className}>
      {children}
    </a>
  );
}
