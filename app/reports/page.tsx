import Link from "next/link";
import { formatDate, isoDay } from "@/lib/domain/format";
import { readerOrSignIn } from "@/lib/auth/current-actor";
import { listReports } from "@/lib/data/reports";

export const dynamic = "force-dynamic";
export const metadata = { title: "Reports" };

export default async function ReportsPage() {
  const reports = await listReports(await readerOrSignIn("/reports"));
  return (
    <>
      <div className="page-head">
        <h1>Reports</h1>
        <Link href="/reports/new" className="button-link">
          Add a report
        </Link>
      </div>
      <p className="lede">Every report is kept exactly as it was ingested; its claims point at its words.</p>
      {reports.length === 0 ? (
        <p className="empty">No reports yet.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">Report</th>
                <th scope="col">Outlet</th>
                <th scope="col">Published</th>
                <th scope="col">Claims</th>
              </tr>
            </thead>
            <tbody>
              {reports.map((report) => (
                <tr key={report.id}>
                  <td>
                    <Link href={`/reports/${report.id}`}>{report.title}</Link>
                  </td>
                  <td>{report.outlet?.name ?? "not named in the report"}</td>
                  <td>
                    <time dateTime={isoDay(report.publishedAt)}>{formatDate(report.publishedAt)}</time>
                  </td>
                  <td className="number">{report._count.claims}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
