import { describe, expect, it } from "vitest";
import { parseCommandLine } from "./parse-args";
import { UsageError } from "./usage-error";

describe("parseCommandLine", () => {
  it.each([
    ["no command", [], { name: "help" }],
    ["help", ["help"], { name: "help" }],
    ["--help", ["--help"], { name: "help" }],
    ["-h", ["-h"], { name: "help" }],
    ["a command's --help", ["export", "--help"], { name: "help" }],
    [
      "import a file",
      ["import", "story.txt"],
      { name: "import", source: "story.txt", allowDuplicate: false, json: false },
    ],
    [
      "import a URL with every flag",
      [
        "import",
        "https://news.example/a",
        "--title",
        "T",
        "--allow-duplicate",
        "--as",
        "ed@example.com",
        "--json",
      ],
      {
        name: "import",
        source: "https://news.example/a",
        title: "T",
        allowDuplicate: true,
        as: "ed@example.com",
        json: true,
      },
    ],
    [
      "flags before the file",
      ["import", "--json", "a.md"],
      { name: "import", source: "a.md", allowDuplicate: false, json: true },
    ],
    [
      "--flag=value",
      ["import", "a.md", "--title=Two words"],
      { name: "import", source: "a.md", title: "Two words", allowDuplicate: false, json: false },
    ],
    ["articles", ["articles"], { name: "articles", json: false }],
    [
      "articles --status ready",
      ["articles", "--status", "ready"],
      { name: "articles", status: "ready_to_publish", json: false },
    ],
    [
      "a dashed status",
      ["articles", "--status", "in-progress"],
      { name: "articles", status: "in_progress", json: false },
    ],
    [
      "disputed, as JSON",
      ["articles", "--status", "disputed", "--json"],
      { name: "articles", status: "disputed", json: true },
    ],
    [
      "a status with underscores",
      ["articles", "--status", "ready_to_publish"],
      { name: "articles", status: "ready_to_publish", json: false },
    ],
    [
      "export to stdout",
      ["export", "a1", "--format", "md"],
      { name: "export", articleId: "a1", format: "md", hidePending: false },
    ],
    [
      "export to a file",
      [
        "export",
        "a1",
        "--format",
        "PDF",
        "-o",
        "r.pdf",
        "--hide-pending",
        "--base-url",
        "https://fc.example/app/",
      ],
      {
        name: "export",
        articleId: "a1",
        format: "pdf",
        out: "r.pdf",
        hidePending: true,
        baseUrl: "https://fc.example",
      },
    ],
    [
      "create-user",
      ["create-user", "--email", "a@b.c", "--name", "Ann Lee", "--role", "reviewer", "--password-stdin"],
      {
        name: "create-user",
        email: "a@b.c",
        userName: "Ann Lee",
        role: "reviewer",
        passwordFromStdin: true,
        json: false,
      },
    ],
    [
      "reset-password",
      ["reset-password", "--email", "a@b.c", "--as", "boss@b.c", "--json"],
      { name: "reset-password", email: "a@b.c", passwordFromStdin: false, as: "boss@b.c", json: true },
    ],
    ["users", ["users"], { name: "users", json: false }],
    ["users as JSON", ["users", "--json", "--as", "boss@b.c"], { name: "users", as: "boss@b.c", json: true }],
    ["deactivate", ["deactivate", "--email", "a@b.c"], { name: "deactivate", email: "a@b.c", json: false }],
    [
      "reactivate as someone",
      ["reactivate", "--email=a@b.c", "--as", "boss@b.c", "--json"],
      { name: "reactivate", email: "a@b.c", as: "boss@b.c", json: true },
    ],
    ["backup to the data folder", ["backup"], { name: "backup" }],
    ["backup --out", ["backup", "--out", "b.db"], { name: "backup", out: "b.db" }],
    ["backup -o", ["backup", "-o", "b.dump"], { name: "backup", out: "b.dump" }],
    ["restore", ["restore", "b.db"], { name: "restore", file: "b.db", force: false }],
    ["restore --force", ["restore", "--force", "b.dump"], { name: "restore", file: "b.dump", force: true }],
    ["export-all to a pipe", ["export-all"], { name: "export-all" }],
    ["export-all --out", ["export-all", "--out", "n.json"], { name: "export-all", out: "n.json" }],
    ["export-all -o", ["export-all", "-o", "n.json"], { name: "export-all", out: "n.json" }],
    ["import-all", ["import-all", "n.json"], { name: "import-all", file: "n.json" }],
    ["check-worthiness from stdin", ["check-worthiness"], { name: "check-worthiness" }],
    [
      "check-worthiness of an article",
      ["check-worthiness", "--article", "a1"],
      { name: "check-worthiness", articleId: "a1" },
    ],
    [
      "check-worthiness-feedback to a pipe",
      ["check-worthiness-feedback"],
      { name: "check-worthiness-feedback" },
    ],
    [
      "check-worthiness-feedback --out --as",
      ["check-worthiness-feedback", "-o", "f.tsv", "--as", "ed@example.org"],
      { name: "check-worthiness-feedback", out: "f.tsv", as: "ed@example.org" },
    ],
  ] as const)("%s", (_name, argv, expected) => {
    // toEqual ignores keys set to undefined, so the table lists only the flags given.
    expect(parseCommandLine(argv)).toEqual(expected);
  });

  it.each([
    ["an unknown command", ["frobnicate"], "Unknown command: frobnicate."],
    ["an unknown flag", ["articles", "--colour"], "articles: Unknown option '--colour'."],
    ["a flag of another command", ["articles", "--format", "md"], "articles: Unknown option '--format'."],
    [
      "a flag without its value",
      ["import", "a.txt", "--title"],
      "import: Option '--title <value>' argument missing.",
    ],
    [
      "a value for a switch",
      ["import", "a.txt", "--json=yes"],
      "import: Option '--json' does not take an argument.",
    ],
    ["import without a source", ["import"], "import needs a file or an http(s) URL."],
    [
      "import with two sources",
      ["import", "a.txt", "b.txt"],
      "import takes a file or an http(s) URL, not 2 arguments.",
    ],
    ["export without --format", ["export", "a1"], "export needs --format."],
    ["export without an article", ["export", "--format", "md"], "export needs an article id."],
    [
      "an unknown format",
      ["export", "a1", "--format", "docx"],
      "--format must be one of html, pdf, md, json, csv, claimreview, w3c (got “docx”).",
    ],
    [
      "a base URL that is not a web address",
      ["export", "a1", "--format", "w3c", "--base-url", "ftp://x"],
      "--base-url must be an http(s) address",
    ],
    [
      "an unknown status",
      ["articles", "--status", "done"],
      "--status must be one of unchecked, in-progress, disputed, ready-to-publish, ready (got “done”).",
    ],
    ["articles with an argument", ["articles", "ready"], "articles takes no arguments (got “ready”)."],
    [
      "create-user without --role",
      ["create-user", "--email", "a@b.c", "--name", "A"],
      "create-user needs --role.",
    ],
    [
      "an unknown role",
      ["create-user", "--email", "a@b.c", "--name", "A", "--role", "owner"],
      "--role must be one of admin, editor, reviewer, viewer (got “owner”).",
    ],
    [
      "a password as a flag",
      ["reset-password", "--email", "a@b.c", "--password", "hunter2"],
      "reset-password: Unknown option '--password'.",
    ],
    ["reset-password without --email", ["reset-password"], "reset-password needs --email."],
    ["deactivate without --email", ["deactivate"], "deactivate needs --email."],
    ["deactivate with an argument", ["deactivate", "a@b.c"], "deactivate takes no arguments (got “a@b.c”)."],
    ["users with a filter", ["users", "--role", "admin"], "users: Unknown option '--role'."],
    ["backup with an argument", ["backup", "b.db"], "backup takes no arguments (got “b.db”)."],
    [
      "backup --out without a file",
      ["backup", "--out"],
      "backup: Option '-o, --out <value>' argument missing.",
    ],
    ["backup --force", ["backup", "--force"], "backup: Unknown option '--force'."],
    ["restore without a file", ["restore"], "restore needs a backup file."],
    ["restore --force without a file", ["restore", "--force"], "restore needs a backup file."],
    ["restore with two files", ["restore", "a.db", "b.db"], "restore takes a backup file, not 2 arguments."],
    ["restore --out", ["restore", "a.db", "--out", "b.db"], "restore: Unknown option '--out'."],
    [
      "export-all with an argument",
      ["export-all", "n.json"],
      "export-all takes no arguments (got “n.json”).",
    ],
    ["import-all without a file", ["import-all"], "import-all needs an export-all file."],
    [
      "import-all with two files",
      ["import-all", "a.json", "b.json"],
      "import-all takes an export-all file, not 2 arguments.",
    ],
    ["import-all --force", ["import-all", "a.json", "--force"], "import-all: Unknown option '--force'."],
    [
      "check-worthiness with a file",
      ["check-worthiness", "s.jsonl"],
      "check-worthiness takes no arguments (got “s.jsonl”).",
    ],
  ] as const)("refuses %s", (_name, argv, message) => {
    expect(() => parseCommandLine(argv)).toThrow(UsageError);
    expect(() => parseCommandLine(argv)).toThrow(message);
  });
});
