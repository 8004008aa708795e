// One method of one path: what it does, its parameters, its body, its answers.
import { SchemaTable } from "./schema-table";
import { type JsonSchema, limitsText, typeText } from "./schema-words";

type Parameter = { name: string; in: string; required?: boolean; description?: string; schema?: JsonSchema };
export type Operation = {
  summary?: string;
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  responses?: Record<string, { description?: string }>;
  security?: unknown[];
};

function Parameters({ parameters }: { parameters: Parameter[] }) {
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">Parameter</th>
            <th scope="col">In</th>
            <th scope="col">Type</th>
            <th scope="col">Notes</th>
          </tr>
        </thead>
        <tbody>
          {parameters.map((parameter) => (
            <tr key={`${parameter.in}-${parameter.name}`}>
              <td>
                <code>{parameter.name}</code>
                {parameter.required ? " (required)" : ""}
              </td>
              <td>{parameter.in}</td>
              <td>{typeText(parameter.schema)}</td>
              <td>{[limitsText(parameter.schema), parameter.description ?? parameter.schema?.description].filter(Boolean).join(". ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function OperationSection({ method, path, operation, shared }: { method: string; path: string; operation: Operation; shared: Parameter[] }) {
  const parameters = [...shared, ...(operation.parameters ?? [])];
  const body = operation.requestBody?.content?.["application/json"]?.schema;
  return (
    <section aria-labelledby={`op-${method}-${path}`}>
      <h3 id={`op-${method}-${path}`}>
        <code>
          {method.toUpperCase()} {path}
        </code>
      </h3>
      <p>{operation.summary}</p>
      {parameters.length > 0 && <Parameters parameters={parameters} />}
      {body && (
        <>
          <h4>Request body (JSON)</h4>
          <SchemaTable schema={body} />
        </>
      )}
      <h4>Answers</h4>
      <ul>
        {Object.entries(operation.responses ?? {}).map(([status, response]) => (
          <li key={status}>
            <strong>{status}</strong> — {response.description}
          </li>
        ))}
      </ul>
    </section>
  );
}
