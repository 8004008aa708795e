"use client";
// The report's text with each claim's words marked. The text is rendered as React
// children, slice by slice, never as HTML. Choosing a claim in the list scrolls to and
// marks its words; choosing marked words marks the claim in the list.
import { useState } from "react";

export type ReaderClaim = {
  id: string;
  kind: string;
  statement: string;
  figure: string | null;
  chain: string;
  anchorStatus: "ok" | "moved" | "missing";
  exact: string;
};

type Segment = { text: string; start: number; end: number; claimIds: string[] };

export function ReportText({ segments, claims }: { segments: Segment[]; claims: ReaderClaim[] }) {
  const [active, setActive] = useState<string | null>(null);

  function choose(claimId: string, scrollTo: "text" | "list") {
    setActive(claimId);
    const target = scrollTo === "text" ? document.querySelector(`mark[data-claims~="${CSS.escape(claimId)}"]`) : document.getElementById(`claim-${claimId}`);
    target?.scrollIntoView({ behavior: "smooth", block: "center" });
  }

  return (
    <div className="report-layout">
      <article className="report-text" aria-label="Report text">
        {segments.map((segment) =>
          segment.claimIds.length === 0 ? (
            <span key={segment.start}>{segment.text}</span>
          ) : (
            // biome-ignore lint/a11y/useKeyWithClickEvents: a click on the text is a pointer shortcut; the claim list beside it is the keyboard way
            <mark
              key={segment.start}
              className={
                [segment.claimIds.length > 1 ? "overlap" : "", active && segment.claimIds.includes(active) ? "active" : ""].join(" ").trim() || undefined
              }
              data-claims={segment.claimIds.join(" ")}
              onClick={() => choose(segment.claimIds[0]!, "list")}
            >
              {segment.text}
            </mark>
          ),
        )}
      </article>
      <aside aria-label="Claims in this report">
        <h2 style={{ marginTop: 0 }}>Claims ({claims.length})</h2>
        <ol className="claim-list">
          {claims.map((claim) => (
            <li key={claim.id} id={`claim-${claim.id}`} className={active === claim.id ? "active" : undefined}>
              <div className="meta">
                {claim.kind}
                {claim.figure ? (
                  <>
                    {" "}
                    · <strong>{claim.figure}</strong>
                  </>
                ) : null}{" "}
                · {claim.chain}
              </div>
              <div>{claim.statement}</div>
              {claim.anchorStatus === "ok" ? (
                <button type="button" onClick={() => choose(claim.id, "text")}>
                  Show the words
                </button>
              ) : (
                <p className="flag">
                  Anchor {claim.anchorStatus === "moved" ? "no longer at its place in the text" : "not found in the text"}: “{claim.exact}”
                </p>
              )}
            </li>
          ))}
        </ol>
      </aside>
    </div>
  );
}
