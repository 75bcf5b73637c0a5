import type { IncomingMessage } from "node:http";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { fetchFailures } from "./fetch-failures";

export interface ReadCappedBodyOptions {
  maxBytes: number;
  onBytes?: (receivedBytes: number, totalBytes: number | null) => void;
}

/**
 * Read a response body, refusing it as soon as it passes `maxBytes`: a
 * declared Content-Length over the cap fails before any byte is read, and
 * an undeclared or lying one fails mid-stream, which destroys the stream
 * and so closes the connection. The cap counts decompressed bytes, so a
 * small gzip bomb cannot expand past it.
 */
export async function readCappedBody(
  response: IncomingMessage,
  options: ReadCappedBodyOptions,
): Promise<Uint8Array> {
  const declared = Number(response.headers["content-length"] ?? Number.NaN);
  const totalBytes = Number.isFinite(declared) ? declared : null;
  if (totalBytes !== null && totalBytes > options.maxBytes) throw fetchFailures.tooLarge(options.maxBytes);

  const body = decompress(response);
  const chunks: Buffer[] = [];
  let receivedBytes = 0;
  for await (const chunk of body) {
    const buffer = chunk as Buffer;
    receivedBytes += buffer.byteLength;
    // Leaving the loop by throwing destroys `body`, and with it the response and its socket.
    if (receivedBytes > options.maxBytes) throw fetchFailures.tooLarge(options.maxBytes);
    chunks.push(buffer);
    options.onBytes?.(receivedBytes, totalBytes);
  }
  return Buffer.concat(chunks);
}

function decompress(response: IncomingMessage): Readable {
  const encoding = (response.headers["content-encoding"] ?? "identity").trim().toLowerCase();
  const decoder =
    encoding === "gzip" || encoding === "x-gzip"
      ? createGunzip()
      : encoding === "deflate"
        ? createInflate()
        : encoding === "br"
          ? createBrotliDecompress()
          : null;
  if (decoder === null) {
    if (encoding === "identity" || encoding === "") return response;
    throw fetchFailures.unreadableEncoding(encoding);
  }
  // pipeline destroys the response when the decoder is destroyed, and the other way round.
  return pipeline(response, decoder, () => undefined);
}
