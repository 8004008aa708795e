// Likely duplicate sources, each pair with why it looks like one agency spelt twice and a
// link to the page where the analyst merges one into the other.
import type { Metadata } from "next";
import Link from "next/link";
import { readerOrSignIn } from "@/lib/auth/current-actor";
import { listLikelyDuplicates } from "@/lib/data/source-choices";
import { sourceKindLabels } from "@/lib/domain/vocabulary";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Likely duplicate sources" };

export default async function DuplicateSourcesPage() {
  const pairs = await listLikelyDuplicates(await readerOrSignIn("/sources/duplicates"));
  return (
    <>
      <p className="meta">
        <Link href="/sources">Sources</Link> ›
      </p>
      <h1>Likely duplicate sources</h1>
      <p className="lede">
        Pairs with the same name once case and punctuation are set aside, one named by the other’s alias or initials, or the same homepage. Open the one to keep
        and merge the other into it.
      </p>
      {pairs.length === 0 ? (
        <p className="empty">No likely duplicates among the live sources.</p>
      ) : (
        <div className="table-wrap">
          <table className="source-table" aria-label="Likely duplicate pairs">
            <thead>
              <tr>
                <th scope="col">Source</th>
                <th scope="col">Likely the same as</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {pairs.map(({ first, second, reasons }) => (
                <tr key={`${first.id}-${second.id}`}>
                  <td>
                    <Link href={`/sources/${first.slug}#merge-heading`}>{first.name}</Link> <span className="meta">{sourceKindLabels[first.kind]}</span>
                  </td>
                  <td>
                    <Link href={`/sources/${second.slug}#merge-heading`}>{second.name}</Link> <span className="meta">{sourceKindLabels[second.kind]}</span>
                  </td>
                  <td>{reasons.join(", ")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
