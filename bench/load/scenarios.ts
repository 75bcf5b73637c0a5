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
 * What any request costs before the app does its work, on the same server:
 * a page that reads no data, a route handler that asks the database one
 * trivial question, and one that only checks the bearer token (and takes
 * from its rate-limit bucket). A scenario's ratio to static cannot exceed
 * these; they show how much of a target the framework leaves.
 */
export function floorScenarios(credentials: Credentials): Scenario[] {
  return [
    {
      name: "Floor: /signin page (signed out, no data)",
      headers: {},
      requests: [{ method: "GET", path: "/signin" }],
    },
    {
      name: "Floor: GET /api/health (no auth, one SELECT 1)",
      headers: {},
      requests: [{ method: "GET", path: "/api/health" }],
    },
    {
      name: "Floor: GET /api/v1/me (token check only)",
      headers: { authorization: `Bearer ${credentials.token}` },
      requests: [{ method: "GET", path: "/api/v1/me" }],
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
