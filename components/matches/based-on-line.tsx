import type { VerdictBasisView } from "@/lib/data/matches/match-types";
import { EntryDay } from "./entry-day";
import { EntryLink } from "./entry-link";

/** What a verdict was started from: "Based on: <statement> — <publisher>, <day> (<rating>)", with its link. */
export function BasedOnLine({ basis }: { basis: VerdictBasisView }) {
  return (
    <p className="text-sm text-stone-800" data-testid="verdict-based-on">
      <span className="font-medium">Based on:</span> “{basis.statement}” — {basis.publisher}
      {basis.publishedAt ? (
        <>
          , <EntryDay day={basis.publishedAt} />
        </>
      ) : null}{" "}
      ({basis.ratingLabel}){" "}
      <EntryLink href={basis.url}>
        Read it<span className="sr-only"> ({basis.publisher})</span>
      </EntryLink>
    </p>
  );
}
