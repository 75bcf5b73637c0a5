import path from "node:path";
import { z } from "zod";

/**
 * Server configuration, validated once with zod. Defaults match
 * scripts/lib/env.mjs, which the launch scripts use before the app starts.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATA_DIR: z.string().min(1).default("data"),
  DATABASE_URL: z.string().min(1).optional(),
  NEXTAUTH_SECRET: z.string().min(16, "NEXTAUTH_SECRET must be at least 16 characters").optional(),
  AUTH_SECRET: z.string().min(16).optional(),
});

export type ServerEnv = z.infer<typeof envSchema> & { DATABASE_URL: string; dataDir: string };

let cached: ServerEnv | undefined;

export function serverEnv(): ServerEnv {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(
      `Invalid environment: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  }
  const dataDir = path.resolve(/*turbopackIgnore: true*/ process.cwd(), parsed.data.DATA_DIR);
  cached = {
    ...parsed.data,
    dataDir,
    DATABASE_URL: parsed.data.DATABASE_URL ?? `file:${path.join(dataDir, "app.db")}`,
  };
  return cached;
}
