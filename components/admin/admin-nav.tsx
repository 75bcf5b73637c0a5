import Link from "next/link";

const pages = [
  { href: "/admin/ratings", label: "Rating scale" },
  { href: "/admin/quality", label: "Quality" },
  { href: "/admin/archive", label: "Fact-check archive" },
  { href: "/admin/settings", label: "Settings" },
  { href: "/admin/users", label: "Users" },
] as const;

/** Tabs between the admin pages; the current one is marked for screen readers too. */
export function AdminNav({ current }: { current: (typeof pages)[number]["href"] }) {
  return (
    <nav aria-label="Admin" className="mb-4 flex gap-4 border-b border-stone-200 text-sm">
      {pages.map((page) => (
        <Link
          key={page.href}
          href={page.href}
          aria-current={page.href === current ? "page" : undefined}
          className={`-mb-px border-b-2 px-1 pb-2 ${page.href === current ? "border-blue-800 font-semibold" : "border-transparent hover:border-stone-400"}`}
        >
          {page.label}
        </Link>
      ))}
    </nav>
  );
}
