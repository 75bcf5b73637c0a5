import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { RatingScaleEditor } from "@/components/admin/rating-scale-editor";
import { NotAllowedMessage } from "@/components/layout/not-allowed-message";
import { requireUser } from "@/lib/auth/current-user";
import { listRatings } from "@/lib/data/ratings/list-ratings";
import { canManageSettings } from "@/lib/permissions";

export const metadata: Metadata = { title: "Rating scale" };

export default async function RatingScalePage() {
  const user = await requireUser("/admin/ratings");
  if (!canManageSettings(user)) {
    return (
      <NotAllowedMessage
        message="Only admins can change the rating scale."
        backHref="/"
        backLabel="Back to articles"
      />
    );
  }
  const ratings = await listRatings({ includeRetired: true });
  return (
    <div className="max-w-5xl">
      <AdminNav current="/admin/ratings" />
      <h1 className="mb-1 text-2xl font-semibold">Rating scale</h1>
      <p className="mb-4 text-stone-700">
        The verdicts reviewers can give, in the order they are offered. Renaming or recolouring a rating
        changes how every verdict that uses it is shown; retiring one keeps it on old verdicts but stops new
        ones from using it.
      </p>
      <RatingScaleEditor initialRatings={ratings} />
    </div>
  );
}
