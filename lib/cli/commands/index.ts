import type { CliIo } from "../cli-io";
import type { CliCommand } from "../parse-args";

/**
 * Runs one command (help is answered before the database is opened). Each
 * command's module is loaded only when it runs: import pulls in jsdom and
 * export pulls in Playwright, a second or two of start-up on a small server
 * that `articles` should not pay.
 */
export async function runCommand(command: Exclude<CliCommand, { name: "help" }>, io: CliIo): Promise<void> {
  switch (command.name) {
    case "import":
      return (await import("./import-article")).importArticle(command, io);
    case "articles":
      return (await import("./list-articles")).listArticles(command, io);
    case "export":
      return (await import("./export-report")).exportReport(command, io);
    case "create-user":
      return (await import("./create-user")).createUser(command, io);
    case "reset-password":
      return (await import("./reset-password")).resetPassword(command, io);
    case "users":
      return (await import("./list-users")).listUsers(command, io);
    case "deactivate":
    case "reactivate":
      return (await import("./set-user-active")).setUserActive(command, io);
    case "backup":
      return (await import("./backup")).backup(command, io);
    case "restore":
      return (await import("./restore")).restore(command, io);
    case "export-all":
      return (await import("./export-all")).exportAll(command, io);
    case "import-all":
      return (await import("./import-all")).importAll(command, io);
    case "check-worthiness":
      return (await import("./check-worthiness")).checkWorthiness(command, io);
    case "check-worthiness-feedback":
      return (await import("./check-worthiness-feedback")).checkWorthinessFeedback(command, io);
    case "match-claims":
      return (await import("./match-claims")).matchClaims(command, io);
  }
}
