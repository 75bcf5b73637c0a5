import { roleLabels, type SessionUser } from "@/lib/auth/roles";

/** Who is signed in. Only an admin changes a name, email or role, so this is read-only. */
export function AccountSummary({ user }: { user: SessionUser }) {
  return (
    <section aria-labelledby="who-heading" className="rounded-lg border border-stone-200 bg-white p-5">
      <h2 id="who-heading" className="mb-3 text-lg font-semibold">
        Who you are
      </h2>
      <dl className="grid max-w-md grid-cols-[max-content_1fr] gap-x-6 gap-y-2" data-testid="account-summary">
        <dt className="font-medium text-stone-700">Name</dt>
        <dd>{user.name}</dd>
        <dt className="font-medium text-stone-700">Email</dt>
        <dd className="break-all">{user.email}</dd>
        <dt className="font-medium text-stone-700">Role</dt>
        <dd>{roleLabels[user.role]}</dd>
      </dl>
      <p className="mt-3 text-sm text-stone-700">To change your name, email or role, ask an admin.</p>
    </section>
  );
}
