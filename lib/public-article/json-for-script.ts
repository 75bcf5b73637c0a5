/**
 * JSON for inside a <script> element. `<` is escaped so the text can never
 * close the element (`</script>`) or open a comment that makes the parser
 * swallow the real end tag (`<!--<script>`); U+2028/2029 are escaped for
 * consumers that still read the JSON as JavaScript.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
