// What a news page says about itself: <meta> tags (Open Graph, article:*), JSON-LD
// (schema.org NewsArticle) and <time datetime>. Read before Readability runs, since
// Readability strips scripts and rewrites the document.
import * as chrono from "chrono-node";

/** The DOM surface we read, satisfied by linkedom's document. */
type Page = Pick<Document, "querySelectorAll" | "querySelector" | "documentElement">;

export type PageMetadata = {
  title: string | null;
  publishedAt: string | null;
  outlet: string | null;
  author: string | null;
  language: string | null;
};

type JsonObject = Record<string, unknown>;

function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, " ").trim();
  return text ? text : null;
}

/** The first non-empty <meta> content among the keys, by property, name or itemprop. */
export function metaContent(page: Page, ...keys: string[]): string | null {
  const metas = [...page.querySelectorAll("meta")];
  for (const key of keys) {
    for (const meta of metas) {
      const names = [meta.getAttribute("property"), meta.getAttribute("name"), meta.getAttribute("itemprop")];
      if (!names.some((name) => name?.toLowerCase() === key)) continue;
      const content = clean(meta.getAttribute("content"));
      if (content) return content;
    }
  }
  return null;
}

/** Every object in the page's JSON-LD blocks, arrays and @graph flattened. Broken blocks are skipped. */
export function jsonLdObjects(page: Page): JsonObject[] {
  const objects: JsonObject[] = [];
  const collect = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(collect);
    if (!value || typeof value !== "object") return;
    objects.push(value as JsonObject);
    collect((value as JsonObject)["@graph"]);
  };
  for (const script of page.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collect(JSON.parse(script.textContent ?? ""));
    } catch {
      // A page's broken structured data is its problem; the <meta> tags may still do.
    }
  }
  return objects;
}

const articleTypes = /(Article|BlogPosting|Report)$/;

function isArticle(object: JsonObject): boolean {
  const types = [object["@type"]].flat();
  return types.some((type) => typeof type === "string" && articleTypes.test(type));
}

/** The article's JSON-LD object, else any object that has a publication date. */
function jsonLdArticle(objects: JsonObject[]): JsonObject | null {
  return objects.find(isArticle) ?? objects.find((object) => typeof object.datePublished === "string") ?? null;
}

/** Names from a schema.org Person/Organization, a list of them, or a plain string. */
function names(value: unknown): string[] {
  if (typeof value === "string") return clean(value) ? [clean(value)!] : [];
  if (Array.isArray(value)) return value.flatMap(names);
  if (value && typeof value === "object") return names((value as JsonObject).name);
  return [];
}

function joinedNames(value: unknown): string | null {
  const found = [...new Set(names(value))];
  return found.length ? found.join(", ") : null;
}

/**
 * A date as YYYY-MM-DD. An ISO timestamp keeps the calendar day the publisher wrote
 * ("2024-10-18T23:30-05:00" is the 18th), since that is the date the report carries.
 * Other wordings ("18 October 2024") go through chrono-node, and count only with a
 * certain day, month and year.
 */
export function toIsoDay(value: string | null | undefined): string | null {
  const text = clean(value);
  if (!text) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (iso) return validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const parsed = chrono.parse(text)[0]?.start;
  if (!parsed || !(["year", "month", "day"] as const).every((part) => parsed.isCertain(part))) return null;
  return validDay(parsed.get("year")!, parsed.get("month")!, parsed.get("day")!);
}

function validDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

function publishedAt(page: Page, article: JsonObject | null): string | null {
  const candidates = [
    metaContent(page, "article:published_time", "og:published_time", "datepublished"),
    typeof article?.datePublished === "string" ? article.datePublished : null,
    page.querySelector("time[datetime]")?.getAttribute("datetime"),
  ];
  for (const candidate of candidates) {
    const day = toIsoDay(candidate);
    if (day) return day;
  }
  return null;
}

function isWebAddress(text: string): boolean {
  return /^https?:\/\//i.test(text);
}

function author(page: Page, article: JsonObject | null): string | null {
  // article:author is often a profile URL rather than a name; a URL is no byline.
  const meta = metaContent(page, "author", "article:author", "byl", "parsely-author");
  const fromMeta = meta && !isWebAddress(meta) ? meta.replace(/^by\s+/i, "") : null;
  return fromMeta ?? joinedNames(article?.author);
}

// BCP 47, loosely: "en", "en-GB", "zh-Hant-TW". Anything else is not trusted as a language.
const languageTag = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

export function language(page: Page): string | null {
  const declared = clean(page.documentElement?.getAttribute("lang")) ?? metaContent(page, "og:locale")?.replace(/_/g, "-") ?? null;
  return declared && languageTag.test(declared) ? declared : null;
}

export function readPageMetadata(page: Page): PageMetadata {
  const article = jsonLdArticle(jsonLdObjects(page));
  return {
    title: metaContent(page, "og:title", "twitter:title") ?? clean(page.querySelector("title")?.textContent),
    publishedAt: publishedAt(page, article),
    outlet: metaContent(page, "og:site_name") ?? joinedNames(article?.publisher),
    author: author(page, article),
    language: language(page),
  };
}
