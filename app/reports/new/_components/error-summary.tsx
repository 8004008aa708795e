import Link from "next/link";
import type { ActionError } from "@/lib/http/action";

/** A failed action, said plainly: what is wrong, field by field, and where a duplicate lives. */
export function ErrorSummary({ error }: { error: ActionError | null }) {
  if (!error) return null;
  const reportId = typeof error.details?.reportId === "string" ? error.details.reportId : null;
  return (
    <div role="alert" className="form-error">
      <p>
        <strong>{error.message}</strong>
        {reportId ? (
          <>
            {" "}
            <Link href={`/reports/${reportId}`}>Open the existing report</Link>
          </>
        ) : null}
      </p>
      {error.issues?.length ? (
        <ul>
          {error.issues.map((issue) => (
            <li key={`${issue.path}-${issue.message}`}>
              <code>{issue.path}</code>: {issue.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
