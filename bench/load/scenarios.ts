import type { Request } from "autocannon";

/** The article every scenario works on: the demo article (11 claims). */
export interface Fixtures {
  articleId: string;
  articleClaims: number;
}

export interface Scenario {
  name: string;
  headers: Record<string, string>;
  requests: Request[];
}

export interface Credentials {
  cookie: string;
  token: string;
}

/** The read scenarios: the article page, its claims through the API, its JSON report. */
export function readScenarios(fixtures: Fixtures, credentials: Credentials): Scenario[] {
  const bearer = { authorization: `Bearer ${credentials.token}` };
  return [
    {
      name: `Article page, ${fixtures.articleClaims} claims (signed in)`,
      headers: { cookie: credentials.cookie },
      requests: [{ method: "GET", path: `/articles/${fixtures.articleId}` }],
    },
    {
      name: "GET /api/v1/articles/{id}/claims",
      headers: bearer,
      requests: [{ method: "GET", path: `/api/v1/articles/${fixtures.articleId}/claims` }],
    },
    {
      name: "Report JSON",
      headers: bearer,
      requests: [{ method: "GET", path: `/api/v1/articles/${fixtures.articleId}/report?format=json` }],
    },
  ];
}

/**
 * Alternates reading the claims list with submitting a verdict on the next
 * of `targets` (claims without one), as a reviewer working down a queue.
 */
export function verdictScenario(
  fixtures: Fixtures,
  targets: readonly string[],
  credentials: Credentials,
): Scenario {
  let next = 0;
  const body = JSON.stringify({
    rating: "mostly-true",
    summary: "The figure matches the agency's published series, rounded.",
    rationale: "Checked against the release tables.",
    sources: [{ url: "https://data.bench.example/release/1", title: "Statistical release 1" }],
    submit: true,
  });
  return {
    name: "Verdict submission (1 POST : 1 GET claims)",
    headers: { authorization: `Bearer ${credentials.token}`, "content-type": "application/json" },
    requests: [
      { method: "GET", path: `/api/v1/articles/${fixtures.articleId}/claims` },
      {
        method: "POST",
        body,
        setupRequest: (request) => ({
          ...request,
          path: `/api/v1/claims/${targets[next++ % targets.length]}/verdicts`,
        }),
      },
    ],
  };
}
