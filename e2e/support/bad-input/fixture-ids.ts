import { randomUUID } from "node:crypto";
import { createToken } from "../api";
import { createFixtureArticle } from "../fixtures";

/**
 * Real ids for the bad-input cases, so that a body the API wrongly accepted
 * would reach a real row and show in the database fingerprint. Each is the
 * test's own (article, claim, verdict, user, token); ratings are shared, and
 * nothing is ever sent that would change one.
 */
export async function createBadInputFixtures(): Promise<(collection: string) => string | undefined> {
  const { db } = await import("../../../lib/db/client");
  const { hashApiToken } = await import("../../../lib/auth/api-token-secret");
  const article = await createFixtureArticle(
    ["Prices rose 3 percent in May, the minister said."],
    [{ quote: "Prices rose 3 percent", verdicts: 1 }],
  );
  const rating = await db.rating.findFirstOrThrow({ orderBy: { position: "asc" } });
  const token = await db.apiToken.findUniqueOrThrow({
    where: { tokenHash: hashApiToken(await createToken("admin")) },
  });
  const user = await db.user.create({
    data: {
      email: `bad-input-${randomUUID().slice(0, 8)}@example.org`,
      name: "Bad input fixture",
      role: "viewer",
      // Not a hash of anything: this account is never signed in to.
      passwordHash: "not-a-password-hash",
    },
  });
  const ids: Record<string, string> = {
    articles: article.id,
    claims: article.claimIds[0]!,
    verdicts: article.verdictIds[0]![0]!,
    ratings: rating.id,
    tokens: token.id,
    users: user.id,
    revisions: "1",
    suggestions: "1",
  };
  return (collection) => ids[collection];
}
