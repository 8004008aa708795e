import Link from "next/link";
import type { getReportWithClaims } from "@/lib/data/reports";
import { checkAnchor, highlightSegments } from "@/lib/domain/anchor";
import { describeChain } from "@/lib/domain/attribution";
import { quantityWords } from "@/lib/domain/figure-words";
import { formatDate, isoDay } from "@/lib/domain/format";
import type { Qualifier } from "@/lib/domain/vocabulary";
import { type ReaderClaim, ReportText } from "@/app/_components/reports/report-text";

type Report = NonNullable<Awaited<ReturnType<typeof getReportWithClaims>>>;

export function ReportReader({ report }: { report: Report }) {
  const claims: ReaderClaim[] = report.claims.map((claim) => {
    const anchor = checkAnchor(report.text, { exact: claim.anchorExact, start: claim.anchorStart, end: claim.anchorEnd });
    return {
      id: claim.id,
      kind: claim.kind,
      statement: claim.statement,
      // With its qualifier: "at least 214" read as "214" would turn a floor into a count.
      figure: quantityWords({ value: claim.value, lower: claim.lower, upper: claim.upper, qualifier: claim.qualifier as Qualifier | null, unit: claim.unit }),
      chain: describeChain(claim.hops.map((hop) => ({ sourceId: hop.source.id, sourceName: hop.source.name, role: hop.role, verb: hop.verb }))),
      anchorStatus: anchor.status,
      exact: claim.anchorExact,
    };
  });
  // Only anchors that still match are highlighted; the others are flagged in the list.
  const anchored = report.claims
    .filter((claim) => claims.find((reader) => reader.id === claim.id)?.anchorStatus === "ok")
    .map((claim) => ({ id: claim.id, start: claim.anchorStart, end: claim.anchorEnd }));

  return (
    <>
      <p className="meta">
        <Link href="/reports">Reports</Link> ›
      </p>
      <h1>{report.title}</h1>
      <p className="meta">
        {report.outlet ? <>{report.outlet.name} · </> : "Outlet not named in the report · "}
        Published <time dateTime={isoDay(report.publishedAt)}>{formatDate(report.publishedAt)}</time> · Retrieved{" "}
        <time dateTime={isoDay(report.retrievedAt)}>{formatDate(report.retrievedAt)}</time> · {report.claims.length} claims
        {report.url ? (
          <>
            {" · "}
            <a href={report.url} rel="noopener noreferrer">
              original
            </a>
          </>
        ) : null}
      </p>
      <ReportText segments={highlightSegments(report.text, anchored)} claims={claims} />
    </>
  );
}
