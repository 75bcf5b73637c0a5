import { describe, it, expect } from "vitest";
import { parseImportSettings, type ImportSettings } from "../config/import-settings";

const defaults: ImportSettings = {
  maxBytes: 5 * 1024 * 1024,
  fetchTimeoutMs: 15_000,
  connectTimeoutMs: 5_000,
  maxRedirects: 5,
  allowedHosts: [],
};

describe("parseImportSettings", () => {
  it.each<[string, Record<string, string | undefined>, Partial<ImportSettings>]>([
    ["nothing set: the defaults", {}, {}],
    [
      "blank values: the defaults",
      { IMPORT_MAX_BYTES: "", IMPORT_MAX_REDIRECTS: " ", IMPORT_ALLOWED_HOSTS: "" },
      {},
    ],
    [
      "every variable",
      {
        IMPORT_MAX_BYTES: "1048576",
        IMPORT_FETCH_TIMEOUT_MS: "8000",
        IMPORT_CONNECT_TIMEOUT_MS: "2000",
        IMPORT_MAX_REDIRECTS: "0",
        IMPORT_ALLOWED_HOSTS: "Intranet.Example, 127.0.0.1 ,[::1],wiki.internal.,",
      },
      {
        maxBytes: 1_048_576,
        fetchTimeoutMs: 8_000,
        connectTimeoutMs: 2_000,
        maxRedirects: 0,
        allowedHosts: ["intranet.example", "127.0.0.1", "::1", "wiki.internal"],
      },
    ],
  ])("%s", (_name, env, expected) => {
    expect(parseImportSettings(env)).toEqual({ ...defaults, ...expected });
  });

  it.each<[string, Record<string, string>, RegExp]>([
    ["a size that is not a number", { IMPORT_MAX_BYTES: "5MB" }, /IMPORT_MAX_BYTES/],
    ["a zero timeout", { IMPORT_FETCH_TIMEOUT_MS: "0" }, /IMPORT_FETCH_TIMEOUT_MS/],
    ["a fractional connect timeout", { IMPORT_CONNECT_TIMEOUT_MS: "1.5" }, /IMPORT_CONNECT_TIMEOUT_MS/],
    ["a negative redirect limit", { IMPORT_MAX_REDIRECTS: "-1" }, /IMPORT_MAX_REDIRECTS/],
    ["an absurd redirect limit", { IMPORT_MAX_REDIRECTS: "100" }, /IMPORT_MAX_REDIRECTS/],
  ])("refuses %s", (_name, env, message) => {
    expect(() => parseImportSettings(env)).toThrow(message);
  });
});
