import path from "node:path";
import { createInterface } from "node:readline";

/**
 * Everything a command touches outside the database: the standard streams,
 * the folder relative paths start from, and the environment. Commands get it
 * as a parameter, so tests can run them against strings.
 */
export interface CliIo {
  /** Standard output; resolves once the chunk is handed over, so exiting right after loses nothing. */
  out(chunk: string | Uint8Array): Promise<void>;
  /** Standard error: progress notes, warnings and errors. */
  err(text: string): Promise<void>;
  /** All of standard input, as UTF-8. */
  readStdin(): Promise<string>;
  /** Standard input one line at a time (UTF-8, without the line break), as it arrives. */
  readStdinLines(): AsyncIterable<string>;
  isStdoutTerminal: boolean;
  isStdinTerminal: boolean;
  /** Where the user's relative paths (files to import, --out) are resolved from. */
  cwd: string;
  env: Record<string, string | undefined>;
}

/** A path as the user typed it, made absolute against the folder they typed it in. */
export function resolveUserPath(io: Pick<CliIo, "cwd">, file: string): string {
  return path.resolve(io.cwd, file);
}

function write(stream: NodeJS.WriteStream, chunk: string | Uint8Array): Promise<void> {
  return new Promise((resolve, reject) =>
    stream.write(chunk, (error) => (error ? reject(error) : resolve())),
  );
}

/**
 * The real process. `npm run cli` runs scripts in the project folder, so a
 * relative path typed elsewhere would miss; npm keeps the folder the command
 * was typed in as INIT_CWD. It is trusted only when npm is running this very
 * script: a stale INIT_CWD inherited from some other npm run would mislead.
 */
export function processIo(): CliIo {
  const env = process.env;
  const cwd = env.npm_lifecycle_event === "cli" && env.INIT_CWD ? env.INIT_CWD : process.cwd();
  return {
    out: (chunk) => write(process.stdout, chunk),
    err: (text) => write(process.stderr, text),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Uint8Array));
      return Buffer.concat(chunks).toString("utf8");
    },
    readStdinLines: () => createInterface({ input: process.stdin, crlfDelay: Infinity }),
    isStdoutTerminal: process.stdout.isTTY === true,
    isStdinTerminal: process.stdin.isTTY === true,
    cwd,
    env,
  };
}
