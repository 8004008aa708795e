// /api-docs — the REST API's reference, rendered from the same OpenAPI document that
// /api/v1/openapi.json serves (itself generated from the zod schemas the routes parse with).
import type { Metadata } from "next";
import { openApiDocument } from "@/lib/openapi/document";
import { OperationSection, type Operation } from "./operation";
import { SchemaTable } from "./schema-table";
import type { JsonSchema } from "./schema-words";

export const metadata: Metadata = { title: "API reference · Claim tracker" };

type PathItem = { parameters?: Operation["parameters"] } & Record<string, Operation>;
type Document = { info: { title: string; description: string }; paths: Record<string, PathItem>; components: { schemas: Record<string, JsonSchema> } };

const methods = ["get", "post", "patch", "delete"] as const;

export default function ApiDocsPage() {
  const document = openApiDocument() as unknown as Document;
  return (
    <div className="page">
      <h1>{document.info.title}</h1>
      <p className="lede">{document.info.description}</p>
      <p>
        Errors always answer <code>{'{"error": {"code", "message", "issues"?}}'}</code>. The machine-readable document:{" "}
        <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1).
      </p>
      <nav aria-label="Paths">
        <ul>
          {Object.keys(document.paths).map((path) => (
            <li key={path}>
              <a href={`#path-${path}`}>
                <code>{path}</code>
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <h2>Paths</h2>
      {Object.entries(document.paths).map(([path, item]) => (
        <article key={path} id={`path-${path}`}>
          {methods
            .filter((method) => item[method])
            .map((method) => (
              <OperationSection key={method} method={method} path={path} operation={item[method]!} shared={item.parameters ?? []} />
            ))}
        </article>
      ))}
      <h2>Schemas</h2>
      {Object.entries(document.components.schemas).map(([name, schema]) => (
        <section key={name} id={`schema-${name}`} aria-labelledby={`schema-title-${name}`}>
          <h3 id={`schema-title-${name}`}>{name}</h3>
          {schema.description && <p>{schema.description}</p>}
          <SchemaTable schema={schema} />
        </section>
      ))}
    </div>
  );
}
