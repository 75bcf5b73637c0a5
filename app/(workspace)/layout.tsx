import type { ReactNode } from "react";
import { AppHeader } from "@/components/layout/app-header";
import { requireUser } from "@/lib/auth/current-user";
import { countMyWork } from "@/lib/data/queues/count-my-work";

export default async function WorkspaceLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const workCount = await countMyWork({ user });
  return (
    <>
      <AppHeader user={user} workCount={workCount} />
      <main id="main" className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
