// One schema's fields as a table: name, whether required, type (linking to other schemas), limits.
import { type JsonSchema, limitsText, refName, typeText } from "./schema-words";

function TypeCell({ schema }: { schema: JsonSchema | undefined }) {
  const ref = schema?.$ref ?? schema?.items?.$ref;
  const text = typeText(schema);
  return ref ? <a href={`#schema-${refName(ref)}`}>{text}</a> : text;
}

export function SchemaTable({ schema }: { schema: JsonSchema }) {
  if (schema.$ref) {
    return (
      <p>
        See <a href={`#schema-${refName(schema.$ref)}`}>{refName(schema.$ref)}</a>.
      </p>
    );
  }
  const properties = Object.entries(schema.properties ?? {});
  if (properties.length === 0) return <p className="meta">{typeText(schema)}</p>;
  const required = new Set(schema.required ?? []);
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Required</th>
            <th scope="col">Type</th>
            <th scope="col">Limits and notes</th>
          </tr>
        </thead>
        <tbody>
          {properties.map(([name, property]) => (
            <tr key={name}>
              <td>
                <code>{name}</code>
              </td>
              <td>{required.has(name) ? "yes" : "no"}</td>
              <td>
                <TypeCell schema={property} />
              </td>
              <td>{[limitsText(property), property.description].filter(Boolean).join(". ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
