-- Bulk loads fill the search index once, after their rows, instead of row by row
-- (docs/decisions/0021-bulk-loads.md). Hand-written, like the search_index migration: every
-- object is named search_*, which lib/testing/schema-catalog.ts leaves out of its comparison.
--
-- While "search_bulk_load" holds a row, the insert triggers below do nothing; lib/data/bulk
-- adds that row inside its write transaction, inserts the records, fills search_document and
-- the FTS tables with one INSERT … SELECT per kind, and removes the row before committing. All
-- SQLite writes go through one queue (ADR 0003), so no other write ever sees the row, and a
-- failed load rolls it back with everything else. Only the insert triggers are switched:
-- updates and deletes during a load keep the index current as before.
CREATE TABLE "search_bulk_load" (
    "loading" INTEGER NOT NULL PRIMARY KEY
);

DROP TRIGGER "search_claim_after_insert";
CREATE TRIGGER "search_claim_after_insert" AFTER INSERT ON "Claim" WHEN NOT EXISTS (SELECT 1 FROM "search_bulk_load") BEGIN
    INSERT INTO "search_document" ("kind", "recordId") VALUES ('claim', new."id");
    INSERT INTO "search_claim" (rowid, statement, anchorExact, notes, placeName)
    VALUES ((SELECT "docid" FROM "search_document" WHERE "kind" = 'claim' AND "recordId" = new."id"),
            new."statement", new."anchorExact", new."notes", new."placeName");
END;

DROP TRIGGER "search_report_after_insert";
CREATE TRIGGER "search_report_after_insert" AFTER INSERT ON "Report" WHEN NOT EXISTS (SELECT 1 FROM "search_bulk_load") BEGIN
    INSERT INTO "search_document" ("kind", "recordId") VALUES ('report', new."id");
    INSERT INTO "search_report" (rowid, title, text)
    VALUES ((SELECT "docid" FROM "search_document" WHERE "kind" = 'report' AND "recordId" = new."id"), new."title", new."text");
END;

DROP TRIGGER "search_source_after_insert";
CREATE TRIGGER "search_source_after_insert" AFTER INSERT ON "Source" WHEN NOT EXISTS (SELECT 1 FROM "search_bulk_load") BEGIN
    INSERT INTO "search_document" ("kind", "recordId") VALUES ('source', new."id");
    INSERT INTO "search_source" (rowid, name, aliases)
    VALUES ((SELECT "docid" FROM "search_document" WHERE "kind" = 'source' AND "recordId" = new."id"), new."name",
            coalesce((SELECT group_concat("alias", char(10)) FROM "SourceAlias" WHERE "sourceId" = new."id"), ''));
END;

DROP TRIGGER "search_source_alias_after_insert";
CREATE TRIGGER "search_source_alias_after_insert" AFTER INSERT ON "SourceAlias" WHEN NOT EXISTS (SELECT 1 FROM "search_bulk_load") BEGIN
    UPDATE "search_source"
    SET aliases = coalesce((SELECT group_concat("alias", char(10)) FROM "SourceAlias" WHERE "sourceId" = new."sourceId"), '')
    WHERE rowid = (SELECT "docid" FROM "search_document" WHERE "kind" = 'source' AND "recordId" = new."sourceId");
END;
