import { randomUUID } from "node:crypto";
import { database } from "../../support/fixtures";
import type { Payload } from "./corpus";
import { joinAll, type Coverage } from "./coverage";

/*
 * The records the database path makes besides the article: hostile users
 * (names), ratings (labels, short codes, definitions, colours) and sources
 * (URLs, titles, publishers), each written with Prisma.
 */

export interface HostileUser {
  id: string;
  email: string;
  name: string;
  password: string;
}

/** Three users whose names are the corpus, in thirds (one of them signs in, so its name stays cookie-sized). */
export async function createHostileUsers(
  payloads: Payload[],
  run: string,
  coverage: Coverage,
): Promise<HostileUser[]> {
  const db = await database();
  const { hashPassword } = await import("../../../lib/auth/password");
  const password = `Xss-${randomUUID()}-Pw!`;
  const passwordHash = await hashPassword(password);
  const roles = ["reviewer", "reviewer", "editor"] as const;
  const users: HostileUser[] = [];
  for (const [index, role] of roles.entries()) {
    const part = payloads.filter((_, i) => i % roles.length === index);
    const name = `Hostile ${index + 1} ${joinAll(part, " ").text}`;
    const email = `xss-${index + 1}-${run}@example.com`;
    const user = await db.user.create({ data: { email, name, role, passwordHash } });
    coverage.add(
      "db",
      "user.name",
      part.map((p) => p.id),
    );
    users.push({ id: user.id, email, name, password });
  }
  return users;
}

export async function createHostileRatings(payloads: Payload[], run: string, coverage: Coverage) {
  const db = await database();
  const all = joinAll(payloads).text;
  const last = await db.rating.aggregate({ _max: { position: true } });
  const base = (last._max.position ?? 0) + 1;
  // Colours are admin input too; the API accepts only hex, these smuggle CSS.
  const colors = [payloads.find((p) => p.context === "css")?.text ?? "red", "expression(alert(64))"];
  const ratings = [];
  for (const [index, color] of colors.entries()) {
    ratings.push(
      await db.rating.create({
        data: {
          key: `xss-db-${index}-${run}`,
          label: `XSS rating ${index + 1} ${all}`,
          shortCode: all,
          definition: all,
          color,
          value: index === 0 ? 1 : null,
          position: base + index,
        },
      }),
    );
  }
  const ids = payloads.map((p) => p.id);
  for (const field of ["rating.label", "rating.shortCode", "rating.definition"])
    coverage.add("db", field, ids);
  return ratings;
}

/** One hostile source per URL payload (Source.url is unique), plus their text fields. */
export async function createHostileSources(payloads: Payload[], run: string, coverage: Coverage) {
  const db = await database();
  const all = joinAll(payloads).text;
  const urls = payloads.filter((p) => p.context === "url");
  const sources = [];
  for (const [index, payload] of urls.entries()) {
    const archive = urls[(index + 1) % urls.length]!;
    sources.push(
      await db.source.create({
        // The run id goes after a comment marker or fragment so the scheme stays what the payload says.
        data: {
          url: `${payload.text}//${run}`,
          title: all,
          publisher: all,
          archiveUrl: `${archive.text}//${run}`,
        },
      }),
    );
    coverage.add("db", "source.url", [payload.id, archive.id]);
  }
  const ids = payloads.map((p) => p.id);
  for (const field of ["source.title", "source.publisher", "source.excerpt"]) coverage.add("db", field, ids);
  return sources;
}
