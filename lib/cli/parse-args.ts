import { parseArgs, type ParseArgsConfig } from "node:util";
import { roles, type Role } from "@/lib/auth/roles";
import { reportFormats, type ReportFormat } from "@/lib/schemas/report";
import type { ArticleStatus } from "@/lib/review/article-status";
import { parseStatusFilter, statusFilterNames } from "./article-status-filter";
import { UsageError } from "./usage-error";

export type CliCommand =
  | { name: "help" }
  | { name: "import"; source: string; title?: string; allowDuplicate: boolean; as?: string; json: boolean }
  | { name: "articles"; status?: ArticleStatus; json: boolean }
  | {
      name: "export";
      articleId: string;
      format: ReportFormat;
      out?: string;
      hidePending: boolean;
      baseUrl?: string;
    }
  | {
      name: "create-user";
      email: string;
      userName: string;
      role: Role;
      passwordFromStdin: boolean;
      as?: string;
      json: boolean;
    }
  | { name: "reset-password"; email: string; passwordFromStdin: boolean; as?: string; json: boolean }
  | { name: "users"; as?: string; json: boolean }
  | { name: "deactivate" | "reactivate"; email: string; as?: string; json: boolean }
  | { name: "backup"; out?: string }
  | { name: "restore"; file: string; force: boolean }
  | { name: "export-all"; out?: string }
  | { name: "import-all"; file: string }
  | { name: "check-worthiness"; articleId?: string }
  | { name: "check-worthiness-feedback"; out?: string; as?: string }
  | { name: "match-claims"; claimsFile?: string; top: number };

export type CommandName = Exclude<CliCommand["name"], "help">;

type Options = NonNullable<ParseArgsConfig["options"]>;

const text = { type: "string" } as const;
const flag = { type: "boolean" } as const;

/** The flags each command accepts; anything else is a usage error. */
const optionsByCommand: Record<CommandName, Options> = {
  import: { title: text, "allow-duplicate": flag, as: text, json: flag },
  articles: { status: text, json: flag },
  export: { format: text, out: { type: "string", short: "o" }, "hide-pending": flag, "base-url": text },
  "create-user": { email: text, name: text, role: text, "password-stdin": flag, as: text, json: flag },
  "reset-password": { email: text, "password-stdin": flag, as: text, json: flag },
  users: { as: text, json: flag },
  deactivate: { email: text, as: text, json: flag },
  reactivate: { email: text, as: text, json: flag },
  backup: { out: { type: "string", short: "o" } },
  restore: { force: flag },
  "export-all": { out: { type: "string", short: "o" } },
  "import-all": {},
  "check-worthiness": { article: text },
  "check-worthiness-feedback": { out: { type: "string", short: "o" }, as: text },
  "match-claims": { claims: text, top: text },
};

const isCommandName = (name: string): name is CommandName => Object.hasOwn(optionsByCommand, name);

/**
 * argv (after `cli`) → the command to run. Pure: it reads no files and no
 * environment, so every rule here is unit-tested. Throws UsageError for
 * anything that cannot be run as typed.
 */
export function parseCommandLine(argv: readonly string[]): CliCommand {
  const [name, ...rest] = argv;
  if (name === undefined || name === "help" || name === "--help" || name === "-h") return { name: "help" };
  if (!isCommandName(name)) throw new UsageError(`Unknown command: ${name}.`);
  const { values, positionals } = readFlags(name, rest);
  if (values.help === true) return { name: "help" };
  const string = (key: string) => {
    const value = values[key];
    return typeof value === "string" ? value : undefined;
  };
  const bool = (key: string) => values[key] === true;
  const required = (key: string) => string(key) ?? missing(name, key);

  switch (name) {
    case "import":
      return {
        name,
        source: onePositional(name, positionals, "a file or an http(s) URL"),
        title: string("title"),
        allowDuplicate: bool("allow-duplicate"),
        as: string("as"),
        json: bool("json"),
      };
    case "articles": {
      noPositionals(name, positionals);
      const status = string("status");
      return { name, status: status === undefined ? undefined : statusFilter(status), json: bool("json") };
    }
    case "export": {
      const baseUrl = string("base-url");
      return {
        name,
        articleId: onePositional(name, positionals, "an article id"),
        format: oneOf("--format", required("format"), reportFormats),
        out: string("out"),
        hidePending: bool("hide-pending"),
        baseUrl: baseUrl === undefined ? undefined : webOrigin(baseUrl),
      };
    }
    case "create-user":
      noPositionals(name, positionals);
      return {
        name,
        email: required("email"),
        userName: required("name"),
        role: oneOf("--role", required("role"), roles),
        passwordFromStdin: bool("password-stdin"),
        as: string("as"),
        json: bool("json"),
      };
    case "reset-password":
      noPositionals(name, positionals);
      return {
        name,
        email: required("email"),
        passwordFromStdin: bool("password-stdin"),
        as: string("as"),
        json: bool("json"),
      };
    case "users":
      noPositionals(name, positionals);
      return { name, as: string("as"), json: bool("json") };
    case "deactivate":
    case "reactivate":
      noPositionals(name, positionals);
      return { name, email: required("email"), as: string("as"), json: bool("json") };
    case "backup":
      noPositionals(name, positionals);
      return { name, out: string("out") };
    case "restore":
      return { name, file: onePositional(name, positionals, "a backup file"), force: bool("force") };
    case "export-all":
      noPositionals(name, positionals);
      return { name, out: string("out") };
    case "import-all":
      return { name, file: onePositional(name, positionals, "an export-all file") };
    case "check-worthiness":
      noPositionals(name, positionals);
      return { name, articleId: string("article") };
    case "check-worthiness-feedback":
      noPositionals(name, positionals);
      return { name, out: string("out"), as: string("as") };
    case "match-claims": {
      noPositionals(name, positionals);
      const top = string("top");
      return {
        name,
        claimsFile: string("claims"),
        top: top === undefined ? 5 : wholeNumber("--top", top, 1, 100),
      };
    }
  }
}

function wholeNumber(option: string, value: string, min: number, max: number): number {
  const number = /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!(number >= min && number <= max))
    throw new UsageError(`${option} must be a whole number from ${min} to ${max} (got “${value}”).`);
  return number;
}

type Flags = { values: Record<string, string | boolean | undefined>; positionals: string[] };

function readFlags(name: CommandName, args: string[]): Flags {
  try {
    return parseArgs({
      args,
      options: { ...optionsByCommand[name], help: { type: "boolean", short: "h" } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    // node:util's messages are good but long; keep their first sentence ("Unknown option '--x'").
    const message = error instanceof Error ? (error.message.split(". ")[0] ?? error.message) : String(error);
    throw new UsageError(`${name}: ${message.replace(/\.$/, "")}.`);
  }
}

function missing(command: string, key: string): never {
  throw new UsageError(`${command} needs --${key}.`);
}

function onePositional(command: string, positionals: string[], what: string): string {
  if (positionals.length === 0) throw new UsageError(`${command} needs ${what}.`);
  if (positionals.length > 1)
    throw new UsageError(`${command} takes ${what}, not ${positionals.length} arguments.`);
  return positionals[0] as string;
}

function noPositionals(command: string, positionals: string[]): void {
  if (positionals.length > 0)
    throw new UsageError(`${command} takes no arguments (got “${positionals[0]}”).`);
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  const found = allowed.find((candidate) => candidate === value.trim().toLowerCase());
  if (found === undefined)
    throw new UsageError(`${option} must be one of ${allowed.join(", ")} (got “${value}”).`);
  return found;
}

function statusFilter(value: string): ArticleStatus {
  const filter = parseStatusFilter(value);
  if (!filter)
    throw new UsageError(`--status must be one of ${statusFilterNames.join(", ")} (got “${value}”).`);
  return filter;
}

/** --base-url: the origin reports link to, as the report API uses its request's origin. */
function webOrigin(value: string): string {
  try {
    const url = new URL(value);
    if (url.protocol === "http:" || url.protocol === "https:") return url.origin;
  } catch {
    // Falls through to the usage error.
  }
  throw new UsageError(
    `--base-url must be an http(s) address, like https://factcheck.example.org (got “${value}”).`,
  );
}
