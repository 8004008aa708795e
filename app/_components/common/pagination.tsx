// Count-free paging: Previous and Next links that carry the neighbouring page's cursor in the
// URL (no page numbers: counting every match would cost what keyset paging saves).
import Link from "next/link";

export function Pagination({ previousHref, nextHref, label }: { previousHref: string | null; nextHref: string | null; label: string }) {
  if (!previousHref && !nextHref) return null;
  return (
    <nav aria-label={label} className="pagination">
      {previousHref ? (
        <Link href={previousHref} rel="prev">
          ← Previous
        </Link>
      ) : (
        <span aria-disabled="true">← Previous</span>
      )}
      {nextHref ? (
        <Link href={nextHref} rel="next">
          Next →
        </Link>
      ) : (
        <span aria-disabled="true">Next →</span>
      )}
    </nav>
  );
}
