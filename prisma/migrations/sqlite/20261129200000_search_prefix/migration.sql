-- Prefix indexes on the full-text tables, so that a prefix search (`troop*`) reads the words
-- starting with it from one index entry instead of walking every word in that range of the
-- vocabulary and merging their lists (issue 14: `troop*` took 0.68 s inside FTS5 at 1,000,000
-- claims). FTS5 uses a prefix index when the typed prefix has exactly one of these lengths, in
-- characters; longer prefixes match few words and are read as before. Hand-written, like the
-- search_index migration: every object is named search_*, which lib/testing/schema-catalog.ts
-- leaves out of its comparison. PostgreSQL needs no counterpart: its `:*` prefixes are answered
-- by the GIN index of the search_vector migration.
--
-- FTS5 takes `prefix` only when a table is created: each table is copied aside, made again with
-- the option and the same rowids (search_document's docids), filled back, and the copy dropped.
-- The triggers on "Claim", "Report", "Source" and "SourceAlias" name these tables and stay as
-- they are.
CREATE TABLE "search_claim_copy" AS SELECT rowid AS "docid", statement, anchorExact, notes, placeName FROM "search_claim";
DROP TABLE "search_claim";
CREATE VIRTUAL TABLE "search_claim" USING fts5(
    statement, anchorExact, notes, placeName,
    tokenize = 'porter unicode61 remove_diacritics 2',
    prefix = '2 3 4 5 6'
);
INSERT INTO "search_claim" (rowid, statement, anchorExact, notes, placeName)
SELECT "docid", statement, anchorExact, notes, placeName FROM "search_claim_copy" ORDER BY "docid";
DROP TABLE "search_claim_copy";

CREATE TABLE "search_report_copy" AS SELECT rowid AS "docid", title, text FROM "search_report";
DROP TABLE "search_report";
CREATE VIRTUAL TABLE "search_report" USING fts5(
    title, text,
    tokenize = 'porter unicode61 remove_diacritics 2',
    prefix = '2 3 4 5 6'
);
INSERT INTO "search_report" (rowid, title, text) SELECT "docid", title, text FROM "search_report_copy" ORDER BY "docid";
DROP TABLE "search_report_copy";

CREATE TABLE "search_source_copy" AS SELECT rowid AS "docid", name, aliases FROM "search_source";
DROP TABLE "search_source";
CREATE VIRTUAL TABLE "search_source" USING fts5(
    name, aliases,
    tokenize = 'porter unicode61 remove_diacritics 2',
    prefix = '2 3 4 5 6'
);
INSERT INTO "search_source" (rowid, name, aliases) SELECT "docid", name, aliases FROM "search_source_copy" ORDER BY "docid";
DROP TABLE "search_source_copy";
