// A news page's HTML → the report's main text and what the page says about itself.
// Main text: Mozilla Readability (Firefox's Reader View) over a linkedom document, since
// jsdom needs Node 22; see docs/decisions/0009-fetching-reports-by-url.md.
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { AppError } from "../errors";
import { paragraphText } from "./article-text";
import { readPageMetadata } from "./page-metadata";

export type ExtractedArticle = {
  title: string;
  /** Plain text, paragraphs separated by a blank line. */
  text: string;
  /** YYYY-MM-DD, as the page gives it. */
  publishedAt: string | null;
  outlet: string | null;
  author: string | null;
  /** BCP 47 tag from <html lang> (or og:locale). */
  language: string | null;
};

type ReadabilityArticle = { title?: string | null; content?: string | null; byline?: string | null; siteName?: string | null };

// Menus are never the article, yet Readability sometimes takes a menu's links for text.
const navigation = "nav, [role=navigation]";
// Page furniture that is rarely the article, removed only for the fallback when Readability
// finds no article of its own (an <aside> or <header> inside an article may matter).
const outsideArticle = `${navigation}, header, footer, aside, form, [role=banner], [role=contentinfo]`;

function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

function without(document: Document, selector: string): Document {
  for (const element of document.querySelectorAll(selector)) element.remove();
  return document;
}

function readArticle(html: string): ReadabilityArticle | null {
  try {
    return new Readability(without(parse(html), navigation)).parse();
  } catch {
    // Readability gives up on some malformed pages; the fallback below still reads them.
    return null;
  }
}

function readabilityText(article: ReadabilityArticle | null): string {
  if (!article?.content) return "";
  return paragraphText(parse(`<!doctype html><html><body>${article.content}</body></html>`).body);
}

function wholeBodyText(html: string): string {
  const document = without(parse(html), outsideArticle);
  return document.body ? paragraphText(document.body) : "";
}

function bylineName(byline: string | null | undefined): string | null {
  const name = byline
    ?.replace(/\s+/g, " ")
    .replace(/^by\s+/i, "")
    .trim();
  return name ? name : null;
}

/** The first line of the text, when a page names itself nowhere. */
function firstLine(text: string): string {
  const line = text.split("\n", 1)[0] ?? "";
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

export function extractArticle(html: string): ExtractedArticle {
  // Metadata first: Readability takes scripts (JSON-LD) out of the document it reads.
  const metadata = readPageMetadata(parse(html));
  const article = readArticle(html);
  const text = readabilityText(article) || wholeBodyText(html);
  if (!text.trim()) throw new AppError("upstream_failed", "No article text was found on the page; paste its text instead");
  return {
    title: article?.title?.trim() || metadata.title || firstLine(text),
    text,
    publishedAt: metadata.publishedAt,
    outlet: metadata.outlet ?? (article?.siteName?.trim() || null),
    author: metadata.author ?? bylineName(article?.byline),
    language: metadata.language,
  };
}
