import type { UserView } from "@/lib/api/schemas/user";
import { roleLabels } from "@/lib/auth/roles";
import { StateBadge } from "./state-badge";
import { When } from "./when";

/** The account at a glance. */
export function UserFacts({ user }: { user: UserView }) {
  const facts: Array<[string, React.ReactNode]> = [
    [
      "Email",
      <span key="email" className="break-all">
        {user.email}
      </span>,
    ],
    ["Role", roleLabels[user.role]],
    ["State", <StateBadge key="state" state={user.state} />],
    ["Last sign-in", <When key="signin" value={user.lastSignInAt} none="Never" />],
    ["Account created", <When key="created" value={user.createdAt} none="" />],
    ["Active API tokens", String(user.activeTokens)],
    ["Signed-in sessions", String(user.activeSessions)],
  ];
  return (
    <dl
      className="grid gap-x-6 gap-y-2 rounded-lg border border-stone-200 bg-white p-5 text-sm sm:grid-cols-[max-content_1fr]"
      data-testid="user-facts"
    >
      {facts.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-medium text-stone-700">{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
