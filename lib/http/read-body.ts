import { AppError } from "@/lib/errors/app-error";
import { fieldPath, visitStrings } from "./text-checks";

/**
 * Reads the body, refusing it on the declared length first, then as soon as
 * what arrived passes the cap (a client may send no Content-Length, or a
 * false one).
 */
export async function readBodyBytes(
  request: Request,
  maxBytes: number,
  tooLarge: () => AppError,
): Promise<Uint8Array> {
  if (Number(request.headers.get("content-length") ?? "0") > maxBytes) throw tooLarge();
  const reader = request.body?.getReader();
  if (!reader) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    total += chunk.value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(chunk.value);
  }
  return Buffer.concat(chunks);
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * The body as text, refusing bytes that are not UTF-8 (400) rather than
 * turning them into U+FFFD as a lenient decoder would, which would store
 * text nobody sent.
 */
export function decodeJsonText(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw notUtf8(bytes);
  }
}

function notUtf8(bytes: Uint8Array): AppError {
  const fields = fieldsWithBadBytes(bytes);
  const names = Object.keys(fields);
  return new AppError(
    "BAD_REQUEST",
    `The request body is not valid UTF-8${names.length ? ` (in ${names.join(", ")})` : ""}. Send JSON encoded as UTF-8.`,
    names.length ? { fields } : undefined,
  );
}

/**
 * Which fields the bad bytes are in, where that can be told: decoded
 * leniently, bad bytes become U+FFFD, so the strings holding one are those
 * fields, unless the body also spells U+FFFD itself (then it cannot be told).
 */
function fieldsWithBadBytes(bytes: Uint8Array): Record<string, string> {
  const text = new TextDecoder().decode(bytes);
  if (Buffer.from(bytes).includes(Buffer.from("\uFFFD")) || /\\u[fF]{3}[dD]/.test(text)) return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {};
  }
  const fields: Record<string, string> = {};
  visitStrings(value, (string, path) => {
    if (string.includes("\uFFFD")) fields[fieldPath(path)] ??= "This field is not valid UTF-8 text.";
  });
  return fields;
}
