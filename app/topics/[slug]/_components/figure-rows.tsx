"use client";
// The figure table's rows, drawn from compact rows the server has already worded and
// formatted (figureRow in topic-figure-table.tsx). The HTML holds the rows once, as before;
// React's payload carries these strings instead of every row's element tree, which was about
// 1.3 KB a row, carried again inlined in the HTML (ADR 0028, addendum of 2026-11-30). Links
// are plain `<a>`s under the table's SoftLinks.
import { GradeTag, ModalityTag, QualifierTag } from "@/app/_components/common/tags";
import type { Modality, Qualifier } from "@/lib/domain/vocabulary";

/** A hop of the chain: the source's slug and name, and its role (null for the originator, listed first). */
type Hop = [slug: string, name: string, role: string | null];

export type FigureRow = [
  claimId: string,
  figure: string,
  unit: string | null,
  grade: string | null,
  asStated: string,
  qualifier: Qualifier | null,
  measure: string,
  /** The area's name, and what it lies in or that it is not in the gazetteer (" in …"). */
  scope: [name: string, within: string] | null,
  modality: Modality,
  stance: string,
  /** Null: no originator ("Unattributed"), then the relays. */
  originator: Hop | null,
  relays: Hop[],
  /** Null: the figure is in a conflict. */
  reasons: string | null,
  report: [id: string, title: string],
  asOf: [iso: string | undefined, text: string],
  claimed: [iso: string | undefined, text: string],
];

function Hops({ originator, relays }: { originator: Hop | null; relays: Hop[] }) {
  return (
    <td>
      {originator ? <a href={`/sources/${originator[0]}`}>{originator[1]}</a> : "Unattributed"}
      {relays.map(([slug, name, role]) => (
        <span key={slug} className="chain-step">
          {" → "}
          <a href={`/sources/${slug}`}>{name}</a>
          {` (${role})`}
        </span>
      ))}
    </td>
  );
}

export function FigureRows({ rows }: { rows: FigureRow[] }) {
  return (
    <tbody>
      {rows.map(([claimId, figure, unit, grade, asStated, qualifier, measure, scope, modality, stance, originator, relays, reasons, report, asOf, claimed]) => (
        <tr key={claimId} id={`figure-${claimId}`}>
          <td className="number">
            {`${figure} `}
            <span className="unit">{unit}</span>
            <GradeTag grade={grade} brief />
            <span className="as-stated">{`“${asStated}”`}</span>
            <QualifierTag qualifier={qualifier} />
          </td>
          <td>
            <span className="measure">{measure}</span>
            {scope ? (
              <span className="scope">
                {scope[0]}
                {scope[1] ? <span className="within">{scope[1]}</span> : null}
              </span>
            ) : null}
          </td>
          <td>
            <ModalityTag modality={modality} />
          </td>
          <td>{stance}</td>
          <Hops originator={originator} relays={relays} />
          <td>{reasons ?? <span className="has-conflict">conflict</span>}</td>
          <td>
            <a href={`/reports/${report[0]}#claim-${claimId}`}>{report[1]}</a>
          </td>
          <td>
            <time dateTime={asOf[0]}>{asOf[1]}</time>
          </td>
          <td>
            <time dateTime={claimed[0]}>{claimed[1]}</time>
          </td>
        </tr>
      ))}
    </tbody>
  );
}
