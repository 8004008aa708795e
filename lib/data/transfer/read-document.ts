// Reads a transfer document (one JSON object, lib/data/transfer/format.ts) a record at a time,
// so an import holds one batch of records, never the whole file (ADR 0021). The document's own
// structure is known: a top-level object whose values are either small (format, version, time)
// or arrays of records. Each array element's text is found by a small scanner (strings,
// escapes, nesting) and handed to JSON.parse on its own; anything else at the top level is
// parsed whole. The text must be valid JSON: a malformed file ends in a SyntaxError that names
// the character offset.

/** One piece of the document: a top-level value that is not a list, or one element of a list. */
export type DocumentEvent =
  | { kind: "field"; key: string; value: unknown }
  | { kind: "record"; list: string; index: number; value: unknown }
  | { kind: "list"; list: string };

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const OPEN_BRACKET = 91;
const CLOSE_BRACE = 125;
const CLOSE_BRACKET = 93;
const COMMA = 44;
const isSpace = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;

/** The index just after the JSON value starting at `start`, or -1 if the text ends inside it. */
function valueEnd(text: string, start: number): number {
  let depth = 0;
  for (let at = start; at < text.length; at += 1) {
    const code = text.charCodeAt(at);
    if (code === QUOTE) {
      // Skip the string: to the next quote that no backslash escapes (a report's text is long).
      for (;;) {
        const quote = text.indexOf('"', at + 1);
        if (quote === -1) return -1;
        let backslashes = 0;
        while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes += 1;
        at = quote;
        if (backslashes % 2 === 0) break;
      }
      if (depth === 0) return at + 1;
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) depth += 1;
    else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      // At depth 0 the bracket closes the enclosing list or object: it ends a number or literal.
      if (depth === 0) return at;
      depth -= 1;
      if (depth === 0) return at + 1;
    } else if (depth === 0 && (code === COMMA || isSpace(code))) return at;
  }
  return -1;
}

/**
 * The document's events from its text in chunks (a file read as UTF-8). Memory holds the
 * unread rest of the current chunk and one record, however long the document.
 */
export async function* readDocument(chunks: AsyncIterable<string>): AsyncGenerator<DocumentEvent> {
  let text = "";
  let at = 0;
  let offset = 0; // characters consumed before `text`, for error messages
  const iterator = chunks[Symbol.asyncIterator]();
  let ended = false;
  /** Reads another chunk; false at the end of the input. */
  const more = async () => {
    if (ended) return false;
    const next = await iterator.next();
    if (next.done) {
      ended = true;
      return false;
    }
    offset += at;
    text = text.slice(at) + next.value;
    at = 0;
    return true;
  };
  const fail = (what: string): never => {
    throw new SyntaxError(`Not a JSON document of the export's form: ${what} at character ${offset + at}`);
  };
  /** The next character that is not whitespace, reading more as needed; undefined at the end. */
  const peek = async () => {
    for (;;) {
      while (at < text.length && isSpace(text.charCodeAt(at))) at += 1;
      if (at < text.length) return text[at];
      if (!(await more())) return undefined;
    }
  };
  const expect = async (char: string) => {
    if ((await peek()) !== char) fail(`expected "${char}"`);
    at += 1;
  };
  /** The next whole JSON value, parsed. */
  const value = async (): Promise<unknown> => {
    await peek();
    for (;;) {
      const end = valueEnd(text, at);
      // A number at the very end of the input has no character after it.
      if (end !== -1 && (end < text.length || ended)) {
        const parsed: unknown = JSON.parse(text.slice(at, end));
        at = end;
        return parsed;
      }
      if (!(await more())) {
        if (end !== -1) continue;
        fail("the text ends inside a value");
      }
    }
  };

  await expect("{");
  if ((await peek()) === "}") {
    at += 1;
    return;
  }
  for (;;) {
    const key = await value();
    if (typeof key !== "string") fail("expected a key");
    await expect(":");
    if ((await peek()) === "[") {
      at += 1;
      yield { kind: "list", list: key as string };
      let index = 0;
      if ((await peek()) === "]") at += 1;
      else
        for (;;) {
          yield { kind: "record", list: key as string, index, value: await value() };
          index += 1;
          const next = await peek();
          at += 1;
          if (next === "]") break;
          if (next !== ",") fail('expected "," or "]"');
        }
    } else yield { kind: "field", key: key as string, value: await value() };
    const next = await peek();
    at += 1;
    if (next === "}") break;
    if (next !== ",") fail('expected "," or "}"');
  }
  if ((await peek()) !== undefined) fail("text after the document");
}

/** The same events from a document already in memory (tests, small files). */
export async function* documentEvents(input: unknown): AsyncGenerator<DocumentEvent> {
  if (input === null || typeof input !== "object" || Array.isArray(input)) {
    yield { kind: "field", key: "", value: input };
    return;
  }
  for (const [key, value] of Object.entries(input)) {
    if (!Array.isArray(value)) {
      yield { kind: "field", key, value };
      continue;
    }
    yield { kind: "list", list: key };
    for (const [index, record] of value.entries()) yield { kind: "record", list: key, index, value: record };
  }
}
