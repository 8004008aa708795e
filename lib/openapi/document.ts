// The OpenAPI 3.1 document of /api/v1, built from the same zod schemas the routes parse
// with, so the document cannot drift from what the API accepts. Served at
// /api/v1/openapi.json and rendered at /api-docs.
import { SignInSchema } from "../schemas/account";
import { exportQuerySchema } from "../schemas/claim-filters";
import { claimApiListQuerySchema, claimCreateSchema, claimRecordSchema, claimRestoreVersionSchema, claimUpdateSchema } from "../schemas/claim";
import { claimImportQuerySchema } from "../schemas/claim-import";
import { extractRequestSchema } from "../schemas/extract-request";
import { restoreRequestSchema } from "../schemas/pagination";
import { reportCreateSchema, reportListQuerySchema, reportRecordSchema, reportUpdateSchema } from "../schemas/report";
import { sourceCreateSchema, sourceListQuerySchema, sourceMergeSchema, sourceRecordSchema, sourceUndoMergeSchema, sourceUpdateSchema } from "../schemas/source";
import { topicCreateSchema, topicListQuerySchema, topicRecordSchema, topicUpdateSchema } from "../schemas/topic";
import { topicComparisonQuerySchema, topicComparisonSchema } from "../schemas/topic-comparison";
import { choiceQuerySchema, choiceSchema, sourceChoiceSchema, topicChoiceSchema } from "../schemas/choices";
import { bodySchema, componentSchemas, queryParameters } from "./json-schema";
import { z } from "zod";

type Json = Record<string, unknown>;

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const jsonContent = (schema: Json) => ({ "application/json": { schema } });

const errorMeanings: Record<number, string> = {
  304: "Not modified: the ETag in If-None-Match is still current",
  400: "Malformed JSON, wrong types, unknown fields or values out of range (`issues` names each)",
  401: "Not signed in, or the bearer token is not valid",
  403: "The role may not do this, or a cross-origin request tried to change data",
  404: "No such record (or it is deleted and you are not an administrator)",
  409: "`version_conflict`: the record changed since the version you sent (`current` is the record now); `duplicate`; or `conflict`",
  412: "The ETag in If-Match is stale (`current` is the record now)",
  413: "The body is too large",
  415: "The body is not JSON",
  429: "Too many requests: see Retry-After",
};

function errors(...statuses: number[]): Json {
  return Object.fromEntries(
    statuses.map((status) => [
      String(status),
      status === 304 ? { description: errorMeanings[status] } : { description: errorMeanings[status], content: jsonContent(ref("Error")) },
    ]),
  );
}

const idParameter = { name: "id", in: "path", required: true, schema: { type: "string" } };
const ifMatch = {
  name: "If-Match",
  in: "header",
  required: false,
  schema: { type: "string" },
  description: "The record's ETag: the change applies only to that version (else 412).",
};
const ifNoneMatch = {
  name: "If-None-Match",
  in: "header",
  required: false,
  schema: { type: "string" },
  description: "An ETag you hold: 304 if it is still current.",
};
const versionQuery = {
  name: "version",
  in: "query",
  required: false,
  schema: { type: "integer", minimum: 1 },
  description: "The version the deletion starts from (or send If-Match).",
};
const withEtag = (description: string, schema: Json) => ({ description, headers: { ETag: { schema: { type: "string" } } }, content: jsonContent(schema) });
const writeErrors = errors(400, 401, 403, 404, 409, 412, 413, 415);

type Resource = {
  path: string;
  tag: string;
  record: string;
  listKey: string;
  listQuery: z.ZodType;
  create: z.ZodType;
  created?: Json;
  update: z.ZodType;
  listExtras?: Json;
};

function resourcePaths({ path, tag, record, listKey, listQuery, create, created, update, listExtras = {} }: Resource): Json {
  const page = { type: "object", properties: { [listKey]: { type: "array", items: ref(record) }, nextCursor: { type: ["string", "null"] }, ...listExtras } };
  return {
    [path]: {
      get: {
        tags: [tag],
        summary: `List ${listKey}`,
        parameters: [...queryParameters(listQuery), ifNoneMatch],
        responses: { 200: withEtag(`A page of ${listKey}`, page), ...errors(304, 400, 401, 403) },
      },
      post: {
        tags: [tag],
        summary: `Create a ${tag.toLowerCase()}`,
        requestBody: { required: true, content: jsonContent(bodySchema(create)) },
        responses: { 201: withEtag("Created", created ?? ref(record)), ...writeErrors },
      },
    },
    [`${path}/{id}`]: {
      parameters: [idParameter],
      get: {
        tags: [tag],
        summary: `Read a ${tag.toLowerCase()}`,
        parameters: [ifNoneMatch],
        responses: { 200: withEtag("The record", ref(record)), ...errors(304, 401, 404) },
      },
      patch: {
        tags: [tag],
        summary: `Change a ${tag.toLowerCase()}`,
        parameters: [ifMatch],
        requestBody: { required: true, content: jsonContent(bodySchema(update)) },
        responses: { 200: withEtag("The record, at its new version", ref(record)), ...writeErrors },
      },
      delete: {
        tags: [tag],
        summary: `Delete a ${tag.toLowerCase()} (soft: it can be restored)`,
        parameters: [versionQuery, ifMatch],
        responses: { 200: withEtag("The record, marked deleted", ref(record)), ...writeErrors },
      },
    },
    [`${path}/{id}/restore`]: {
      parameters: [idParameter],
      post: {
        tags: [tag],
        summary: `Restore a deleted ${tag.toLowerCase()} (administrators)`,
        parameters: [ifMatch],
        requestBody: { required: true, content: jsonContent(bodySchema(restoreRequestSchema)) },
        responses: { 200: withEtag("The record, live again", ref(record)), ...writeErrors },
      },
    },
  };
}

const historySchema = {
  type: "object",
  properties: {
    claim: ref("Claim"),
    revisions: {
      type: "array",
      items: {
        type: "object",
        properties: {
          id: { type: "string" },
          action: { type: "string", enum: ["create", "update", "delete", "restore"] },
          version: { type: "integer" },
          authorId: { type: ["string", "null"] },
          createdAt: { type: "string", format: "date-time" },
          changes: { type: "array", items: { type: "object", properties: { field: { type: "string" }, before: {}, after: {} } } },
          after: { description: "The claim as this revision left it" },
        },
      },
    },
  },
};

/** The pickers' endpoints: a few live records whose name contains `q`, names starting with it first. */
function choicePaths(path: string, tag: string, named: string, schema: z.ZodType = choiceSchema): Json {
  const { $schema: _dialect, ...choice } = z.toJSONSchema(schema, { io: "output" });
  const choices = { type: "object", properties: { choices: { type: "array", items: choice } } };
  return {
    [path]: {
      get: {
        tags: [tag],
        summary: `Up to \`limit\` (20; at most 50) live ${tag.toLowerCase()}s whose ${named} contains \`q\`, any case, those starting with it first: for pickers`,
        parameters: queryParameters(choiceQuerySchema),
        responses: { 200: { description: `The choices, \`label\` being the ${named}`, content: jsonContent(choices as Json) }, ...errors(400, 401) },
      },
    },
  };
}

function otherPaths(): Json {
  return {
    "/api/v1/claims/{id}/history": {
      parameters: [idParameter],
      get: {
        tags: ["Claim"],
        summary: "A claim's revisions, oldest first, with the fields each changed",
        responses: { 200: withEtag("The history", historySchema), ...errors(304, 401, 404) },
      },
    },
    "/api/v1/claims/{id}/restore-version": {
      parameters: [idParameter],
      post: {
        tags: ["Claim"],
        summary: "Make a claim as it was at an earlier version (editors)",
        parameters: [ifMatch],
        requestBody: { required: true, content: jsonContent(bodySchema(claimRestoreVersionSchema)) },
        responses: { 200: withEtag("The claim, at its new version", ref("Claim")), ...writeErrors },
      },
    },
    "/api/v1/topics/{id}/comparison": {
      parameters: [idParameter],
      get: {
        tags: ["Topic"],
        summary: "The topic's figures compared: a one-sentence answer, every figure, and its pairs with their verdicts and reasons",
        description:
          'The summary counts every pair. `pairs` lists them conflicts first (then differs, agrees, echo; each in the figures\' order), at most `size` (default and most 10,000: every pair of a topic of up to 141 figures). When more remain, a `Link: <…>; rel="next"` header gives the URL of the next page (`after`). See ADR 0022.',
        parameters: [...queryParameters(topicComparisonQuerySchema), ifNoneMatch],
        responses: { 200: withEtag("The comparison", ref("TopicComparison")), ...errors(304, 400, 401, 404) },
      },
    },
    ...choicePaths("/api/v1/topics/choices", "Topic", "title", topicChoiceSchema),
    ...choicePaths("/api/v1/sources/choices", "Source", "name", sourceChoiceSchema),
    "/api/v1/sources/{id}/history": {
      parameters: [idParameter],
      get: {
        tags: ["Source"],
        summary: "A source's revisions, oldest first: who graded it and when, and each merge (`after.merge`: what moved)",
        responses: { 200: withEtag("The history", historySchema), ...errors(304, 401, 404) },
      },
    },
    "/api/v1/sources/{id}/merge": {
      parameters: [idParameter],
      post: {
        tags: ["Source"],
        summary: "Merge this source into `into` (editors): hops, outlets, children and aliases move; this one becomes a deleted alias",
        parameters: [ifMatch],
        requestBody: { required: true, content: jsonContent(bodySchema(sourceMergeSchema)) },
        responses: { 200: withEtag("The survivor, at its new version", ref("Source")), ...writeErrors },
      },
    },
    "/api/v1/sources/{id}/undo-merge": {
      parameters: [idParameter],
      post: {
        tags: ["Source"],
        summary: "Undo a merge into this source, named by its revision (editors): what moved moves back",
        parameters: [ifMatch],
        requestBody: { required: true, content: jsonContent(bodySchema(sourceUndoMergeSchema)) },
        responses: { 200: withEtag("The survivor, at its new version", ref("Source")), ...writeErrors },
      },
    },
    "/api/v1/extract": {
      post: {
        tags: ["Extraction"],
        summary: "Propose the claims in a text (no sign-in needed)",
        security: [],
        requestBody: { required: true, content: jsonContent(bodySchema(extractRequestSchema)) },
        responses: {
          200: {
            description: '`{"candidates": [Candidate]}`, as DESIGN.md fixes it',
            content: jsonContent({ type: "object", properties: { candidates: { type: "array", items: { type: "object" } } } }),
          },
          ...errors(400, 403, 413, 415),
        },
      },
    },
    "/api/v1/export": {
      get: {
        tags: ["Claim"],
        summary:
          "Every claim matching the claims list's filters (streamed): csv or json (every field; json with PROV-O provenance), claimreview (schema.org ClaimReview JSON-LD, reviewed claims only) or annotations (W3C Web Annotation JSON-LD); bom=1 puts a UTF-8 byte-order mark before a CSV",
        parameters: queryParameters(exportQuerySchema),
        responses: {
          200: {
            description: "The claims",
            content: {
              "text/csv": { schema: { type: "string" } },
              "application/ld+json": {
                schema: {
                  oneOf: [
                    { type: "object", properties: { "@context": { type: "string" }, claims: { type: "array", items: { type: "object" } } } },
                    { type: "array", items: { type: "object" } },
                  ],
                },
              },
            },
          },
          ...errors(400, 401),
        },
      },
    },
    "/api/v1/import/claims": {
      post: {
        tags: ["Claim"],
        summary:
          "Import a CSV or XLSX spreadsheet of claims (columns: statement, value, qualifier, unit, modality, source, relayed by, date, place, report, quote words; optional measure, scope, topic). mode=dry-run (default) answers each row as it will be saved with its errors by column; mode=save writes every row in one transaction, or nothing when any row has an error (ADR 0020)",
        parameters: queryParameters(claimImportQuerySchema),
        requestBody: {
          required: true,
          content: {
            "multipart/form-data": { schema: { type: "object", required: ["file"], properties: { file: { type: "string", format: "binary" } } } },
            "text/csv": { schema: { type: "string" } },
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { schema: { type: "string", format: "binary" } },
          },
        },
        responses: {
          200: {
            description:
              "The dry run: `{mode, saved: null, fileName, rows: [{line, statement, value, qualifier, unit, measure, modality, claimedAt, place, report, anchor, chain: [{name, role, sourceId, sourceName, isNew}], topicId, errors: [{column, message}]}], reports, newSources, ignoredColumns, errorCount}`",
            content: jsonContent({ type: "object" }),
          },
          201: { description: "Saved: the same, with `saved: {claims, reports, sources, revisions}`", content: jsonContent({ type: "object" }) },
          ...errors(400, 401, 403, 409, 413),
        },
      },
    },
    "/api/v1/session": {
      post: {
        tags: ["Session"],
        summary: "Sign in: sets the session cookie",
        security: [],
        requestBody: { required: true, content: jsonContent(bodySchema(SignInSchema)) },
        responses: {
          200: {
            description: "Signed in",
            content: jsonContent({
              type: "object",
              properties: {
                account: { type: "object", properties: { email: { type: "string" }, role: { type: "string" } } },
                expiresAt: { type: "string", format: "date-time" },
              },
            }),
          },
          ...errors(400, 401, 403, 429),
        },
      },
      delete: { tags: ["Session"], summary: "Sign out", responses: { 204: { description: "Signed out" }, ...errors(403) } },
    },
  };
}

const errorComponent = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["code", "message"],
      properties: {
        code: { type: "string" },
        message: { type: "string" },
        issues: {
          type: "array",
          items: { type: "object", required: ["path", "message"], properties: { path: { type: "string" }, message: { type: "string" } } },
        },
        current: { description: "With 409 version_conflict and 412: the record as it is now" },
      },
    },
  },
};

export function openApiDocument(): Json {
  // Referenced here so each registers its component id before the components are collected.
  void [sourceRecordSchema, reportRecordSchema, topicRecordSchema, claimRecordSchema, topicComparisonSchema];
  return {
    openapi: "3.1.0",
    info: {
      title: "Claim tracker API",
      version: "1",
      description:
        "Sources, reports, topics and claims. Reads need a session or token unless the server runs with PUBLIC_READ=1; changes need an editor, restoring deleted records an administrator. Every change names the version it starts from (If-Match or `version`); every read has an ETag.",
    },
    servers: [{ url: "/" }],
    security: [{ bearerToken: [] }, { sessionCookie: [] }, {}],
    paths: {
      ...resourcePaths({
        path: "/api/v1/sources",
        tag: "Source",
        record: "Source",
        listKey: "sources",
        listQuery: sourceListQuerySchema,
        create: sourceCreateSchema,
        update: sourceUpdateSchema,
      }),
      ...resourcePaths({
        path: "/api/v1/reports",
        tag: "Report",
        record: "Report",
        listKey: "reports",
        listQuery: reportListQuerySchema,
        create: reportCreateSchema,
        created: {
          type: "object",
          properties: { report: ref("Report"), claimIds: { type: "array", items: { type: "string" } }, topicId: { type: ["string", "null"] } },
        },
        update: reportUpdateSchema,
      }),
      ...resourcePaths({
        path: "/api/v1/topics",
        tag: "Topic",
        record: "Topic",
        listKey: "topics",
        listQuery: topicListQuerySchema,
        create: topicCreateSchema,
        update: topicUpdateSchema,
      }),
      ...resourcePaths({
        path: "/api/v1/claims",
        tag: "Claim",
        record: "Claim",
        listKey: "claims",
        listQuery: claimApiListQuerySchema,
        create: claimCreateSchema,
        update: claimUpdateSchema,
        listExtras: { previousCursor: { type: ["string", "null"] } },
      }),
      ...otherPaths(),
    },
    components: {
      schemas: { ...componentSchemas(), Error: errorComponent },
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", description: "An API token from `npm run token:create`" },
        sessionCookie: { type: "apiKey", in: "cookie", name: "ct_session", description: "From POST /api/v1/session" },
      },
    },
  };
}
