// Ingesting a report for the "new report" form, by URL or as pasted text: everything the
// form pre-fills, and the furniture lines dropped from the text (which the analyst may restore).
// Server only (it opens connections); the browser can restore lines with ./boilerplate alone.
import "server-only";
import { AppError } from "../errors";
import { dropBoilerplate, type DroppedLine } from "./boilerplate";
import { extractArticle } from "./extract-article";
import { fetchReportPage, type FetchedPage, type FetchPageOptions } from "./fetch-page";
import { checkReportText, titleFromFirstLine } from "./report-text";

export { dropBoilerplate, restoreLines, type BoilerplateResult, type DroppedLine } from "./boilerplate";
export { extractArticle, type ExtractedArticle } from "./extract-article";
export { fetchReportPage, type FetchedPage, type FetchPageOptions } from "./fetch-page";
export { isPublicAddress } from "./address";

/**
 * What the "new report" form pre-fills. Pasted text and fetched pages answer the same shape;
 * for pasted text only the title (its first line) can be guessed, and there is no address.
 */
export type IngestedText = {
  /** The report's text with furniture lines dropped: the snapshot to review and save. */
  text: string;
  dropped: DroppedLine[];
  title: string | null;
  /** YYYY-MM-DD. */
  publishedAt: string | null;
  outlet: string | null;
  author: string | null;
  /** BCP 47, e.g. "en-GB". */
  language: string | null;
  /** The address as the analyst gave it; null for pasted text. */
  url: string | null;
  /** Where the page was found, after redirects; null for pasted text. */
  finalUrl: string | null;
  /** ISO 8601: when the page was fetched, or the text pasted. */
  retrievedAt: string;
};

export type IngestedPage = IngestedText & { url: string; finalUrl: string };

type PageDetails = Pick<IngestedText, "text" | "title" | "publishedAt" | "outlet" | "author" | "language">;

/** Checks the text, drops its furniture, and refuses a text that was nothing but furniture. */
function cleanedText(text: string): Pick<IngestedText, "text" | "dropped"> {
  const result = dropBoilerplate(checkReportText(text));
  if (!result.text.trim()) {
    throw new AppError("bad_request", "The text holds nothing but site furniture (menus, advertisements, sign-up prompts); paste the report's words");
  }
  return result;
}

/** For pasted text. */
export function ingestFromText(text: string): IngestedText {
  const cleaned = cleanedText(text);
  return {
    ...cleaned,
    title: titleFromFirstLine(cleaned.text),
    publishedAt: null,
    outlet: null,
    author: null,
    language: null,
    url: null,
    finalUrl: null,
    retrievedAt: new Date().toISOString(),
  };
}

function pageDetails(page: FetchedPage): PageDetails {
  if (page.html !== undefined) return extractArticle(page.html);
  return { text: page.text, title: null, publishedAt: null, outlet: null, author: null, language: null };
}

/**
 * For a URL: fetched with the SSRF defences of `fetchReportPage` (pass `allowLoopback` only
 * from the end-to-end test server), the main text taken from HTML, then cleaned as pasted
 * text is.
 */
export async function ingestFromUrl(url: string, options: FetchPageOptions = {}): Promise<IngestedPage> {
  const page = await fetchReportPage(url, options);
  const details = pageDetails(page);
  const cleaned = cleanedText(details.text);
  return {
    url: url.trim(),
    finalUrl: page.finalUrl,
    ...details,
    ...cleaned,
    title: details.title ?? titleFromFirstLine(cleaned.text),
    retrievedAt: page.fetchedAt,
  };
}
