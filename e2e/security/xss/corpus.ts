import { payloadGroups, type PayloadTemplate } from "./payloads";

export interface Payload extends PayloadTemplate {
  group: string;
  /** Holds a C0 control character: written through the database only (the API may refuse it). */
  hasControlCharacter: boolean;
}

// A C0 control character other than tab and newline (which every text field keeps).
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;

/** The corpus with `{HIT}` pointing at the listener, e.g. http://127.0.0.1:4321/hit. */
export function buildPayloads(hitBase: string): Payload[] {
  return payloadGroups.flatMap((group) =>
    group.payloads.map((payload) => {
      const text = payload.text.replaceAll("{HIT}", hitBase);
      return { ...payload, text, group: group.name, hasControlCharacter: CONTROL.test(text) };
    }),
  );
}

/** Every way a payload can name itself when it runs; used to attribute a finding to a payload id. */
export const markerPattern =
  /__xss\((\d+)\)|(?:alert|confirm|prompt|msgbox)\((\d+)\)|XSS-MARKER-(\d+)|\/hit\/(\d+)/g;

/** Payload ids named in a piece of text (a DOM snippet, a console line, a URL). */
export function payloadIdsIn(text: string): number[] {
  const ids = new Set<number>();
  // A base64 data: URL hides its marker; read it decoded too.
  const decoded = [...text.matchAll(/base64,([A-Za-z0-9+/]+=*)/g)].map((m) =>
    Buffer.from(m[1]!, "base64").toString("utf8"),
  );
  for (const match of [text, ...decoded].join(" ").matchAll(markerPattern)) {
    ids.add(Number(match[1] ?? match[2] ?? match[3] ?? match[4]));
  }
  return [...ids].sort((a, b) => a - b);
}
