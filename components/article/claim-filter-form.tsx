"use client";

import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useRef, type FormEvent } from "react";
import { PersonFilterField } from "@/components/articles/person-filter-field";
import { Field } from "@/components/ui/form-controls";
import {
  claimantKey,
  claimFilterParams,
  hasClaimFilters,
  withClaimFilters,
  type ClaimFilters,
} from "@/lib/claim-filters/claim-filters";
import type { DeskClaim } from "@/lib/data/claims/claim-view";
import { claimStatuses, type ClaimStatus } from "@/lib/review/claim-status";
import { statusLabels } from "@/lib/review/status-labels";

const fieldClass =
  "mt-0.5 block w-full rounded border border-stone-400 bg-white px-1.5 py-1 text-sm text-stone-900 focus-visible:outline-2 focus-visible:outline-blue-800";

/**
 * Filters for the claim list, kept in the page URL so a filtered view can be
 * shared. A GET form: without JavaScript it reloads the page with the
 * filters; with it, the URL is replaced in place (no scroll, no reload).
 * The choices are the ratings, claimants and assignees this article's
 * claims have.
 */
export function ClaimFilterForm({
  claims,
  filters,
  shown,
}: {
  claims: readonly DeskClaim[];
  filters: ClaimFilters;
  shown: number;
}) {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const formRef = useRef<HTMLFormElement>(null);
  const ratings = distinct(
    claims.flatMap((claim) => claim.ratings),
    (rating) => rating.key,
  );
  const claimants = distinct(
    claims.flatMap((claim) => (claim.claimant?.trim() ? [claim.claimant.trim()] : [])),
    claimantKey,
  );
  const assignees = distinct(
    claims.flatMap((claim) => (claim.assignee ? [claim.assignee] : [])),
    (person) => person.id,
  ).sort((a, b) => a.name.localeCompare(b.name));
  const isFiltered = hasClaimFilters(filters);
  const hrefWith = (next: ClaimFilters) => {
    const query = withClaimFilters(new URLSearchParams(searchParams.toString()), next).toString();
    return query ? `${pathname}?${query}` : pathname;
  };

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const value = (name: string) => String(data.get(name) ?? "") || undefined;
    router.replace(
      hrefWith({
        status: value(claimFilterParams.status) as ClaimStatus | undefined,
        rating: value(claimFilterParams.rating),
        claimant: value(claimFilterParams.claimant),
        assignee: value(claimFilterParams.assignee),
      }),
      { scroll: false },
    );
  }

  return (
    <form
      ref={formRef}
      method="get"
      onSubmit={onSubmit}
      aria-label="Filter claims"
      className="mb-3 rounded border border-stone-200 bg-stone-50 p-2"
    >
      <div className="grid grid-cols-2 gap-2">
        <Field id="claim-filter-status" label="Status">
          <select
            id="claim-filter-status"
            name={claimFilterParams.status}
            defaultValue={filters.status ?? ""}
            className={fieldClass}
          >
            <option value="">Any</option>
            {claimStatuses.map((status) => (
              <option key={status} value={status}>
                {statusLabels[status].label}
              </option>
            ))}
          </select>
        </Field>
        <Field id="claim-filter-rating" label="Rating">
          <select
            id="claim-filter-rating"
            name={claimFilterParams.rating}
            defaultValue={filters.rating ?? ""}
            className={fieldClass}
          >
            <option value="">Any</option>
            {ratings.map((rating) => (
              <option key={rating.key} value={rating.key}>
                {rating.label}
              </option>
            ))}
            {filters.rating && !ratings.some((rating) => rating.key === filters.rating) ? (
              <option value={filters.rating}>{filters.rating}</option>
            ) : null}
          </select>
        </Field>
        <Field id="claim-filter-claimant" label="Claimant">
          <select
            id="claim-filter-claimant"
            name={claimFilterParams.claimant}
            defaultValue={
              claimants.find(
                (name) => filters.claimant && claimantKey(name) === claimantKey(filters.claimant),
              ) ??
              filters.claimant ??
              ""
            }
            className={fieldClass}
          >
            <option value="">Anyone</option>
            {claimants.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
            {filters.claimant &&
            !claimants.some((name) => claimantKey(name) === claimantKey(filters.claimant!)) ? (
              <option value={filters.claimant}>{filters.claimant}</option>
            ) : null}
          </select>
        </Field>
        <PersonFilterField
          id="claim-filter-assignee"
          label="Assignee"
          name={claimFilterParams.assignee}
          people={assignees}
          value={filters.assignee}
          className={fieldClass}
        />
      </div>
      <div className="mt-2 flex items-center gap-3">
        <button
          type="submit"
          className="rounded border border-stone-400 bg-white px-2 py-1 text-sm font-medium hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-blue-800"
        >
          Filter claims
        </button>
        {isFiltered ? (
          <>
            <p role="status" className="text-sm text-stone-700" data-testid="claim-filter-count">
              Showing {shown} of {claims.length} claims.
            </p>
            <Link
              href={hrefWith({})}
              scroll={false}
              // The selects are uncontrolled (the form works without
              // JavaScript): clear them too, or they would keep the old choices.
              onClick={() =>
                formRef.current?.querySelectorAll("select").forEach((select) => (select.value = ""))
              }
              className="text-sm text-blue-800 underline underline-offset-2"
            >
              Clear claim filters
            </Link>
          </>
        ) : null}
      </div>
    </form>
  );
}

/** The items with distinct keys, first spelling kept. */
function distinct<T>(items: readonly T[], keyOf: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(keyOf(item))) seen.set(keyOf(item), item);
  return [...seen.values()];
}
