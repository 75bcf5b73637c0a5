/**
 * The hostile-input corpus: XSS payloads written for this app, grouped by the
 * trick they use. Every payload, if it ever ran, leaves a marker that names
 * it: a call to the `__xss(id)` binding, a dialog whose message is the id
 * (`alert`/`confirm`/`prompt`), a console line `XSS-MARKER-<id>`, or a
 * request to `{HIT}/<id>` on the test's own listener. `{HIT}` is filled in
 * with the listener's address when the corpus is built.
 *
 * `context` says where the payload is live when a page embeds it WITHOUT
 * escaping; the positive control (xss-control.spec.ts) embeds each payload
 * there and checks the detectors catch it, so a quiet run of the real test
 * means "escaped", not "detectors blind".
 */
export type PayloadContext =
  | "html" // element content
  | "attr" // a double-quoted attribute value
  | "attr1" // a single-quoted attribute value
  | "url" // an href/src
  | "css" // a style attribute value
  | "script" // a double-quoted string inside an inline script
  | "template" // a template literal inside an inline script
  | "jsonld" // a JSON string inside <script type="application/ld+json">
  | "markdown"; // a Markdown source rendered by a permissive renderer

export interface PayloadTemplate {
  id: number;
  context: PayloadContext;
  text: string;
}

export interface PayloadGroup {
  name: string;
  /** Why this group is here: what kind of bug it would catch. */
  note: string;
  payloads: PayloadTemplate[];
}

const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64");

export const payloadGroups: PayloadGroup[] = [
  {
    name: "script tags",
    note: "Plain, mixed case, split to survive naive stripping, with attributes and external src.",
    payloads: [
      { id: 1, context: "html", text: "<script>__xss(1)</script>" },
      { id: 2, context: "html", text: "<ScRiPt>alert(2)</sCrIpT>" },
      { id: 3, context: "html", text: '<script src="{HIT}/3"></script>' },
      { id: 4, context: "html", text: "<scr<script>ipt>__xss(4)</scr</script>ipt><script>__xss(4)</script>" },
      {
        id: 5,
        context: "html",
        text: '<script type="text/javascript" defer>console.log("XSS-MARKER-5")</script>',
      },
      { id: 6, context: "html", text: "<script/x>confirm(6)</script>" },
    ],
  },
  {
    name: "event handlers",
    note: "Handlers that fire without a click (error, load, toggle, focus, start) and ones that need a pointer.",
    payloads: [
      { id: 7, context: "html", text: "<img src=x onerror=__xss(7)>" },
      { id: 8, context: "html", text: "<svg onload=alert(8)>" },
      { id: 9, context: "html", text: '<body onload=console.log("XSS-MARKER-9")>' },
      { id: 10, context: "html", text: "<details open ontoggle=__xss(10)><summary>s</summary></details>" },
      { id: 11, context: "html", text: "<input autofocus onfocus=prompt(11)>" },
      { id: 12, context: "html", text: "<video><source onerror=__xss(12)></video>" },
      { id: 13, context: "html", text: '<audio src=x onerror=console.log("XSS-MARKER-13")></audio>' },
      { id: 14, context: "html", text: "<marquee onstart=__xss(14)>m</marquee>" },
      { id: 15, context: "html", text: "<img src=x onerror=\"fetch('{HIT}/15')\">" },
      { id: 16, context: "html", text: "<img/src/onerror=alert(16)>" },
      {
        id: 17,
        context: "html",
        text: '<div onpointerover=__xss(17) onmouseover="__xss(17)">hover me</div>',
      },
      { id: 18, context: "html", text: "<select autofocus onfocus=__xss(18)><option>o</option></select>" },
      { id: 19, context: "html", text: "<iframe onload=__xss(19)></iframe>" },
    ],
  },
  {
    name: "javascript:, data: and vbscript: URLs",
    note: "In links and as bare URLs, with entity, whitespace, case and control-character obfuscation the URL parser strips.",
    payloads: [
      { id: 20, context: "html", text: '<a href="javascript:__xss(20)">j20</a>' },
      { id: 21, context: "html", text: '<a href="&#x6a;avascript&colon;alert(21)">j21</a>' },
      { id: 22, context: "html", text: '<a href=" java&#x09;script:__xss(22)">j22</a>' },
      { id: 23, context: "url", text: "javascript:__xss(23)" },
      { id: 24, context: "url", text: "JaVaScRiPt:alert(24)" },
      { id: 25, context: "url", text: " \tjavascript:console.log('XSS-MARKER-25')" },
      { id: 26, context: "url", text: "\u0001java\nscript:__xss(26)" },
      { id: 27, context: "url", text: "data:text/html,<script>__xss(27)</script>" },
      { id: 28, context: "url", text: `data:text/html;base64,${b64("<script>__xss(28)</script>")}` },
      { id: 29, context: "html", text: '<a href="data:text/html,<script>alert(29)</script>">d29</a>' },
      { id: 30, context: "url", text: "vbscript:msgbox(30)" },
      {
        id: 31,
        context: "html",
        text: '<a href="vbscript:__xss(31)">v31</a><area href="javascript:__xss(31)">',
      },
    ],
  },
  {
    name: "Markdown link tricks",
    note: "Inline, reference-style (also inside list items and quotes), autolinks, images, pointy and entity destinations, the backslash before <.",
    payloads: [
      { id: 32, context: "markdown", text: "[click 32](javascript:__xss(32))" },
      { id: 33, context: "markdown", text: "[click 33](&#106;avascript:alert(33))" },
      { id: 34, context: "markdown", text: "[ref 34][r34]\n\n[r34]: javascript:__xss(34)" },
      { id: 35, context: "markdown", text: "<javascript:__xss(35)>" },
      { id: 36, context: "markdown", text: "![image 36](javascript:__xss(36))" },
      { id: 37, context: "markdown", text: "![pixel 37]({HIT}/37)" },
      { id: 38, context: "markdown", text: "[click 38](<javascript:alert(38)>)" },
      { id: 39, context: "markdown", text: "- [r39]: javascript:__xss(39)\n\n[list ref 39][r39]" },
      { id: 40, context: "html", text: "\\<img src=x onerror=__xss(40)>" },
      {
        id: 41,
        context: "markdown",
        text: "[click 41](vbscript:__xss(41)) [data 41](data:text/html,<script>__xss(41)</script>)",
      },
      { id: 42, context: "markdown", text: "> [r42]: javascript:__xss(42)\n\n[quote ref 42][r42]" },
    ],
  },
  {
    name: "SVG and MathML",
    note: "Foreign content: script in SVG, xlink:href, SMIL animation, foreignObject, and the mglyph/style mutation.",
    payloads: [
      { id: 43, context: "html", text: "<svg><script>__xss(43)</script></svg>" },
      {
        id: 44,
        context: "html",
        text: '<svg><a xlink:href="javascript:alert(44)"><text x="0" y="20">s44</text></a></svg>',
      },
      {
        id: 45,
        context: "html",
        text: "<svg><animate onbegin=__xss(45) attributeName=x dur=1s></animate></svg>",
      },
      {
        id: 46,
        context: "html",
        text: '<svg><a><set attributeName="href" to="javascript:__xss(46)"/><text y="20">s46</text></a></svg>',
      },
      { id: 47, context: "html", text: "<math><mtext><table><mglyph><style><img src=x onerror=__xss(47)>" },
      {
        id: 48,
        context: "html",
        text: '<math><mi xlink:href="javascript:alert(48)" href="javascript:alert(48)">m48</mi></math>',
      },
      {
        id: 49,
        context: "html",
        text: '<svg><foreignObject><img src=x onerror=console.log("XSS-MARKER-49")></foreignObject></svg>',
      },
      { id: 50, context: "html", text: "<svg><style><img src=x onerror=__xss(50)></style></svg>" },
    ],
  },
  {
    name: "mutation XSS and rawtext breakouts",
    note: "Markup that changes meaning when parsed twice or in another namespace, and text that closes the element it sits in.",
    payloads: [
      {
        id: 51,
        context: "html",
        text: '<noscript><p title="</noscript><img src=x onerror=__xss(51)>"></noscript>',
      },
      {
        id: 52,
        context: "html",
        text: "<form><math><mtext></form><form><mglyph><style></math><img src onerror=__xss(52)>",
      },
      { id: 53, context: "html", text: "</textarea><img src=x onerror=__xss(53)>" },
      { id: 54, context: "html", text: "</title><img src=x onerror=alert(54)>" },
      { id: 55, context: "html", text: "</style><img src=x onerror=__xss(55)>" },
      { id: 56, context: "html", text: "<!--><img src=x onerror=__xss(56)>-->" },
      {
        id: 57,
        context: "html",
        text: '<noembed><img title="</noembed><img src=x onerror=__xss(57)>"></noembed>',
      },
      {
        id: 58,
        context: "html",
        text: "<template><img src=x onerror=__xss(58)></template><img src=x onerror=__xss(58)>",
      },
    ],
  },
  {
    name: "attribute breakouts",
    note: "Text that ends a quoted attribute and adds a handler or an element.",
    payloads: [
      { id: 59, context: "attr", text: '"><img src=x onerror=__xss(59)>' },
      { id: 60, context: "attr1", text: "' onmouseover='__xss(60)' autofocus onfocus='__xss(60)' x='" },
      { id: 61, context: "attr", text: '" autofocus onfocus="alert(61)" x="' },
      { id: 62, context: "attr", text: '" style="background-image:url({HIT}/62)" x="' },
    ],
  },
  {
    name: "CSS vectors",
    note: "Style that runs script in old engines or fetches from elsewhere; colour values that smuggle declarations.",
    payloads: [
      { id: 63, context: "html", text: '<div style="background:url(javascript:__xss(63))">c63</div>' },
      { id: 64, context: "html", text: '<div style="width:expression(alert(64))">c64</div>' },
      { id: 65, context: "html", text: '<style>@import "{HIT}/65";</style>' },
      { id: 66, context: "html", text: '<link rel="stylesheet" href="{HIT}/66">' },
      { id: 67, context: "css", text: "#000;background-image:url({HIT}/67)" },
    ],
  },
  {
    name: "script-element and JSON-LD breakouts",
    note: "Text inside a JSON string in a <script>: closing tags, <!--<script> (which makes the parser swallow the next </script>), U+2028/2029.",
    payloads: [
      { id: 68, context: "jsonld", text: "</script><script>__xss(68)</script>" },
      { id: 69, context: "jsonld", text: "<!--<script>__xss(69)" },
      { id: 70, context: "script", text: '\u2028\u2029";__xss(70);"' },
      { id: 71, context: "jsonld", text: '</SCRIPT ><script>console.log("XSS-MARKER-71")</script>' },
    ],
  },
  {
    name: "embedding and navigation elements",
    note: "iframe srcdoc, meta refresh, base href, form actions, object and embed: elements that load or run something else.",
    payloads: [
      { id: 72, context: "html", text: '<iframe srcdoc="&lt;script&gt;__xss(72)&lt;/script&gt;"></iframe>' },
      { id: 73, context: "html", text: '<meta http-equiv="refresh" content="0;url=javascript:__xss(73)">' },
      { id: 74, context: "html", text: '<base href="{HIT}/74/">' },
      {
        id: 75,
        context: "html",
        text: '<form action="javascript:__xss(75)"><button formaction="javascript:alert(75)">f75</button></form>',
      },
      { id: 76, context: "html", text: '<object data="javascript:__xss(76)"></object>' },
      { id: 77, context: "html", text: '<embed src="{HIT}/77">' },
      { id: 78, context: "html", text: '<frameset onload=__xss(78)><input type="image" src="{HIT}/78">' },
    ],
  },
  {
    name: "template and replacement patterns",
    note: "For code that builds HTML or scripts with template literals, String.replace or a template engine: ${…}, $' $` $&, {{…}}.",
    payloads: [
      { id: 79, context: "template", text: "${__xss(79)}" },
      { id: 80, context: "template", text: "$' $` $& `;__xss(80);`" },
      {
        id: 81,
        context: "template",
        text: "{{constructor.constructor('__xss(81)')()}} #{__xss(81)} `+__xss(81)+`",
      },
    ],
  },
];
