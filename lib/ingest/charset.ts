// Reading a fetched page's bytes as text: the media type and charset from Content-Type,
// else from the page's own <meta>, else UTF-8, as browsers do (WHATWG Encoding).

export type ContentType = { mediaType: string; charset: string | null };

export function parseContentType(header: string | undefined): ContentType {
  const [type = "", ...parameters] = (header ?? "").split(";");
  let charset: string | null = null;
  for (const parameter of parameters) {
    const match = /^\s*charset\s*=\s*"?([^";\s]+)"?\s*$/i.exec(parameter);
    if (match) charset = match[1]!.toLowerCase();
  }
  return { mediaType: type.trim().toLowerCase(), charset };
}

// A <meta charset> must appear early for browsers to honour it; 4 KB is generous.
const metaSniffBytes = 4096;

/** The charset an HTML page declares in `<meta charset>` or `<meta http-equiv content>`. */
export function sniffMetaCharset(bytes: Uint8Array): string | null {
  // Latin-1 maps every byte to one character, so ASCII markup survives whatever the encoding.
  const head = Buffer.from(bytes.subarray(0, metaSniffBytes)).toString("latin1");
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const match = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (match) return match[1]!.toLowerCase();
  }
  return null;
}

function byteOrderMark(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  return null;
}

function decoderFor(label: string | null): TextDecoder {
  try {
    return new TextDecoder(label ?? "utf-8");
  } catch {
    // An unknown label: browsers fall back to the default too.
    return new TextDecoder("utf-8");
  }
}

// Node 20's TextDecoder decodes windows-1252 (and its aliases latin1, iso-8859-1, ascii) as
// ISO-8859-1, turning 0x80–0x9F into C1 control characters instead of curly quotes, dashes
// and the euro sign. These are the 27 characters windows-1252 puts there (5 bytes stay unused).
const windows1252High = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

function repairWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (character) => windows1252High[character.charCodeAt(0) - 0x80]!);
}

/**
 * Decodes a page. A byte-order mark wins, then the Content-Type charset, then (for HTML)
 * the page's <meta>, then UTF-8. Malformed bytes become U+FFFD rather than failing.
 */
export function decodePage(bytes: Uint8Array, headerCharset: string | null, isHtml: boolean): string {
  const label = byteOrderMark(bytes) ?? headerCharset ?? (isHtml ? sniffMetaCharset(bytes) : null);
  const decoder = decoderFor(label);
  const text = decoder.decode(bytes);
  return decoder.encoding === "windows-1252" ? repairWindows1252(text) : text;
}
