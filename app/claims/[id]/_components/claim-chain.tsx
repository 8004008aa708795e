// A claim's attribution chain drawn as a flow: originator → speakers/relays → the report.
// An ordered list underneath, so a screen reader reads the hops in order with their roles.
import Link from "next/link";
import type { HopRole } from "@/lib/domain/vocabulary";

type Hop = { id: string; role: HopRole; verb: string | null; source: { slug: string; name: string } };

export function ClaimChain({ hops, report, claimId }: { hops: Hop[]; report: { id: string; title: string }; claimId: string }) {
  return (
    <ol className="chain-flow" aria-label="Attribution chain, from the originator to the report">
      {hops.length === 0 ? <li className="flow-step">No source named: the claim is unattributed</li> : null}
      {hops.map((hop) => (
        <li key={hop.id} className={`flow-step flow-${hop.role}`}>
          <span className="flow-role">{hop.role}</span>
          <Link href={`/sources/${hop.source.slug}`}>{hop.source.name}</Link>
          {hop.verb ? <span className="flow-verb">“{hop.verb}”</span> : null}
        </li>
      ))}
      <li className="flow-step flow-report">
        <span className="flow-role">report</span>
        <Link href={`/reports/${report.id}#claim-${claimId}`}>{report.title}</Link>
      </li>
    </ol>
  );
}
