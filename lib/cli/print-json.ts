import type { CliIo } from "./cli-io";

/** `--json` output: pretty-printed, one document, ending with a newline. */
export function printJson(io: Pick<CliIo, "out">, value: unknown): Promise<void> {
  return io.out(`${JSON.stringify(value, null, 2)}\n`);
}
