import { z } from "zod";
import { positiveInteger } from "./env-number";

/*
 * Limits for bringing articles in (uploads and fetching pages by URL),
 * validated once with zod. The defaults suit a newsroom on the public
 * internet; IMPORT_ALLOWED_HOSTS opens specific intranet hosts (and the
 * local test servers) that would otherwise be blocked as private addresses.
 */

const MEGABYTE = 1024 * 1024;

const importSettingsSchema = z.object({
  IMPORT_MAX_BYTES: positiveInteger(5 * MEGABYTE),
  IMPORT_FETCH_TIMEOUT_MS: positiveInteger(15_000),
  IMPORT_CONNECT_TIMEOUT_MS: positiveInteger(5_000),
  IMPORT_MAX_REDIRECTS: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
    z.coerce.number().int().min(0).max(20).default(5),
  ),
  IMPORT_ALLOWED_HOSTS: z.string().default(""),
});

export interface ImportSettings {
  /** Largest upload or fetched page, in bytes. */
  maxBytes: number;
  /** The whole fetch, redirects and download included. */
  fetchTimeoutMs: number;
  /** Each TCP connection. */
  connectTimeoutMs: number;
  maxRedirects: number;
  /** Lower-case host names (or IP literals) fetched even when they resolve to private addresses. */
  allowedHosts: string[];
}

/** Parse import settings from an environment; throws with every problem listed. */
export function parseImportSettings(env: Record<string, string | undefined>): ImportSettings {
  const parsed = importSettingsSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(
      `Invalid import settings: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`,
    );
  }
  const data = parsed.data;
  return {
    maxBytes: data.IMPORT_MAX_BYTES,
    fetchTimeoutMs: data.IMPORT_FETCH_TIMEOUT_MS,
    connectTimeoutMs: data.IMPORT_CONNECT_TIMEOUT_MS,
    maxRedirects: data.IMPORT_MAX_REDIRECTS,
    allowedHosts: data.IMPORT_ALLOWED_HOSTS.split(",")
      .map((host) =>
        host
          .trim()
          .toLowerCase()
          .replace(/^\[(.*)\]$/, "$1")
          .replace(/\.$/, ""),
      )
      .filter((host) => host !== ""),
  };
}

let cached: ImportSettings | undefined;

/** The server's import settings, read from process.env once. */
export function importSettings(): ImportSettings {
  cached ??= parseImportSettings(process.env);
  return cached;
}

/** The settings with some replaced (tests use small limits and allow-list 127.0.0.1); undefined keeps one. */
export function importSettingsWith(overrides: Partial<ImportSettings> = {}): ImportSettings {
  const given = Object.entries(overrides).filter(([, value]) => value !== undefined);
  return { ...importSettings(), ...Object.fromEntries(given) };
}
