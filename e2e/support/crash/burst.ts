/**
 * The write burst a crash run sends: several lanes at once, each working
 * through its own article with the API clients a newsroom uses (an editor,
 * a reviewer, a second reviewer): mark a claim, submit a verdict on it,
 * approve the verdict, comment, and now and then save a new text revision.
 * Every request is logged with what it answered, so after the crash the
 * test knows exactly which writes were acknowledged.
 */
export type WriteKind = "article" | "claim" | "verdict" | "review" | "comment" | "revision";

export interface Ack {
  kind: WriteKind;
  /** The new row's id; for a revision, the article's. */
  id: string;
  articleId: string;
  /** A revision's number. */
  revision?: number;
  /** A review's verdict. */
  verdictId?: string;
}

export interface Ledger {
  acked: Ack[];
  /** Writes sent before the kill that never got an answer: each may or may not have committed. */
  inFlight: WriteKind[];
  /** Writes the server answered with an error status before the kill (a sound run has none). */
  refused: Array<{ kind: WriteKind; status: number; body: string }>;
}

export interface BurstClients {
  baseUrl: string;
  editor: string;
  reviewer: string;
  reviewer2: string;
}

const SENTENCES = 80;

/** A lane's article: sentences that are each unique, so a claim's quote finds exactly one place. */
export function laneText(lane: string): string {
  return Array.from(
    { length: SENTENCES },
    (_, n) => `In ${lane} district ${n}, turnout was ${n + 11} percent, the commission said.`,
  ).join(" ");
}
const quoteOf = (lane: string, n: number) => `${lane} district ${n}, turnout was ${n + 11} percent`;

class Crashed extends Error {}

/**
 * Runs `lanes` lanes until each one's request fails (the server was
 * killed) or is refused; calls `onAck` after every acknowledged write (the caller decides
 * when to kill). Resolves with the ledger once every lane has stopped.
 */
export async function runBurst(
  clients: BurstClients,
  options: { lanes: number; runName: string; onAck: (count: number) => void },
): Promise<Ledger> {
  const ledger: Ledger = { acked: [], inFlight: [], refused: [] };
  const send = async (
    kind: WriteKind,
    token: string,
    method: string,
    path: string,
    body: unknown,
  ): Promise<Record<string, unknown>> => {
    let response: Response;
    try {
      response = await fetch(`${clients.baseUrl}${path}`, {
        method,
        headers: { Authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    } catch {
      // No answer: the server died before or while handling it (a request
      // sent just after the kill may still have reached it).
      ledger.inFlight.push(kind);
      throw new Crashed();
    }
    let text: string;
    try {
      text = await response.text();
    } catch {
      // Headers came, the body did not: the write committed (responses are sent after COMMIT), but was not acknowledged.
      ledger.inFlight.push(kind);
      throw new Crashed();
    }
    if (!response.ok) {
      ledger.refused.push({ kind, status: response.status, body: text.slice(0, 300) });
      throw new Crashed();
    }
    return JSON.parse(text) as Record<string, unknown>;
  };
  const ack = (entry: Ack) => {
    ledger.acked.push(entry);
    options.onAck(ledger.acked.length);
  };

  const lane = async (index: number) => {
    const name = `${options.runName}-lane${index}`;
    let text = laneText(name);
    try {
      const { article } = (await send("article", clients.editor, "POST", "/api/v1/articles", {
        title: `Crash ${name}`,
        text,
      })) as { article: { id: string; revision: number } };
      ack({ kind: "article", id: article.id, articleId: article.id });
      let revision = article.revision;
      for (let n = 0; n < SENTENCES; n += 1) {
        const { claim } = (await send(
          "claim",
          clients.editor,
          "POST",
          `/api/v1/articles/${article.id}/claims`,
          {
            selector: { exact: quoteOf(name, n) },
            type: "statistic",
          },
        )) as { claim: { id: string } };
        ack({ kind: "claim", id: claim.id, articleId: article.id });
        const { verdict } = (await send(
          "verdict",
          clients.reviewer,
          "POST",
          `/api/v1/claims/${claim.id}/verdicts`,
          {
            rating: "false",
            summary: `Turnout in district ${n} was lower.`,
            rationale: "The commission's final table gives a lower figure.",
            sources: [{ url: `https://elections.example.org/district-${n}`, title: `District ${n} results` }],
            submit: true,
          },
        )) as { verdict: { id: string; currentVersion: number } };
        ack({ kind: "verdict", id: verdict.id, articleId: article.id });
        const { review } = (await send(
          "review",
          clients.reviewer2,
          "POST",
          `/api/v1/verdicts/${verdict.id}/reviews`,
          {
            decision: "approve",
            version: verdict.currentVersion,
          },
        )) as { review: { id: string } };
        ack({ kind: "review", id: review.id, articleId: article.id, verdictId: verdict.id });
        const { comment } = (await send(
          "comment",
          clients.editor,
          "POST",
          `/api/v1/claims/${claim.id}/comments`,
          {
            body: `Checked district ${n} against the final table.`,
          },
        )) as { comment: { id: string } };
        ack({ kind: "comment", id: comment.id, articleId: article.id });
        if (n % 3 === 2) {
          text = `${text} Correction ${n}: an earlier version misnamed the commission.`;
          const { outcome } = (await send(
            "revision",
            clients.editor,
            "PATCH",
            `/api/v1/articles/${article.id}`,
            {
              text,
              baseRevision: revision,
            },
          )) as { outcome: { revision: number } };
          revision = outcome.revision;
          ack({ kind: "revision", id: article.id, articleId: article.id, revision });
        }
      }
    } catch (error) {
      if (!(error instanceof Crashed)) throw error;
    }
  };
  await Promise.all(Array.from({ length: options.lanes }, (_, index) => lane(index)));
  return ledger;
}
