// The SQL floor of each view in `npm run bench:views`: the statements that read what the view
// shows, written by hand and run straight on the database (better-sqlite3 or pg, no Prisma, no
// rendering). A view's time over its floor is what the app adds; issue 14 asks for 3× at most.
// Written once for both engines: identifiers quoted, `?` placeholders (numbered for pg), enums
// compared with untyped parameters so that PostgreSQL reads them as the column's enum.
import Database from "better-sqlite3";
import pg from "pg";
import { toFts5Match, toTsquery, parseSearch } from "../lib/domain/search-query";

export type Statement = { sql: string; params?: unknown[] };
type Rows = Record<string, unknown>[];
/** A statement, or one made from the rows of the statements before it (the ids a page read, as the app's next query takes them). */
export type Step = Statement | ((previous: Rows[]) => Statement);
export type Floor = Step[];

/** `?, ?, ?` for an IN list of these values (one NULL when there are none, so the SQL stays valid). */
const placeholders = (values: unknown[]) => (values.length ? values.map(() => "?").join(", ") : "NULL");
const idsOf = (rows: Rows | undefined) => (rows ?? []).map((row) => row.id);

export type FloorRunner = { run: (floor: Floor) => Promise<void>; close: () => Promise<void> };

export async function floorRunner(engine: "sqlite" | "postgresql", target: string): Promise<FloorRunner> {
  if (engine === "sqlite") {
    const database = new Database(target, { readonly: true });
    return {
      run: async (floor) => {
        const previous: Rows[] = [];
        for (const step of floor) {
          const { sql, params = [] } = typeof step === "function" ? step(previous) : step;
          previous.push(database.prepare(sql).all(...params) as Rows);
        }
      },
      close: async () => {
        database.close();
      },
    };
  }
  const client = new pg.Client({ connectionString: target });
  await client.connect();
  let number = 0;
  const numbered = (sql: string) => {
    number = 0;
    return sql.replace(/\?/g, () => `$${++number}`);
  };
  return {
    run: async (floor) => {
      const previous: Rows[] = [];
      for (const step of floor) {
        const { sql, params = [] } = typeof step === "function" ? step(previous) : step;
        previous.push((await client.query(numbered(sql), params)).rows);
      }
    },
    close: () => client.end(),
  };
}

const pageSize = 50;
const live = `c."deletedAt" IS NULL AND r."deletedAt" IS NULL`;

/** A claim's hops with the fields of their sources that a row shows, for the claims read by the step before. */
const hopsOfPreviousClaims: Step = (previous) => {
  const ids = idsOf(previous.at(-1));
  return {
    sql: `SELECT h."claimId", h."position", h."role", h."verb", s."id" AS "sourceId", s."name", s."reliability" FROM "AttributionHop" h JOIN "Source" s ON s."id" = h."sourceId"
      WHERE h."claimId" IN (${placeholders(ids)})`,
    params: ids,
  };
};

/** The columns a claims table's row shows (app/_components/claims/claim-table.tsx), with its report's and topic's. */
const claimTableColumns = `c."id", c."version", c."statement", c."kind", c."reviewStatus", c."value", c."lower", c."upper", c."qualifier", c."unit",
  c."modality", c."credibility", c."claimedAt", r."id" AS "reportId", r."title" AS "reportTitle", t."slug" AS "topicSlug", t."title" AS "topicTitle"`;

/**
 * A claims list page, as the best SQL would read it: the topic and source chosen in the filters
 * (named in their pickers), then the 51 rows (one more, to know a next page exists) walked by key
 * down the (claimedAt, id) index from the cursor, each with the columns its row shows and its
 * report's and topic's, then the chains of those rows by their ids. The report is a LEFT JOIN
 * kept only when live, as the app's statement has it: SQLite keeps a LEFT JOIN's order, so it
 * walks the claims' index and probes each report, where an inner join let it choose to start
 * from the reports and sort (0.4–0.6 s at 1,000,000 claims against the app's 20–40 ms). The limit
 * is a bound parameter, as Prisma sends it: told "LIMIT 51", SQLite reads a filter's rows through
 * that filter's index (`modality`) and sorts them all (160 ms at 100,000 claims); with "LIMIT ?"
 * it walks the (claimedAt, id) index and stops at 51 (2 ms), as the app's statement does.
 */
export function claimsListFloor(options: {
  where?: string;
  params?: unknown[];
  afterId?: string;
  ascending?: boolean;
  topic?: string;
  source?: string;
}): Floor {
  const direction = options.ascending ? "ASC" : "DESC";
  const beyond = options.ascending ? ">" : "<";
  const key = `(SELECT "claimedAt" FROM "Claim" WHERE "id" = ?)`;
  const after = options.afterId ? `AND c."claimedAt" ${beyond}= ${key} AND (c."claimedAt" ${beyond} ${key} OR c."id" ${beyond} ?)` : "";
  const params = [...(options.params ?? []), ...(options.afterId ? [options.afterId, options.afterId, options.afterId] : [])];
  const chosen: Floor = [
    ...(options.topic ? [{ sql: `SELECT "id", "slug", "title", "deletedAt" FROM "Topic" WHERE "slug" = ?`, params: [options.topic] }] : []),
    ...(options.source ? [{ sql: `SELECT "id", "slug", "name", "deletedAt" FROM "Source" WHERE "slug" = ?`, params: [options.source] }] : []),
  ];
  return [
    ...chosen,
    {
      sql: `SELECT ${claimTableColumns}
        FROM "Claim" c LEFT JOIN "Report" r ON r."id" = c."reportId" LEFT JOIN "Topic" t ON t."id" = c."topicId"
        WHERE c."deletedAt" IS NULL AND r."id" IS NOT NULL AND r."deletedAt" IS NULL AND c."claimedAt" IS NOT NULL ${options.where ?? ""} ${after}
        ORDER BY c."claimedAt" ${direction}, c."id" ${direction} LIMIT ?`,
      params: [...params, pageSize + 1],
    },
    hopsOfPreviousClaims,
  ];
}

/** The map: every live placed claim in a live report, oldest first, with its report's title and its chain's source names. */
export function mapFloor(): Floor {
  return [
    {
      sql: `SELECT c."id", c."statement", c."modality", c."placeName", c."placeRelation", c."placePrecision", c."longitude", c."latitude",
          r."id" AS "reportId", r."title" AS "reportTitle", h."role", h."position", s."name" AS "sourceName"
        FROM "Claim" c JOIN "Report" r ON r."id" = c."reportId"
        LEFT JOIN "AttributionHop" h ON h."claimId" = c."id" LEFT JOIN "Source" s ON s."id" = h."sourceId"
        WHERE ${live} AND c."latitude" IS NOT NULL AND c."longitude" IS NOT NULL
        ORDER BY c."claimedAt", c."anchorStart", c."id", h."position"`,
    },
  ];
}

/**
 * A claim's page: the claim with its report (text included, for the anchor), outlet and topic;
 * its chain; its revisions; every other figure of its topic with the columns the comparison
 * judges and its chain's sources by id (ADR 0026); then the 50 figures the page lists, with
 * their reports and chains. Which 50 is the app's judgement, not SQL's: the floor reads the
 * first 50 ids, which costs the same.
 */
export function claimFloor(id: string): Floor {
  return [
    {
      sql: `SELECT c.*, r."title" AS "reportTitle", r."url", r."publishedAt", r."text", o."slug" AS "outletSlug", o."name" AS "outletName",
          t."slug" AS "topicSlug", t."title" AS "topicTitle"
        FROM "Claim" c JOIN "Report" r ON r."id" = c."reportId" LEFT JOIN "Source" o ON o."id" = r."outletId" LEFT JOIN "Topic" t ON t."id" = c."topicId"
        WHERE c."id" = ? AND ${live}`,
      params: [id],
    },
    hopsOfPreviousClaims,
    { sql: `SELECT * FROM "Revision" WHERE "entityType" = 'claim' AND "entityId" = ? ORDER BY "createdAt" DESC, "version" DESC`, params: [id] },
    {
      sql: `SELECT c."id", c."value", c."lower", c."upper", c."qualifier", c."unit", c."measure", c."scopePlace", c."scopeLevel", c."scopeWithin",
          c."asStated", c."modality", c."stance", c."claimedAt", c."periodStart", c."periodEnd", c."reportId", c."reviewStatus",
          h."sourceId", h."role", h."position"
        FROM "Claim" c JOIN "Report" r ON r."id" = c."reportId" LEFT JOIN "AttributionHop" h ON h."claimId" = c."id"
        WHERE c."topicId" = (SELECT "topicId" FROM "Claim" WHERE "id" = ?) AND CAST(c."kind" AS TEXT) = 'quantity' AND c."id" <> ? AND ${live}`,
      params: [id, id],
    },
    (previous) => {
      const ids = [...new Set(idsOf(previous.at(-1)))].slice(0, 50);
      return {
        sql: `SELECT c.*, r."title" AS "reportTitle", r."publishedAt" AS "reportPublishedAt" FROM "Claim" c JOIN "Report" r ON r."id" = c."reportId"
          WHERE c."id" IN (${placeholders(ids)})`,
        params: ids,
      };
    },
    hopsOfPreviousClaims,
  ];
}

/**
 * The home page: 25 live topics by title (the fields each item shows), how many there are, and
 * the figures of those 25 (live quantity claims in live reports: their numbers, unit, report and
 * chain's source ids and roles) for each topic's spread, origins and reports. The 25 ids are
 * sent as a list, as the app sends them: a subquery made PostgreSQL expect 52,000 claims and
 * scan them all.
 */
export function homeFloor(): Floor {
  return [
    { sql: `SELECT "id", "slug", "title", "description", "unit" FROM "Topic" WHERE "deletedAt" IS NULL ORDER BY "title", "id" LIMIT 25` },
    { sql: `SELECT COUNT(*) FROM "Topic" WHERE "deletedAt" IS NULL` },
    (previous) => {
      const ids = idsOf(previous[0]);
      return {
        sql: `SELECT c."id", c."topicId", c."value", c."lower", c."upper", c."qualifier", c."unit", c."reportId", h."sourceId", h."role", h."position"
          FROM "Claim" c LEFT JOIN "Report" r ON r."id" = c."reportId" LEFT JOIN "AttributionHop" h ON h."claimId" = c."id"
          WHERE c."topicId" IN (${placeholders(ids)}) AND CAST(c."kind" AS TEXT) = 'quantity' AND c."deletedAt" IS NULL AND r."id" IS NOT NULL AND r."deletedAt" IS NULL`,
        params: ids,
      };
    },
  ];
}

/** A topic page: the topic, and every figure of it with its chain and sources. */
export function topicFloor(slug: string): Floor {
  return [
    { sql: `SELECT * FROM "Topic" WHERE "slug" = ?`, params: [slug] },
    {
      sql: `SELECT c.*, h."sourceId", h."role", h."position", s."name", s."reliability"
        FROM "Claim" c LEFT JOIN "AttributionHop" h ON h."claimId" = c."id" LEFT JOIN "Source" s ON s."id" = h."sourceId"
        WHERE c."topicId" = (SELECT "id" FROM "Topic" WHERE "slug" = ?) AND c."deletedAt" IS NULL AND c."value" IS NOT NULL`,
      params: [slug],
    },
  ];
}

/**
 * A source page, what it shows: the source with its names, live parent and live children; its
 * live claims counted per role; its 10 newest claims as originator and 10 as speaker or relay,
 * as table rows with their chains; its figures as originator (up to 1,000, oldest first) with
 * their topics; its history (its revisions); and the 100 newest live reports it is the outlet
 * of, each with its live claims counted.
 */
export function sourceFloor(slug: string): Floor {
  const source = `(SELECT "id" FROM "Source" WHERE "slug" = ?)`;
  const idsIn = (roles: string, order: string, take: number, extra = "") =>
    `SELECT DISTINCT c."id", c."claimedAt" FROM "AttributionHop" h JOIN "Claim" c ON c."id" = h."claimId" JOIN "Report" r ON r."id" = c."reportId"
      WHERE h."sourceId" = ${source} AND CAST(h."role" AS TEXT) IN (${roles}) AND ${live} ${extra}
      ORDER BY c."claimedAt" ${order}, c."id" ${order} LIMIT ${take}`;
  return [
    {
      sql: `SELECT s.*, p."slug" AS "parentSlug", p."name" AS "parentName", p."deletedAt" AS "parentDeletedAt"
        FROM "Source" s LEFT JOIN "Source" p ON p."id" = s."parentId" WHERE s."slug" = ? AND s."deletedAt" IS NULL`,
      params: [slug],
    },
    { sql: `SELECT "alias" FROM "SourceAlias" WHERE "sourceId" = ${source} ORDER BY "alias"`, params: [slug] },
    { sql: `SELECT "slug", "name", "kind" FROM "Source" WHERE "parentId" = ${source} AND "deletedAt" IS NULL ORDER BY "name"`, params: [slug] },
    {
      sql: `SELECT CAST(h."role" AS TEXT) AS "role", COUNT(*) FROM "AttributionHop" h JOIN "Claim" c ON c."id" = h."claimId" JOIN "Report" r ON r."id" = c."reportId"
        WHERE h."sourceId" = ${source} AND ${live} GROUP BY h."role"`,
      params: [slug],
    },
    {
      sql: `SELECT "id" FROM (${idsIn(`'originator'`, "DESC", 10)}) AS "originated" UNION ALL SELECT "id" FROM (${idsIn(`'speaker', 'relay'`, "DESC", 10)}) AS "passed"`,
      params: [slug, slug],
    },
    (previous) => {
      const ids = [...new Set(idsOf(previous.at(-1)))];
      return {
        sql: `SELECT ${claimTableColumns} FROM "Claim" c JOIN "Report" r ON r."id" = c."reportId" LEFT JOIN "Topic" t ON t."id" = c."topicId" WHERE c."id" IN (${placeholders(ids)})`,
        params: ids,
      };
    },
    hopsOfPreviousClaims,
    {
      sql: `SELECT c."id", c."value", c."lower", c."upper", c."unit", c."qualifier", c."modality", c."claimedAt", c."asStated", t."slug", t."title", t."unit" AS "topicUnit"
        FROM (${idsIn(`'originator'`, "ASC", 1000, `AND CAST(c."kind" AS TEXT) = 'quantity' AND c."topicId" IS NOT NULL AND c."value" IS NOT NULL`)}) AS f
        JOIN "Claim" c ON c."id" = f."id" JOIN "Topic" t ON t."id" = c."topicId"`,
      params: [slug],
    },
    { sql: `SELECT * FROM "Revision" WHERE "entityType" = 'source' AND "entityId" = ${source} ORDER BY "createdAt", "version"`, params: [slug] },
    {
      sql: `SELECT r."id", r."title", r."publishedAt", (SELECT COUNT(*) FROM "Claim" c WHERE c."reportId" = r."id" AND c."deletedAt" IS NULL) AS "claims"
        FROM "Report" r WHERE r."outletId" = ${source} AND r."deletedAt" IS NULL ORDER BY r."publishedAt" DESC NULLS LAST, r."id" LIMIT 100`,
      params: [slug],
    },
  ];
}

/**
 * A sources list page: the 51 live sources (one more, to know a next page exists) walked by key
 * down the (kind, name, id) index from the cursor's row, each with its parent's name; then their
 * claim counts per role and their published reports and claims, by the page's ids; how many
 * sources each kind has (the headings); and the countries the filter offers.
 */
export function sourcesListFloor(options: { afterId?: string } = {}): Floor {
  const after = options.afterId ? `AND (s."kind", s."name", s."id") > (SELECT "kind", "name", "id" FROM "Source" WHERE "id" = ?)` : "";
  return [
    {
      sql: `SELECT s."id", s."slug", s."name", s."kind", s."country", p."slug" AS "parentSlug", p."name" AS "parentName"
        FROM "Source" s LEFT JOIN "Source" p ON p."id" = s."parentId"
        WHERE s."deletedAt" IS NULL ${after} ORDER BY s."kind", s."name", s."id" LIMIT ${pageSize + 1}`,
      params: options.afterId ? [options.afterId] : [],
    },
    (previous) => {
      const ids = idsOf(previous.at(-1));
      return {
        sql: `SELECT h."sourceId", CAST(h."role" AS TEXT) AS "role", COUNT(*) FROM "AttributionHop" h JOIN "Claim" c ON c."id" = h."claimId" JOIN "Report" r ON r."id" = c."reportId"
          WHERE h."sourceId" IN (${placeholders(ids)}) AND ${live} GROUP BY h."sourceId", h."role"`,
        params: ids,
      };
    },
    (previous) => {
      const ids = idsOf(previous[0]);
      return {
        sql: `SELECT r."outletId", COUNT(DISTINCT r."id"), COUNT(c."id") FROM "Report" r LEFT JOIN "Claim" c ON c."reportId" = r."id" AND c."deletedAt" IS NULL
          WHERE r."outletId" IN (${placeholders(ids)}) AND r."deletedAt" IS NULL GROUP BY r."outletId"`,
        params: ids,
      };
    },
    { sql: `SELECT "kind", COUNT(*) FROM "Source" WHERE "deletedAt" IS NULL GROUP BY "kind"` },
    { sql: `SELECT DISTINCT "country" FROM "Source" WHERE "deletedAt" IS NULL AND "country" IS NOT NULL ORDER BY "country"` },
  ];
}

/** A search: the best 20 claims and reports with their marked words, as lib/data/search.ts asks each engine. */
export function searchFloor(engine: "sqlite" | "postgresql", words: string): Floor {
  if (engine === "sqlite") {
    const match = toFts5Match(parseSearch(words));
    return [
      {
        sql: `WITH "matches" AS (SELECT rowid AS "docid", bm25(search_claim, 4.0, 2.0, 1.0, 4.0) AS "score" FROM search_claim
                WHERE search_claim MATCH ? ORDER BY rowid DESC LIMIT 5000),
              "best" AS (SELECT "docid", "score" FROM "matches" ORDER BY "score" LIMIT 20)
              SELECT highlight(search_claim, 0, '[', ']') FROM "best" b CROSS JOIN search_claim ON search_claim.rowid = b."docid"
              WHERE search_claim MATCH ? ORDER BY b."score"`,
        params: [match, match],
      },
      {
        sql: `WITH "matches" AS (SELECT rowid AS "docid", bm25(search_report, 5.0, 1.0) AS "score" FROM search_report
                WHERE search_report MATCH ? ORDER BY rowid DESC LIMIT 5000),
              "best" AS (SELECT "docid", "score" FROM "matches" ORDER BY "score" LIMIT 20)
              SELECT snippet(search_report, 1, '[', ']', '…', 24) FROM "best" b CROSS JOIN search_report ON search_report.rowid = b."docid"
              WHERE search_report MATCH ? ORDER BY b."score"`,
        params: [match, match],
      },
    ];
  }
  const query = toTsquery(parseSearch(words));
  return [
    {
      sql: `WITH "matches" AS MATERIALIZED (SELECT c."id", ts_rank_cd(c."search_vector", to_tsquery('english', ?)) AS "score" FROM "Claim" c
              WHERE c."search_vector" @@ to_tsquery('english', ?) AND c."deletedAt" IS NULL ORDER BY c."claimedAt" DESC, c."id" DESC LIMIT 5000),
            "best" AS (SELECT "id", "score" FROM "matches" ORDER BY "score" DESC LIMIT 20)
            SELECT ts_headline('english', c."statement", to_tsquery('english', ?)) FROM "best" b JOIN "Claim" c ON c."id" = b."id" ORDER BY b."score" DESC`,
      params: [query, query, query],
    },
    {
      sql: `WITH "matches" AS MATERIALIZED (SELECT r."id", ts_rank_cd(r."search_vector", to_tsquery('english', ?)) AS "score" FROM "Report" r
              WHERE r."search_vector" @@ to_tsquery('english', ?) AND r."deletedAt" IS NULL ORDER BY r."publishedAt" DESC, r."id" DESC LIMIT 5000),
            "best" AS (SELECT "id", "score" FROM "matches" ORDER BY "score" DESC LIMIT 20)
            SELECT ts_headline('english', r."text", to_tsquery('english', ?)) FROM "best" b JOIN "Report" r ON r."id" = b."id"`,
      params: [query, query, query],
    },
  ];
}
