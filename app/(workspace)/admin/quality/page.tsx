import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { NotAllowedMessage } from "@/components/layout/not-allowed-message";
import { QualityRangeForm } from "@/components/quality/quality-range-form";
import { QualityView } from "@/components/quality/quality-view";
import { ALPHA_EXPLAINED } from "@/lib/agreement/describe-agreement";
import { parseQualityRange } from "@/lib/agreement/quality-range";
import { requireUser } from "@/lib/auth/current-user";
import { getQualityReport } from "@/lib/data/agreement/get-quality-report";
import { canManageSettings } from "@/lib/permissions";

export const metadata: Metadata = { title: "Quality" };
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function QualityPage({ searchParams }: Props) {
  const user = await requireUser("/admin/quality");
  if (!canManageSettings(user)) {
    return (
      <NotAllowedMessage
        message="Only admins can see how far reviewers agree."
        backHref="/"
        backLabel="Back to articles"
      />
    );
  }
  const parsed = parseQualityRange(await searchParams, new Date());
  const report = await getQualityReport(user, parsed.range);
  return (
    <div className="max-w-5xl">
      <AdminNav current="/admin/quality" />
      <h1 className="mb-1 text-2xl font-semibold">Quality</h1>
      <p className="mb-4 text-stone-700">
        How far reviewers agree on claims’ ratings. {ALPHA_EXPLAINED} A claim counts in the month its latest
        rating or approval was given.
      </p>
      <QualityRangeForm parsed={parsed} />
      <QualityView report={report} />
    </div>
  );
}
