import { roles } from "@/lib/auth/roles";
import { reportFormats } from "@/lib/schemas/report";
import { statusFilterNames } from "./article-status-filter";

/** What `help` prints, and what follows a usage error on stderr. */
export const usageText = `Usage: npm run cli -- <command> [options]

Commands:
  import <file-or-url> [--title T] [--allow-duplicate] [--as EMAIL] [--json]
      Import an article from a .txt, .md, .html or .docx file, or fetch it
      from an http(s) URL, and save it. Prints its id and path.
  articles [--status STATUS] [--json]
      List articles with their claims done/total and status.
      STATUS: ${statusFilterNames.join(", ")}
  export <article-id> --format FORMAT [--out FILE] [--hide-pending] [--base-url URL]
      Write the article's report to FILE or to standard output.
      FORMAT: ${reportFormats.join(", ")}
  create-user --email E --name N --role ROLE [--password-stdin] [--as EMAIL] [--json]
      Add an account. ROLE: ${roles.join(", ")}.
      Without --password-stdin a strong password is generated and printed once.
      On a database without an active admin, --role admin creates the first one.
  reset-password --email E [--password-stdin] [--as EMAIL] [--json]
      Give an account a new password (generated unless piped in); this also
      signs them out everywhere and revokes their API tokens.
  users [--as EMAIL] [--json]
      List the accounts with role, state, last sign-in and active tokens.
  deactivate --email E [--as EMAIL] [--json]
      Stop an account signing in or using its tokens; signs it out everywhere.
  reactivate --email E [--as EMAIL] [--json]
      Let a deactivated account sign in again.
  backup [--out FILE]
      Write a consistent copy of the database while the app runs, by default
      to DATA_DIR/backups/, and record it for Admin › Settings.
  restore <file> [--force]
      Put a backup back in place of the database (stop the app first), then
      migrate it forward. Refuses a database with users or articles unless
      --force.
  export-all [--out FILE]
      Write the whole newsroom (accounts with password hashes, articles,
      claims, verdicts, reviews, settings, audit trail) as one JSON file, or
      to standard output. The file is secret: keep it like a backup.
  import-all <file>
      Load an export-all file into a new, empty database (SQLite or
      PostgreSQL), all or nothing. The way to move between databases.
  check-worthiness [--article ID]
      Score sentences for check-worthiness, 0 to 1, offline. Reads JSON lines
      {"id": …, "text": "…"} on standard input and writes {"id": …, "score": …}
      lines in the same order, as each is read. A bad line stops it with
      exit status 1 after the lines before it were written. With --article,
      scores the article's current text instead: {"n", "start", "end",
      "text", "score"} per sentence.
  check-worthiness-feedback [--out FILE] [--as EMAIL]
      Export editors' choices as labelled sentences for retraining: Yes for
      each sentence a claim was marked in, No for each rejected suggestion,
      in the training TSV format, to FILE or standard output. Retrain with
      npm run train:check-worthiness -- --extra FILE.
  match-claims [--claims FILE.tsv] [--top N]
      Find, offline, the claims of FILE.tsv (tab-separated, header row: id,
      text and optionally title) that each query repeats; without --claims,
      the app's archive: approved claims (claim:ID) and imported
      fact-checks (fact-check:ID). Reads JSON lines
      {"id": …, "text": "…"} on standard input and writes {"id": …,
      "matches": [{"id": …, "score": …}, …]} lines in the same order, best
      first, N per query (default 5, at most 100); a score is the chance,
      0 to 1, that it is the same claim. A bad line stops it with exit
      status 1 after the lines before it were written.
  help
      Show this text.

Options:
  --as EMAIL        the user to act as (audit trail, permissions); default: the first admin
  --json            print JSON instead of text
  --password-stdin  read the password (at least 12 characters) from standard input

Environment: DATABASE_URL or DATA_DIR pick the database, as for \`npm start\`;
IMPORT_ALLOWED_HOSTS opens intranet hosts to import; APP_URL (else
NEXTAUTH_URL) is the default --base-url. Exit status: 0 done, 1 failed, 2 wrong usage.
When piping the output, use \`npm run -s cli\` so npm adds nothing to it.
`;
