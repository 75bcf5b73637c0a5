/**
 * A command line the CLI cannot run as typed: an unknown command, a bad or
 * missing flag, or output it refuses to write (a PDF to a terminal). The CLI
 * prints the message and the usage, and exits with status 2, the convention
 * for "you called it wrong" as opposed to "it failed" (1).
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}
