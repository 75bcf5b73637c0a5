// Entry point of every start and of `npm run db:seed`: the default rating
// scale always, and the demo data only when DEMO=1 asks for it. Both are
// no-ops when already there.
import { isDemoRequested } from "@/lib/auth/demo-accounts";
import { db } from "@/lib/db/client";
import { seedDefaults, seedDemo } from "./seed-demo";

try {
  if (!isDemoRequested()) {
    await seedDefaults(db);
  } else {
    const result = await seedDemo(db);
    const parts = [
      result.createdUsers ? `${result.createdUsers} demo users` : null,
      result.seededArticle ? "the sample article with its claims" : null,
    ].filter(Boolean);
    console.log(
      parts.length ? `Seeded ${parts.join(" and ")}.` : "Demo data already present; nothing to seed.",
    );
  }
} finally {
  await db.$disconnect();
}
