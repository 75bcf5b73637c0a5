/*
 * JSON-LD is the most reliable metadata on news sites (it feeds search
 * engines), but it comes in many shapes: a single object, an array, a
 * `@graph` (Yoast and most CMSs) whose article points at its author and
 * publisher by `@id`, names as strings or as objects. This reads them all
 * and never throws on malformed data.
 */

/** What we take from the first Article-like JSON-LD node on a page. */
export interface JsonLdArticle {
  headline: string | null;
  datePublished: string | null;
  authors: string[];
  publisher: string | null;
  url: string | null;
}

type JsonObject = Record<string, unknown>;

/** NewsArticle, ReportageNewsArticle, Article… and blog posts. */
const ARTICLE_TYPE = /(Article|BlogPosting)$/;

export function readJsonLdArticle(document: Document): JsonLdArticle | null {
  const nodes = Array.from(document.querySelectorAll('script[type="application/ld+json"]')).flatMap(
    (script) => flattenGraph(parseJson(script.textContent ?? "")),
  );
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) {
    if (typeof node["@id"] === "string") byId.set(node["@id"], node);
  }
  const article = nodes.find((node) => typesOf(node).some((type) => ARTICLE_TYPE.test(type)));
  if (article === undefined) return null;

  const resolve = (value: unknown): unknown =>
    isObject(value) && typeof value["@id"] === "string" && value.name === undefined
      ? (byId.get(value["@id"]) ?? value)
      : value;
  return {
    headline: textOf(article.headline) ?? textOf(article.name),
    datePublished: textOf(article.datePublished),
    authors: asArray(article.author).map(resolve).map(nameOf).filter(isPresent),
    publisher: nameOf(resolve(article.publisher)),
    url: textOf(article.url) ?? idOf(article.mainEntityOfPage),
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null; // a broken block must not break the import
  }
}

/** Top-level arrays and `@graph` arrays, at any depth, as one list of objects. */
function flattenGraph(value: unknown): JsonObject[] {
  if (Array.isArray(value)) return value.flatMap(flattenGraph);
  if (!isObject(value)) return [];
  const graph = value["@graph"];
  return graph === undefined ? [value] : [value, ...flattenGraph(graph)];
}

function typesOf(node: JsonObject): string[] {
  return asArray(node["@type"]).filter((type): type is string => typeof type === "string");
}

function nameOf(value: unknown): string | null {
  if (typeof value === "string") return textOf(value);
  return isObject(value) ? textOf(value.name) : null;
}

function idOf(value: unknown): string | null {
  if (typeof value === "string") return textOf(value);
  return isObject(value) ? textOf(value["@id"]) : null;
}

function textOf(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const text = value.replace(/\s+/g, " ").trim();
  return text === "" ? null : text;
}

function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isPresent<T>(value: T | null): value is T {
  return value !== null;
}
