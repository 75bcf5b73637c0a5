import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import type { CliIo } from "./cli-io";

const idTextLine = z.object({ id: z.union([z.string(), z.number()]).optional(), text: z.string() });
export type IdTextLine = z.infer<typeof idTextLine>;

/**
 * The `{"id": …, "text": …}` JSON lines on standard input, as they arrive;
 * blank lines are skipped. A bad line throws, naming its number, so a
 * command stops after answering the lines before it. `nonEmpty` refuses a
 * text of only spaces too.
 */
export async function* readIdTextLines(io: CliIo, { nonEmpty = false } = {}): AsyncGenerator<IdTextLine> {
  let lineNumber = 0;
  for await (const line of io.readStdinLines()) {
    lineNumber += 1;
    if (line.trim() === "") continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new AppError("VALIDATION", `line ${lineNumber}: not JSON: ${reason}`);
    }
    const parsed = idTextLine.safeParse(value);
    if (parsed.success && (!nonEmpty || parsed.data.text.trim() !== "")) {
      yield parsed.data;
      continue;
    }
    const badId = !parsed.success && parsed.error.issues.some((issue) => issue.path[0] === "id");
    throw new AppError(
      "VALIDATION",
      badId
        ? `line ${lineNumber}: "id" must be a string or a number`
        : `line ${lineNumber}: needs a ${nonEmpty ? "non-empty " : ""}string "text"`,
    );
  }
}
