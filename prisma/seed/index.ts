// Entry point of `npm run db:seed` (and of every start): seeds the demo data
// into an empty database; a no-op when it is already there.
import { db } from "@/lib/db/client";
import { seedDemo } from "./seed-demo";

try {
  const result = await seedDemo(db);
  const parts = [
    result.createdUsers ? `${result.createdUsers} demo users` : null,
    result.seededArticle ? "the sample article with its claims" : null,
  ].filter(Boolean);
  console.log(
    parts.length ? `Seeded ${parts.join(" and ")}.` : "Demo data already present; nothing to seed.",
  );
} finally {
  await db.$disconnect();
}
