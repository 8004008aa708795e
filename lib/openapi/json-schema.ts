// zod → JSON Schema for the OpenAPI document. Request bodies are described as clients send
// them (io: "input": dates as strings, defaults optional); query strings as the server reads
// them. Transforms that JSON Schema cannot say (cursors, coerced numbers) get their words here.
import { z } from "zod";

type JsonSchema = Record<string, unknown>;

const componentUri = (id: string) => `#/components/schemas/${id}`;

/** Every schema registered with `.meta({ id })`, as OpenAPI components, referring to each other by $ref. */
export function componentSchemas(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(z.globalRegistry, { io: "input", unrepresentable: "any", target: "draft-2020-12", uri: componentUri }) as {
    schemas: Record<string, JsonSchema>;
  };
  return Object.fromEntries(Object.entries(schemas).map(([id, schema]) => [id, withoutDialect(schema)]));
}

function withoutDialect({ $schema: _dialect, $id: _id, id: _metaId, ...schema }: JsonSchema): JsonSchema {
  return schema;
}

/** A body schema: a $ref when it is a component, else inline. */
export function bodySchema(schema: z.ZodType): JsonSchema {
  const id = z.globalRegistry.get(schema)?.id;
  if (id) return { $ref: componentUri(id) };
  return withoutDialect(z.toJSONSchema(schema, { io: "input", unrepresentable: "any", target: "draft-2020-12" }) as JsonSchema);
}

const parameterHints: Record<string, JsonSchema> = {
  cursor: { type: "string", description: "The `nextCursor` of the previous page." },
  after: { type: "string", description: "The `nextCursor` of the previous page." },
  before: { type: "string", description: "The `previousCursor` of the next page." },
  size: { type: "integer", minimum: 1, maximum: 200, default: 50, description: "Records per page." },
  limit: { type: "integer", minimum: 1, maximum: 50, default: 20, description: "How many choices at most." },
  deleted: { type: "string", enum: ["true", "false"], default: "false", description: "`true` lists deleted records instead (administrators only)." },
  version: { type: "integer", minimum: 1, description: "The version the change starts from (or send If-Match)." },
  sort: { type: "string", enum: ["claimed-desc", "claimed-asc", "value-desc", "value-asc"], default: "claimed-desc" },
  format: { type: "string", enum: ["csv", "json"], default: "csv" },
};

export type QueryParameter = { name: string; in: "query"; required: false; schema: JsonSchema };

/** A query-string schema as OpenAPI parameters, one per property (all optional). */
export function queryParameters(schema: z.ZodType): QueryParameter[] {
  const json = z.toJSONSchema(schema, { io: "output", unrepresentable: "any", target: "draft-2020-12" }) as { properties?: Record<string, JsonSchema> };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: "query",
    required: false,
    schema: Object.keys(property).length ? property : (parameterHints[name] ?? { type: "string" }),
  }));
}
