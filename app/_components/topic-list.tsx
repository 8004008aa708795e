import Link from "next/link";
import { readerOrSignIn } from "@/lib/auth/current-actor";
import { listTopicSummaries } from "@/lib/data/topics";
import { formatNumber } from "./format";

export async function TopicList() {
  const summaries = await listTopicSummaries(await readerOrSignIn("/"));
  return (
    <>
      <h1>Topics</h1>
      <p className="lede">Each topic gathers the figures sources give for one question, so they can be compared side by side.</p>
      {summaries.length === 0 ? (
        <p className="empty">No topics yet. Topics appear here once claims are filed under them.</p>
      ) : (
        <ul className="topic-list">
          {summaries.map(({ topic, spread, figureCount, independentOrigins, reportCount }) => (
            <li key={topic.id}>
              <h2>
                <Link href={`/topics/${topic.slug}`}>{topic.title}</Link>
              </h2>
              {topic.description ? <p className="meta">{topic.description}</p> : null}
              <p>
                {spread ? (
                  <>
                    Figures from <strong>{formatNumber(spread.min)}</strong> to <strong>{formatNumber(spread.max)}</strong>{" "}
                    {topic.unit}
                    {spread.ratio ? <> (×{formatNumber(spread.ratio)})</> : null}
                  </>
                ) : (
                  "No figures yet"
                )}
                {" · "}
                {figureCount} figures from {independentOrigins} independent {independentOrigins === 1 ? "origin" : "origins"} in{" "}
                {reportCount} {reportCount === 1 ? "report" : "reports"}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
