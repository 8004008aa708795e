-- Data only: what existing figures count and where existing places lie (issue 9).
-- A quantity's measure comes from its unit's words first ("soldiers" → deployed, "dead" →
-- killed, the same words as lib/domain/measure.ts), else from its topic's words ("North Korean
-- troops sent to Russia" → deployed), the first that matches in the order below. A figure
-- neither names stays unknown (NULL), which the comparison reads as the same measure as any.
UPDATE "Claim" SET "measure" = CASE
    WHEN lower(trim("unit")) IN ('troops', 'troop', 'soldiers', 'soldier', 'personnel', 'servicemen', 'serviceman', 'service members', 'fighters') THEN 'deployed'
    WHEN lower(trim("unit")) IN ('dead', 'deaths', 'death', 'bodies', 'fatalities', 'people killed', 'people dead', 'killed') THEN 'killed'
    WHEN lower(trim("unit")) IN ('injured', 'wounded', 'injuries', 'people injured', 'people wounded') THEN 'injured'
    WHEN lower(trim("unit")) IN ('casualties') THEN 'casualties'
    WHEN lower(trim("unit")) IN ('missing', 'people missing') THEN 'missing'
    WHEN lower(trim("unit")) IN ('displaced', 'people displaced', 'refugees', 'evacuees') THEN 'displaced'
    WHEN lower(trim("unit")) IN ('protesters', 'protestors', 'demonstrators', 'marchers', 'participants') THEN 'participants'
    WHEN lower(trim("unit")) IN ('detainees', 'arrests', 'people arrested', 'people detained', 'prisoners') THEN 'detained'
    ELSE NULL
  END
WHERE "kind" = 'quantity' AND "measure" IS NULL;

UPDATE "Claim" SET "measure" = 'killed'
WHERE "kind" = 'quantity' AND "measure" IS NULL AND "topicId" IN (
  SELECT "id" FROM "Topic" WHERE lower(coalesce("title", '') || ' ' || coalesce("measure", '') || ' ' || coalesce("unit", '')) LIKE '%killed%' OR lower(coalesce("title", '') || ' ' || coalesce("measure", '') || ' ' || coalesce("unit", '')) LIKE '%dead%' OR lower(coalesce("title", '') || ' ' || coalesce("measure", '') || ' ' || coalesce("unit", '')) LIKE '%death%' OR lower(coalesce("title", '') || ' ' || coalesce("measure", '') || ' ' || coalesce("unit", '')) LIKE '%fatalit%'
);

UPDATE "Claim" SET "measure" = 'injured'
WHERE "kind" = 'quantity' AND "measure" IS NULL AND "topicId" IN (
  SELECT "id" FROM "Topic" WHERE lower(coalesce("title", '') || ' ' || coalesce("measure", '') || ' ' || coalesce("unit", '')) LIKE '%injur%' OR lower(coalesce("title", '') || ' ' || coalesce("measure", '') || ' ' || coalesce("unit", '')) LIKE '%wounded%'
);

UPDATE "Claim" SET "measure" = 'casualties'
WHERE "kind" = 'quantity' AND "measure" IS NULL AND "topicId" IN (
  SELECT "id" FROM "Topic" WHERE lower(coalesce("title", '') || ' ' || coalesce("measure", '') || ' ' || coalesce("unit", '')) LIKE '%casualt%'
);

UPDATE "Claim" SET "measure" = 'missing'
WHERE "kind" = 'quantity' AND "measure" IS NULL AND "topicId" IN (
  SELECT "id" FROM "Topic" WHERE lower(coalesce("title", '') || ' ' || coalesce("measure", '') || ' ' || coalesce("unit", '')) LIKE '%missing%'
);

UPDATE "Claim" SET "measure" = 'displaced'
WHERE "kind" = 'quantity' AND "measure" IS NULL AND "topicId" IN (
  SELECT "id" FROM "Topic" WHERE lower(coalesce("title", '') || ' ' || coalesce("measure", '') || ' ' || coalesce("unit", '')) LIKE '%displaced%' OR lower(coalesce("title", '') || ' ' || coalesce("measure", '') || ' ' || coalesce("unit", '')) LIKE '%refugee%' OR lower(coalesce("title", '') || ' ' || coalesce("measure", '') || ' ' || coalesce("unit", '')) LIKE '%evacue%'
);

UPDATE "Claim" SET "measure" = 'detained'
WHERE "kind" = 'quantity' AND "measure" IS NULL AND "topicId" IN (
  SELECT "id" FROM "Topic" WHERE lower(coalesce("title", '') || ' ' || coalesce("measure", '') || ' ' || coalesce("unit", '')) LIKE '%detain%' OR lower(coalesce("title", '') || ' ' || coalesce("measure", '') || ' ' || coalesce("unit", '')) LIKE '%arrest%' OR lower(coalesce("title", '') || ' ' || coalesce("measure", '') || ' ' || coalesce("unit", '')) LIKE '%prisoner%'
);

UPDATE "Claim" SET "measure" = 'participants'
WHERE "kind" = 'quantity' AND "measure" IS NULL AND "topicId" IN (
  SELECT "id" FROM "Topic" WHERE lower(coalesce("title", '') || ' ' || coalesce("measure", '') || ' ' || coalesce("unit", '')) LIKE '%protest%' OR lower(coalesce("title", '') || ' ' || coalesce("measure", '') || ' ' || coalesce("unit", '')) LIKE '%demonstrat%' OR lower(coalesce("title", '') || ' ' || coalesce("measure", '') || ' ' || coalesce("unit", '')) LIKE '%crowd%' OR lower(coalesce("title", '') || ' ' || coalesce("measure", '') || ' ' || coalesce("unit", '')) LIKE '%marcher%' OR lower(coalesce("title", '') || ' ' || coalesce("measure", '') || ' ' || coalesce("unit", '')) LIKE '%rally%'
);

UPDATE "Claim" SET "measure" = 'deployed'
WHERE "kind" = 'quantity' AND "measure" IS NULL AND "topicId" IN (
  SELECT "id" FROM "Topic" WHERE lower(coalesce("title", '') || ' ' || coalesce("measure", '') || ' ' || coalesce("unit", '')) LIKE '%troop%' OR lower(coalesce("title", '') || ' ' || coalesce("measure", '') || ' ' || coalesce("unit", '')) LIKE '%soldier%' OR lower(coalesce("title", '') || ' ' || coalesce("measure", '') || ' ' || coalesce("unit", '')) LIKE '%personnel%' OR lower(coalesce("title", '') || ' ' || coalesce("measure", '') || ' ' || coalesce("unit", '')) LIKE '%servicem%' OR lower(coalesce("title", '') || ' ' || coalesce("measure", '') || ' ' || coalesce("unit", '')) LIKE '%fighter%' OR lower(coalesce("title", '') || ' ' || coalesce("measure", '') || ' ' || coalesce("unit", '')) LIKE '%forces%' OR lower(coalesce("title", '') || ' ' || coalesce("measure", '') || ' ' || coalesce("unit", '')) LIKE '%deploy%'
);

-- A location claim's place becomes its scope, as typed: SQL cannot reach the gazetteer, so its
-- level and containing places are filled the next time the claim is saved, and until then it
-- is compared by its name alone.
UPDATE "Claim" SET "scopePlace" = "placeName"
WHERE "kind" = 'location' AND "scopePlace" IS NULL AND "placeName" IS NOT NULL;
