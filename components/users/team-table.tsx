import Link from "next/link";
import type { UserView } from "@/lib/api/schemas/user";
import { roleLabels } from "@/lib/auth/roles";
import { StateBadge } from "./state-badge";
import { When } from "./when";

const cell = "border-b border-stone-200 px-3 py-2 align-top";

/** Everyone with an account, by name; each name opens the account's page. */
export function TeamTable({ users, currentUserId }: { users: UserView[]; currentUserId: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">The team, by name</caption>
        <thead>
          <tr className="text-stone-700">
            {["Name", "Email", "Role", "State", "Last sign-in", "Active tokens"].map((heading) => (
              <th key={heading} scope="col" className={cell}>
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id} data-testid="user-row" data-user-id={user.id}>
              <th scope="row" className={`${cell} font-medium`}>
                <Link
                  href={`/admin/users/${user.id}`}
                  className="text-blue-800 underline underline-offset-4 hover:text-blue-950"
                >
                  {user.name}
                </Link>
                {user.id === currentUserId ? <span className="ml-1 text-stone-700">(you)</span> : null}
              </th>
              <td className={`${cell} break-all`}>{user.email}</td>
              <td className={cell}>{roleLabels[user.role]}</td>
              <td className={cell}>
                <StateBadge state={user.state} />
              </td>
              <td className={cell}>
                <When value={user.lastSignInAt} none="Never" />
              </td>
              <td className={`${cell} text-right tabular-nums`}>{user.activeTokens}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
