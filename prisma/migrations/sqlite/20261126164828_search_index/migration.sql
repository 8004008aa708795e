-- Full-text search over claims, reports and sources (docs/decisions/0008-full-text-search.md).
-- Hand-written: Prisma's schema knows nothing of these objects. Every one is named search_*,
-- which lib/testing/schema-catalog.ts leaves out when it compares the migrated database with
-- one built from prisma/schema.prisma.
--
-- Warning for later migrations: Prisma changes a SQLite table by creating a new one, copying
-- the rows and dropping the old one, which drops the triggers below with it. A migration that
-- redefines "Claim", "Report", "Source" or "SourceAlias" must recreate that table's triggers
-- (lib/data/search.test.ts fails until it does).

-- One stable integer per searchable record. FTS5 addresses its rows by integer rowid; our
-- tables have text ids, and their implicit rowids may be renumbered by VACUUM or by Prisma's
-- table redefinitions, so the index must not rely on them.
CREATE TABLE "search_document" (
    "docid" INTEGER NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "recordId" TEXT NOT NULL
);
CREATE UNIQUE INDEX "search_document_kind_recordId_key" ON "search_document"("kind", "recordId");

-- Porter stemming over unicode61 with diacritics removed: "troop" finds "troops", "cafe"
-- finds "Café", as PostgreSQL's 'english' configuration does on the other engine.
CREATE VIRTUAL TABLE "search_claim" USING fts5(
    statement, anchorExact, notes, placeName,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
CREATE VIRTUAL TABLE "search_report" USING fts5(
    title, text,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
-- aliases: every alias of the source, one per line (the search picks the line that matched).
CREATE VIRTUAL TABLE "search_source" USING fts5(
    name, aliases,
    tokenize = 'porter unicode61 remove_diacritics 2'
);

-- Claims ---------------------------------------------------------------------------------
CREATE TRIGGER "search_claim_after_insert" AFTER INSERT ON "Claim" BEGIN
    INSERT INTO "search_document" ("kind", "recordId") VALUES ('claim', new."id");
    INSERT INTO "search_claim" (rowid, statement, anchorExact, notes, placeName)
    VALUES ((SELECT "docid" FROM "search_document" WHERE "kind" = 'claim' AND "recordId" = new."id"),
            new."statement", new."anchorExact", new."notes", new."placeName");
END;

-- Only when searchable words change: a soft delete or a review status leaves the index alone
-- (the search filters deleted rows by joining back to the table).
CREATE TRIGGER "search_claim_after_update" AFTER UPDATE OF "statement", "anchorExact", "notes", "placeName" ON "Claim" BEGIN
    UPDATE "search_claim"
    SET statement = new."statement", anchorExact = new."anchorExact", notes = new."notes", placeName = new."placeName"
    WHERE rowid = (SELECT "docid" FROM "search_document" WHERE "kind" = 'claim' AND "recordId" = new."id");
END;

CREATE TRIGGER "search_claim_after_delete" AFTER DELETE ON "Claim" BEGIN
    DELETE FROM "search_claim" WHERE rowid = (SELECT "docid" FROM "search_document" WHERE "kind" = 'claim' AND "recordId" = old."id");
    DELETE FROM "search_document" WHERE "kind" = 'claim' AND "recordId" = old."id";
END;

-- Reports --------------------------------------------------------------------------------
CREATE TRIGGER "search_report_after_insert" AFTER INSERT ON "Report" BEGIN
    INSERT INTO "search_document" ("kind", "recordId") VALUES ('report', new."id");
    INSERT INTO "search_report" (rowid, title, text)
    VALUES ((SELECT "docid" FROM "search_document" WHERE "kind" = 'report' AND "recordId" = new."id"), new."title", new."text");
END;

CREATE TRIGGER "search_report_after_update" AFTER UPDATE OF "title", "text" ON "Report" BEGIN
    UPDATE "search_report" SET title = new."title", text = new."text"
    WHERE rowid = (SELECT "docid" FROM "search_document" WHERE "kind" = 'report' AND "recordId" = new."id");
END;

CREATE TRIGGER "search_report_after_delete" AFTER DELETE ON "Report" BEGIN
    DELETE FROM "search_report" WHERE rowid = (SELECT "docid" FROM "search_document" WHERE "kind" = 'report' AND "recordId" = old."id");
    DELETE FROM "search_document" WHERE "kind" = 'report' AND "recordId" = old."id";
END;

-- Sources and their aliases --------------------------------------------------------------
CREATE TRIGGER "search_source_after_insert" AFTER INSERT ON "Source" BEGIN
    INSERT INTO "search_document" ("kind", "recordId") VALUES ('source', new."id");
    INSERT INTO "search_source" (rowid, name, aliases)
    VALUES ((SELECT "docid" FROM "search_document" WHERE "kind" = 'source' AND "recordId" = new."id"), new."name",
            coalesce((SELECT group_concat("alias", char(10)) FROM "SourceAlias" WHERE "sourceId" = new."id"), ''));
END;

CREATE TRIGGER "search_source_after_update" AFTER UPDATE OF "name" ON "Source" BEGIN
    UPDATE "search_source" SET name = new."name"
    WHERE rowid = (SELECT "docid" FROM "search_document" WHERE "kind" = 'source' AND "recordId" = new."id");
END;

CREATE TRIGGER "search_source_after_delete" AFTER DELETE ON "Source" BEGIN
    DELETE FROM "search_source" WHERE rowid = (SELECT "docid" FROM "search_document" WHERE "kind" = 'source' AND "recordId" = old."id");
    DELETE FROM "search_document" WHERE "kind" = 'source' AND "recordId" = old."id";
END;

-- An alias added, renamed, moved or removed rewrites its source's line of aliases.
CREATE TRIGGER "search_source_alias_after_insert" AFTER INSERT ON "SourceAlias" BEGIN
    UPDATE "search_source"
    SET aliases = coalesce((SELECT group_concat("alias", char(10)) FROM "SourceAlias" WHERE "sourceId" = new."sourceId"), '')
    WHERE rowid = (SELECT "docid" FROM "search_document" WHERE "kind" = 'source' AND "recordId" = new."sourceId");
END;

CREATE TRIGGER "search_source_alias_after_update" AFTER UPDATE OF "alias", "sourceId" ON "SourceAlias" BEGIN
    UPDATE "search_source"
    SET aliases = coalesce((SELECT group_concat("alias", char(10)) FROM "SourceAlias" WHERE "sourceId" = old."sourceId"), '')
    WHERE rowid = (SELECT "docid" FROM "search_document" WHERE "kind" = 'source' AND "recordId" = old."sourceId");
    UPDATE "search_source"
    SET aliases = coalesce((SELECT group_concat("alias", char(10)) FROM "SourceAlias" WHERE "sourceId" = new."sourceId"), '')
    WHERE rowid = (SELECT "docid" FROM "search_document" WHERE "kind" = 'source' AND "recordId" = new."sourceId");
END;

CREATE TRIGGER "search_source_alias_after_delete" AFTER DELETE ON "SourceAlias" BEGIN
    UPDATE "search_source"
    SET aliases = coalesce((SELECT group_concat("alias", char(10)) FROM "SourceAlias" WHERE "sourceId" = old."sourceId"), '')
    WHERE rowid = (SELECT "docid" FROM "search_document" WHERE "kind" = 'source' AND "recordId" = old."sourceId");
END;

-- Backfill: every record that exists before this migration becomes searchable. ------------
INSERT INTO "search_document" ("kind", "recordId") SELECT 'claim', "id" FROM "Claim";
INSERT INTO "search_document" ("kind", "recordId") SELECT 'report', "id" FROM "Report";
INSERT INTO "search_document" ("kind", "recordId") SELECT 'source', "id" FROM "Source";

INSERT INTO "search_claim" (rowid, statement, anchorExact, notes, placeName)
SELECT d."docid", c."statement", c."anchorExact", c."notes", c."placeName"
FROM "Claim" c JOIN "search_document" d ON d."kind" = 'claim' AND d."recordId" = c."id";

INSERT INTO "search_report" (rowid, title, text)
SELECT d."docid", r."title", r."text"
FROM "Report" r JOIN "search_document" d ON d."kind" = 'report' AND d."recordId" = r."id";

INSERT INTO "search_source" (rowid, name, aliases)
SELECT d."docid", s."name", coalesce((SELECT group_concat(a."alias", char(10)) FROM "SourceAlias" a WHERE a."sourceId" = s."id"), '')
FROM "Source" s JOIN "search_document" d ON d."kind" = 'source' AND d."recordId" = s."id";
