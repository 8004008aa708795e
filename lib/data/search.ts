// Search over claims, reports and sources with each engine's own full-text index: FTS5 on
// SQLite, GIN-indexed stored tsvector columns on PostgreSQL (docs/decisions/0008). The SQL per
// engine lives here, behind searchEverything. The user's words reach the database only as a
// bound parameter holding quoted phrases, prefixes and ORs built from the parsed words
// (lib/domain/search-query.ts), never as SQL or syntax of their own.
import "server-only";
import { z } from "zod";
import { db } from "../db/client";
import { Prisma } from "../db/generated/sqlite/client";
import {
  bestMatchedAlias,
  firstMarked,
  hasSearchWords,
  matchEnd,
  matchStart,
  maxSearchLength,
  parseSearch,
  type SearchQuery,
  toFts5Match,
  toTsquery,
} from "../domain/search-query";
import type { SourceKind } from "../domain/vocabulary";
import { AppError } from "../errors";
import { type Actor, assertCanRead } from "./actor";

export const searchInputSchema = z.object({
  query: z.string().max(maxSearchLength, `Search for at most ${maxSearchLength} characters`),
  limit: z.number().int().min(1).max(50).default(20),
});

/** Snippets and aliases hold the matching words between matchStart and matchEnd. */
/** A claim's statement is marked too; its snippet shows the other fields' matches, or is null. */
export type ClaimHit = { id: string; statement: string; snippet: string | null; reportId: string; reportTitle: string };
export type ReportHit = { id: string; title: string; snippet: string };
export type SourceHit = { slug: string; name: string; kind: SourceKind; matchedAlias: string | null };
export type SearchResults = { claims: ClaimHit[]; reports: ReportHit[]; sources: SourceHit[] };

/** Each engine's search, given the query in its own syntax (toFts5Match, toTsquery). */
type EngineSearch = {
  syntax: (query: SearchQuery) => string;
  claims: (query: string, limit: number) => Promise<ClaimHit[]>;
  reports: (query: string, limit: number) => Promise<ReportHit[]>;
  sources: (query: string, limit: number) => Promise<SourceHit[]>;
};

/** The best matches of each kind for what the analyst typed, best first. */
export async function searchEverything(actor: Actor, query: string, options: { limit?: number } = {}): Promise<SearchResults> {
  assertCanRead(actor);
  const input = searchInputSchema.safeParse({ query, limit: options.limit });
  if (!input.success) {
    const issues = input.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message }));
    throw new AppError("validation_failed", issues[0]?.message ?? "Invalid search", issues);
  }
  const parsed = parseSearch(input.data.query);
  if (!hasSearchWords(parsed)) return { claims: [], reports: [], sources: [] };
  const search = db().config.engine === "sqlite" ? sqliteSearch : postgresSearch;
  const { limit } = input.data;
  const syntax = search.syntax(parsed);
  const [claims, reports, sources] = await Promise.all([search.claims(syntax, limit), search.reports(syntax, limit), search.sources(syntax, limit)]);
  return { claims, reports, sources };
}

const read = () => db().read;
const ellipsis = "…";

// SQLite: the FTS5 tables' rowids are search_document.docid (see the search_index migration).
// Each search ranks first and makes snippets after, for the rows it keeps only: a snippet of a
// long report costs far more than its rank. bm25 is lower for better matches; its weights
// follow the FTS5 table's columns.
// The snippets are made starting from the kept rows (CROSS JOIN fixes that order in SQLite):
// with fresh statistics the planner otherwise matched every document again to find them.
// Claims are ranked among the most recently indexed `rankedMatches` matches only: a word found
// in every one of 100,000 claims took 340 ms to rank in full, and an analyst searching so broad a
// word wants the recent best matches, not the best of all time (docs/benchmarks.md).
export const rankedMatches = 5_000;

/**
 * The "best" rows (docid, score) of an FTS5 table for a match: the `limit` best-ranked among its
 * `rankedMatches` most recently indexed matches whose records are live (`live` joins from
 * search_document d and filters; `key` breaks ties).
 */
function bestRecentMatches(query: { table: "search_claim" | "search_report"; rank: string; live: Prisma.Sql; key: string; match: string; limit: number }) {
  const table = Prisma.raw(query.table);
  return Prisma.sql`WITH "matches" AS (
      SELECT ${table}.rowid AS "docid", ${Prisma.raw(query.rank)} AS "score"
      FROM ${table}
      WHERE ${table} MATCH ${query.match}
      ORDER BY ${table}.rowid DESC LIMIT ${rankedMatches}
    ), "best" AS (
      SELECT m."docid", m."score"
      FROM "matches" m
      JOIN "search_document" d ON d."docid" = m."docid"
      ${query.live}
      ORDER BY m."score", ${Prisma.raw(query.key)} LIMIT ${query.limit}
    )`;
}

const sqliteSearch: EngineSearch = {
  syntax: toFts5Match,
  claims: async (match, limit) => {
    const rows = await read().$queryRaw<(Omit<ClaimHit, "snippet"> & { anchor: string; notes: string; place: string })[]>`
      ${bestRecentMatches({
        table: "search_claim",
        rank: "bm25(search_claim, 4.0, 2.0, 1.0, 4.0)",
        live: Prisma.sql`JOIN "Claim" c ON c."id" = d."recordId" JOIN "Report" r ON r."id" = c."reportId" WHERE c."deletedAt" IS NULL AND r."deletedAt" IS NULL`,
        key: 'c."id"',
        match,
        limit,
      })}
      SELECT c."id", r."id" AS "reportId", r."title" AS "reportTitle",
             highlight(search_claim, 0, ${matchStart}, ${matchEnd}) AS "statement",
             snippet(search_claim, 1, ${matchStart}, ${matchEnd}, ${ellipsis}, 16) AS "anchor",
             snippet(search_claim, 2, ${matchStart}, ${matchEnd}, ${ellipsis}, 16) AS "notes",
             highlight(search_claim, 3, ${matchStart}, ${matchEnd}) AS "place"
      FROM "best" b
      CROSS JOIN search_claim ON search_claim.rowid = b."docid"
      JOIN "search_document" d ON d."docid" = search_claim.rowid
      JOIN "Claim" c ON c."id" = d."recordId"
      JOIN "Report" r ON r."id" = c."reportId"
      WHERE search_claim MATCH ${match}
      ORDER BY b."score", c."id"`;
    return rows.map(({ anchor, notes, place, ...claim }) => ({ ...claim, snippet: firstMarked([anchor, notes, place]) }));
  },

  // Reports likewise: the `rankedMatches` most recently indexed matches are ranked, not every
  // one (as PostgreSQL bounds them below).
  reports: (match, limit) => read().$queryRaw<ReportHit[]>`
    ${bestRecentMatches({
      table: "search_report",
      rank: "bm25(search_report, 5.0, 1.0)",
      live: Prisma.sql`JOIN "Report" r ON r."id" = d."recordId" WHERE r."deletedAt" IS NULL`,
      key: 'r."id"',
      match,
      limit,
    })}
    SELECT r."id", r."title", snippet(search_report, 1, ${matchStart}, ${matchEnd}, ${ellipsis}, 24) AS "snippet"
    FROM "best" b
    CROSS JOIN search_report ON search_report.rowid = b."docid"
    JOIN "search_document" d ON d."docid" = search_report.rowid
    JOIN "Report" r ON r."id" = d."recordId"
    WHERE search_report MATCH ${match}
    ORDER BY b."score", r."id"`,

  sources: async (match, limit) => {
    const rows = await read().$queryRaw<{ slug: string; name: string; kind: SourceKind; markedName: string; markedAliases: string }[]>`
      SELECT s."slug", s."name", s."kind",
             highlight(search_source, 0, ${matchStart}, ${matchEnd}) AS "markedName",
             highlight(search_source, 1, ${matchStart}, ${matchEnd}) AS "markedAliases"
      FROM search_source
      JOIN "search_document" d ON d."docid" = search_source.rowid
      JOIN "Source" s ON s."id" = d."recordId"
      WHERE search_source MATCH ${match} AND s."deletedAt" IS NULL
      ORDER BY bm25(search_source, 2.0, 1.0), s."name" LIMIT ${limit}`;
    return rows.map(({ markedName, markedAliases, ...source }) => ({ ...source, matchedAlias: bestMatchedAlias(markedName, markedAliases) }));
  },
};

// PostgreSQL: claims and reports carry a stored, GIN-indexed tsvector column, "search_vector",
// generated by the database from the same weighted fields (the search_vector migration), so
// no row's vector is recomputed to match or rank it and bulk inserts need nothing special.
// Sources and aliases are few; they keep expression indexes, which these expressions must
// repeat exactly for PostgreSQL to use them.
const sourceNameVector = Prisma.raw(`to_tsvector('english', s."name")`);
const aliasVector = Prisma.raw(`to_tsvector('english', a."alias")`);

const tsquery = (query: string) => Prisma.sql`to_tsquery('english', ${query})`;
const marks = `StartSel=${matchStart}, StopSel=${matchEnd}`;
const snippetOptions = `${marks}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" ${ellipsis} "`;
const wholeTextOptions = `${marks}, HighlightAll=true`;

// A broad word matches most claims; as on SQLite, only `rankedMatches` of them are ranked: the
// most recently claimed, which the (claimedAt, id) index gives without visiting the others
// (the planner chooses it for common words, the GIN index for rare ones).
const postgresSearch: EngineSearch = {
  syntax: toTsquery,
  claims: async (query, limit) => {
    const rows = await read().$queryRaw<ClaimHit[]>`
      WITH "matches" AS MATERIALIZED (
        SELECT c."id", c."reportId", ts_rank_cd(c."search_vector", ${tsquery(query)}) AS "score"
        FROM "Claim" c
        WHERE c."search_vector" @@ ${tsquery(query)} AND c."deletedAt" IS NULL
        ORDER BY c."claimedAt" DESC, c."id" DESC LIMIT ${rankedMatches}
      ), "best" AS (
        SELECT m."id", m."score", r."id" AS "reportId", r."title" AS "reportTitle"
        FROM "matches" m JOIN "Report" r ON r."id" = m."reportId"
        WHERE r."deletedAt" IS NULL
        ORDER BY m."score" DESC, m."id" LIMIT ${limit}
      )
      SELECT b."id", b."reportId", b."reportTitle",
             ts_headline('english', c."statement", ${tsquery(query)}, ${wholeTextOptions}) AS "statement",
             ts_headline('english', concat_ws(${` ${ellipsis} `}, c."anchorExact", c."notes", c."placeName"), ${tsquery(query)}, ${snippetOptions}) AS "snippet"
      FROM "best" b JOIN "Claim" c ON c."id" = b."id"
      ORDER BY b."score" DESC, b."id"`;
    return rows.map((claim) => ({ ...claim, snippet: firstMarked([claim.snippet]) }));
  },

  // Reports likewise: the `rankedMatches` most recently published (undated first, as DESC puts
  // NULLs), through the publishedAt index for a common word. Ranking every match read the whole
  // table: a word in each of 100,000 reports took 523 ms, 108 ms bounded (docs/benchmarks.md).
  reports: (query, limit) => read().$queryRaw<ReportHit[]>`
    WITH "matches" AS MATERIALIZED (
      SELECT r."id", ts_rank_cd(r."search_vector", ${tsquery(query)}) AS "score"
      FROM "Report" r
      WHERE r."search_vector" @@ ${tsquery(query)} AND r."deletedAt" IS NULL
      ORDER BY r."publishedAt" DESC, r."id" DESC LIMIT ${rankedMatches}
    ), "best" AS (
      SELECT "id", "score" FROM "matches" ORDER BY "score" DESC, "id" LIMIT ${limit}
    )
    SELECT b."id", r."title", ts_headline('english', r."text", ${tsquery(query)}, ${snippetOptions}) AS "snippet"
    FROM "best" b JOIN "Report" r ON r."id" = b."id" ORDER BY b."score" DESC, b."id"`,

  // A source matches by its name or by any one alias; the best-ranked match stands for it,
  // and the name wins a tie (it is shown anyway, so no alias needs showing).
  sources: (query, limit) => read().$queryRaw<SourceHit[]>`
    WITH "hits" AS (
      SELECT s."id", ts_rank_cd(${sourceNameVector}, ${tsquery(query)}) AS "score", NULL::text AS "alias"
      FROM "Source" s WHERE ${sourceNameVector} @@ ${tsquery(query)}
      UNION ALL
      SELECT a."sourceId", ts_rank_cd(${aliasVector}, ${tsquery(query)}), a."alias"
      FROM "SourceAlias" a WHERE ${aliasVector} @@ ${tsquery(query)}
    ), "best" AS (
      SELECT DISTINCT ON ("id") "id", "score", "alias" FROM "hits" ORDER BY "id", "score" DESC, "alias" NULLS FIRST
    )
    SELECT s."slug", s."name", s."kind"::text AS "kind",
           CASE WHEN b."alias" IS NULL THEN NULL ELSE ts_headline('english', b."alias", ${tsquery(query)}, ${wholeTextOptions}) END AS "matchedAlias"
    FROM "best" b JOIN "Source" s ON s."id" = b."id"
    WHERE s."deletedAt" IS NULL
    ORDER BY b."score" DESC, s."name" LIMIT ${limit}`,
};
