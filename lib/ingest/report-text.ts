// The checks every report text passes before it is offered for review, pasted or fetched:
// not empty, at most 1 MB, really text; line endings normalised to "\n".
import { AppError } from "../errors";

/** In UTF-8 bytes; also keeps the text within the report schema's 1,000,000 characters. */
export const maxTextBytes = 1_000_000;

// Controls that never occur in a news text (tab, line feed, form feed and carriage return
// do), and U+FFFD, which is what undecodable bytes become.
const binaryCharacters = /[\u0000-\u0008\u000b\u000e-\u001f\u007f\ufffd]/g;
const maxBinaryShare = 0.1;

function binaryShare(text: string): number {
  return (text.match(binaryCharacters)?.length ?? 0) / text.length;
}

/** "\r\n" and lone "\r" become "\n"; a leading byte-order mark goes. */
export function normaliseLineEndings(text: string): string {
  return text.replace(/^\ufeff/, "").replace(/\r\n?/g, "\n");
}

/** Checks a report's text and answers it with normalised line endings. */
export function checkReportText(text: string): string {
  if (!text.trim()) throw new AppError("bad_request", "The text is empty; paste the report's words");
  const bytes = Buffer.byteLength(text, "utf8");
  if (bytes > maxTextBytes) {
    throw new AppError("payload_too_large", `The text is ${(bytes / 1_000_000).toFixed(1)} MB; a report can be at most 1 MB`);
  }
  if (text.includes("\u0000")) {
    throw new AppError("unsupported_media_type", "The text contains NUL characters: it looks like a binary file, not text; paste the report's words");
  }
  if (binaryShare(text) > maxBinaryShare) {
    throw new AppError("unsupported_media_type", "The text is mostly unreadable characters: it looks like a binary file, not text; paste the report's words");
  }
  return normaliseLineEndings(text);
}

/** The first non-empty line, as a title to pre-fill, when it is short enough to be one. */
export function titleFromFirstLine(text: string): string | null {
  const line = text
    .split("\n")
    .find((candidate) => candidate.trim())
    ?.trim();
  return line && line.length <= 200 ? line : null;
}
