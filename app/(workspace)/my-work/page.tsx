import type { Metadata } from "next";
import { LiveUpdates } from "@/components/live/live-updates";
import { MyWorkView } from "@/components/queues/my-work-view";
import { requireUser } from "@/lib/auth/current-user";
import { getMyWork } from "@/lib/data/queues/get-my-work";

export const metadata: Metadata = { title: "My work" };
export const dynamic = "force-dynamic";

export default async function MyWorkPage() {
  const user = await requireUser("/my-work");
  const work = await getMyWork({ user });
  return (
    <>
      <LiveUpdates articleId={null} />
      <MyWorkView work={work} />
    </>
  );
}
