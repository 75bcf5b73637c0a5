/** A Content-Type header split into its media type and charset, both lower-case. */
export interface ContentType {
  /** "" when the header is missing. */
  mediaType: string;
  charset: string | null;
}

/** `text/html; charset="ISO-8859-1"` → { mediaType: "text/html", charset: "iso-8859-1" }. */
export function parseContentType(header: string | undefined): ContentType {
  const [type = "", ...parameters] = (header ?? "").split(";");
  let charset: string | null = null;
  for (const parameter of parameters) {
    const [name = "", value = ""] = parameter.split("=");
    if (name.trim().toLowerCase() === "charset") {
      const cleaned = value
        .trim()
        .replace(/^["']|["']$/g, "")
        .toLowerCase();
      charset = cleaned === "" ? null : cleaned;
    }
  }
  return { mediaType: type.trim().toLowerCase(), charset };
}
