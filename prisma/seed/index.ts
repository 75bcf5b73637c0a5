// Entry point of every start and of `npm run db:seed`: the default rating
// scale always, and the demo data only when DEMO=1 asks for it. Both are
// no-ops when already there. Then the stored statuses, derived once after an
// upgrade (prisma/seed/derived-status.ts). Under a lock every instance
// shares, so instances starting together seed one after the other.
import { isDemoRequested } from "@/lib/auth/demo-accounts";
import { db } from "@/lib/db/client";
import { withSharedLock } from "@/lib/db/dialect";
import { ensureDerivedStatuses } from "./derived-status";
import { seedDefaults, seedDemo } from "./seed-demo";

async function seed() {
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
  if (await ensureDerivedStatuses(db)) console.log("Derived the stored claim and article statuses.");
}

try {
  await withSharedLock("factcheck:seed", seed);
} finally {
  await db.$disconnect();
}
