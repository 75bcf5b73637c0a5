import { writeFileSync } from "node:fs";
import path from "node:path";
import type { Payload } from "./corpus";
import type { Coverage } from "./coverage";
import type { PageChecker } from "./page-checks";
import { payloadGroups } from "./payloads";
import type { XssWatch } from "./watch";

/** Prints the run's figures and writes them to test-results/xss-summary.json for the README. */
export function writeXssSummary(
  payloads: Payload[],
  coverage: Coverage,
  checker: PageChecker,
  watch: XssWatch,
) {
  watch.collectListenerHits();
  const summary = {
    payloads: payloads.length,
    payloadGroups: payloadGroups.length,
    fields: coverage.fields().length,
    fieldNames: coverage.fields(),
    placements: coverage.placementCount(),
    placementsByPathAndField: coverage,
    pagesVisited: checker.visited.length,
    pages: checker.visited,
    assertions: checker.assertions,
    payloadSignals: watch.signals.length,
  };
  console.log(
    `XSS: ${summary.payloads} payloads in ${summary.payloadGroups} groups, ${summary.fields} fields ` +
      `(${summary.placements} field×payload placements), ${summary.pagesVisited} pages, ` +
      `${summary.assertions} assertions, ${summary.payloadSignals} payload signals`,
  );
  writeFileSync(path.join("test-results", "xss-summary.json"), `${JSON.stringify(summary, null, 2)}\n`);
}
