import { expectApi } from "../../support/api";
import { bearer } from "../../support/api";
import type { ApiWriter } from "./api-writer";
import type { Payload } from "./corpus";
import type { Coverage } from "./coverage";

export interface ApiActors {
  alice: string;
  bob: string;
  carol: string;
  editor: string;
}

/**
 * The review work on the API article, by the hostile-named users' tokens:
 * claim 1 written, sent back, revised and approved; claim 2 approved;
 * claim 3 waiting for review; claim 4 dismissed; comments on claim 1.
 * Returns the first comment, to look for on the claim page.
 */
export async function writeVerdictsAndDiscussion(
  writer: ApiWriter,
  actors: ApiActors,
  claims: Array<{ id: string; version: number }>,
  ratingKeys: string[],
  usable: readonly Payload[],
  coverage: Coverage,
): Promise<{ comment: string }> {
  const { alice, bob, carol, editor } = actors;
  const rationale = usable
    .map((p) => p.text)
    .join("\n\n")
    .slice(0, 10_000);
  coverage.add(
    "api",
    "verdict.rationale",
    usable.filter((p) => rationale.includes(p.text)).map((p) => p.id),
  );
  let sourceNumber = 0;
  const verdictBody = (rating: string) => ({
    rating,
    summary: writer.field("verdict.summary", 280),
    rationale,
    sources: [
      {
        // Valid http(s) addresses that would break out of an unescaped attribute.
        url: `https://evidence.example.org/s?x="><script>__xss(1)</script>&n=${(sourceNumber += 1)}`,
        title: writer.field("source.title", 300),
        publisher: writer.field("source.publisher", 200),
        excerpt: writer.field("source.excerpt", 2000),
        archiveUrl: `https://archive.example.org/a#"onmouseover="__xss(60)`,
      },
    ],
    submit: true,
  });
  coverage.add("api", "source.url", [1, 60]);
  const [first, second, third, fourth] = claims as [
    (typeof claims)[0],
    (typeof claims)[0],
    (typeof claims)[0],
    (typeof claims)[0],
  ];
  const [rating1, rating2, rating3] = ratingKeys as [string, string, string];
  // Validation refuses a javascript: source URL; the database path covers rendering one.
  const refused = await writer.request.post(`/api/v1/claims/${first.id}/verdicts`, {
    headers: bearer(alice),
    data: { ...verdictBody(rating1), sources: [{ url: "javascript:__xss(23)", title: "x" }] },
  });
  await expectApi(writer.request, refused, "createVerdict", 422);

  type Verdict = { verdict: { id: string; currentVersion: number; lockVersion: number } };
  const create = (token: string, claimId: string, rating: string) =>
    writer.call<Verdict>(
      token,
      "POST",
      `/api/v1/claims/${claimId}/verdicts`,
      "createVerdict",
      201,
      verdictBody(rating),
    );
  const review = (token: string, verdictId: string, data: Record<string, unknown>) =>
    writer.call<Verdict>(token, "POST", `/api/v1/verdicts/${verdictId}/reviews`, "reviewVerdict", 201, data);

  const written = await create(alice, first.id, rating1);
  const changes = await review(bob, written.verdict.id, {
    decision: "request_changes",
    comment: writer.field("review.comment", 2000),
    version: written.verdict.currentVersion,
  });
  const revised = await writer.call<Verdict>(
    alice,
    "PATCH",
    `/api/v1/verdicts/${written.verdict.id}`,
    "reviseVerdict",
    200,
    {
      ...verdictBody(rating1),
      baseVersion: changes.verdict.lockVersion,
    },
  );
  await review(bob, written.verdict.id, {
    decision: "approve",
    comment: writer.field("review.comment", 2000),
    version: revised.verdict.currentVersion,
  });
  const other = await create(bob, second.id, rating2);
  await review(alice, other.verdict.id, { decision: "approve", version: other.verdict.currentVersion });
  await create(alice, third.id, rating3);
  await writer.call(editor, "PATCH", `/api/v1/claims/${fourth.id}`, "updateClaim", 200, {
    version: fourth.version,
    dismissal: { dismissed: true, reason: writer.field("claim.dismissalReason", 500) },
  });

  let comment = "";
  for (const token of [alice, bob, carol, editor]) {
    const body = writer.field("comment.body", 4000);
    comment ||= body;
    await writer.call(token, "POST", `/api/v1/claims/${first.id}/comments`, "addComment", 201, { body });
  }
  return { comment };
}
