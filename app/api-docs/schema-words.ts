// JSON Schema in a few words, for the API reference page: "text (1–200 characters)",
// "one of: planned, preparing…", "list of Source". No HTML is built here: the page renders
// these strings as React text.
export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  description?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
  default?: unknown;
};

/** The component a $ref names ("#/components/schemas/Source" → "Source"). */
export const refName = (ref: string) => ref.split("/").pop() ?? ref;

const typeWords: Record<string, string> = {
  string: "text",
  integer: "whole number",
  number: "number",
  boolean: "true or false",
  null: "null",
  object: "object",
  array: "list",
};

export function typeText(schema: JsonSchema | undefined): string {
  if (!schema || Object.keys(schema).length === 0) return "any";
  if (schema.$ref) return refName(schema.$ref);
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return [...new Set(alternatives.map(typeText))].join(" or ");
  if (schema.allOf) return schema.allOf.map(typeText).join(" and ");
  if (schema.enum) return `one of: ${schema.enum.map(String).join(", ")}`;
  if (schema.type === "array") return `list of ${typeText(schema.items)}`;
  if (Array.isArray(schema.type)) return schema.type.map((type) => typeWords[type] ?? type).join(" or ");
  if (schema.format === "date-time") return "date-time";
  if (schema.format === "date") return "date (YYYY-MM-DD)";
  return typeWords[schema.type ?? ""] ?? "any";
}

/** Limits worth telling a client: lengths, ranges, patterns, defaults. */
export function limitsText(schema: JsonSchema | undefined): string {
  if (!schema) return "";
  const inner = (schema.anyOf ?? schema.oneOf)?.find((alternative) => alternative.type !== "null") ?? schema;
  const limits: string[] = [];
  if (inner.minLength !== undefined || inner.maxLength !== undefined) limits.push(`${inner.minLength ?? 0}–${inner.maxLength ?? "∞"} characters`);
  if (inner.minimum !== undefined || inner.maximum !== undefined) limits.push(`${inner.minimum ?? "−∞"} to ${inner.maximum ?? "∞"}`);
  if (inner.maxItems !== undefined) limits.push(`at most ${inner.maxItems} items`);
  if (inner.pattern && inner.pattern.length <= 40) limits.push(`pattern ${inner.pattern}`);
  if (schema.default !== undefined) limits.push(`default ${JSON.stringify(schema.default)}`);
  return limits.join("; ");
}
