import type { CliIo } from "../cli-io";

/** A CliIo over strings, for running commands in tests; `output` collects what they write. */
export function fakeIo(overrides: Partial<CliIo> = {}) {
  const output = { stdout: "", stderr: "" };
  const io: CliIo = {
    out: async (chunk) =>
      void (output.stdout += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString()),
    err: async (text) => void (output.stderr += text),
    readStdin: async () => "",
    readStdinLines: async function* () {},
    isStdoutTerminal: false,
    isStdinTerminal: false,
    cwd: "/",
    env: {},
    ...overrides,
  };
  return { io, output };
}
