import Link from "next/link";
import type { getReportWithClaims } from "@/lib/data/reports";
import { checkAnchor, highlightSegments } from "@/lib/domain/anchor";
import { describeChain } from "@/lib/domain/attribution";
import { formatDate, formatNumber, isoDay } from "@/lib/domain/format";
import { type ReaderClaim, ReportText } from "@/app/_components/reports/report-text";

type Report = NonNullable<Awaited<ReturnType<typeof getReportWithClaims>>>;

export function ReportReader({ report }: { report: Report }) {
  const claims: ReaderClaim[] = report.claims.map((claim) => {
    const anchor = checkAnchor(report.text, { exact: claim.anchorExact, start: claim.anchorStart, end: claim.anchorEnd });
    return {
      id: claim.id,
      kind: claim.kind,
      statement: claim.statement,
      figure: claim.value === null ? null : `${formatNumber(claim.value)} ${claim.unit ?? ""}`.trim(),
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
