// npm run extract -- FILE [--published-at YYYY-MM-DD] [--sources SOURCES.json]
// Prints {"candidates": [...]} for a text file: what POST /api/v1/extract answers for the same
// text. It never opens the database, so by default no mention resolves to a source (every
// sourceId is null); --sources gives it a JSON array of {id, name, kind, aliases}. ADR 0005.
import { readFileSync } from "node:fs";
import { z } from "zod";
import { candidateSchema, extractCandidates, knownSourceSchema } from "../lib/extract";

const usage = "Usage: npm run extract -- FILE [--published-at YYYY-MM-DD] [--sources SOURCES.json]";

type Arguments = { file: string; publishedAt?: string; sourcesFile?: string };

function fail(message: string): never {
  process.stderr.write(`${message}\n${usage}\n`);
  process.exit(2);
}

function parseArguments(argv: string[]): Arguments {
  const parsed: Partial<Arguments> = {};
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] ?? "";
    const value = () => argv[++index] ?? fail(`${argument} needs a value`);
    if (argument === "--published-at") parsed.publishedAt = value();
    else if (argument.startsWith("--published-at=")) parsed.publishedAt = argument.slice("--published-at=".length);
    else if (argument === "--sources") parsed.sourcesFile = value();
    else if (argument.startsWith("--sources=")) parsed.sourcesFile = argument.slice("--sources=".length);
    else if (argument === "--help" || argument === "-h") {
      process.stdout.write(`${usage}\n`);
      process.exit(0);
    } else if (argument.startsWith("--")) fail(`Unknown option ${argument}`);
    else if (parsed.file) fail("Give one file");
    else parsed.file = argument;
  }
  if (!parsed.file) fail("Give the text file to read");
  if (parsed.publishedAt !== undefined && !z.iso.date().safeParse(parsed.publishedAt).success) fail("--published-at must be a date as YYYY-MM-DD");
  return parsed as Arguments;
}

function readText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    fail(`Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  // The API refuses binary content; so does the command, rather than printing nonsense.
  if (bytes.includes(0)) fail(`${file} is not a text file`);
  return bytes.toString("utf8");
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readText(file));
  } catch {
    fail(`${file} is not valid JSON`);
  }
}

function readSources(file: string) {
  const parsed = z.array(knownSourceSchema).safeParse(readJson(file));
  if (!parsed.success) fail(`${file} must be a JSON array of {id, name, kind, aliases}: ${parsed.error.issues[0]?.message ?? ""}`);
  return parsed.data;
}

const options = parseArguments(process.argv.slice(2));
const text = readText(options.file);
const knownSources = options.sourcesFile ? readSources(options.sourcesFile) : [];
const candidates = z.array(candidateSchema).parse(extractCandidates(text, { publishedAt: options.publishedAt, knownSources }));
process.stdout.write(`${JSON.stringify({ candidates }, null, 2)}\n`);
