import Link from "next/link";
import { readerOrSignIn } from "@/lib/auth/current-actor";
import { canWrite } from "@/lib/data/actor";
import { listTopicSummaries, topicsPerPage } from "@/lib/data/topics";
import { formatNumber } from "@/lib/domain/format";
import { Pagination } from "../common/pagination";
import { SoftLinks } from "../common/soft-links";

/** `?page=` as a page number; anything else is the first page. */
function pageNumber(raw: string | undefined): number {
  const page = Number(raw ?? "1");
  return Number.isSafeInteger(page) && page >= 1 ? page : 1;
}

const pageHref = (page: number) => (page === 1 ? "/" : `/?page=${page}`);

export async function TopicList({ page: rawPage }: { page?: string }) {
  const actor = await readerOrSignIn("/");
  const { summaries, total, page, pageCount } = await listTopicSummaries(actor, pageNumber(rawPage));
  const first = (page - 1) * topicsPerPage + 1;
  return (
    <>
      <h1>Topics</h1>
      <p className="lede">Each topic gathers the figures sources give for one question, so they can be compared side by side.</p>
      {canWrite(actor) ? (
        <p className="claim-toolbar">
          <Link className="button-link" href="/topics/new">
            New topic
          </Link>
        </p>
      ) : null}
      {total > topicsPerPage && summaries.length > 0 ? (
        <p className="meta">
          Topics {formatNumber(first)}–{formatNumber(first + summaries.length - 1)} of {formatNumber(total)}, by title
        </p>
      ) : null}
      {total === 0 ? (
        <p className="empty">No topics yet. Topics appear here once claims are filed under them.</p>
      ) : summaries.length === 0 ? (
        <p className="empty">
          There is no page {page}: the topics fill {pageCount} {pageCount === 1 ? "page" : "pages"}. <Link href="/">First page</Link>
        </p>
      ) : (
        <SoftLinks>
          <ul className="topic-list">
            {summaries.map(({ topic, spread, figureCount, independentOrigins, reportCount }) => (
              <li key={topic.id}>
                <h2>
                  <a href={`/topics/${topic.slug}`}>{topic.title}</a>
                </h2>
                {topic.description ? <p className="meta">{topic.description}</p> : null}
                <p>
                  {figureCount === 0 ? (
                    "No figures yet"
                  ) : (
                    <>
                      {spread ? (
                        <>
                          Figures from <strong>{formatNumber(spread.min)}</strong> to <strong>{formatNumber(spread.max)}</strong> {topic.unit}
                          {spread.ratio ? <> (×{formatNumber(spread.ratio)})</> : null}
                          {" · "}
                        </>
                      ) : null}
                      {figureCount} {figureCount === 1 ? "figure" : "figures"} from {independentOrigins} independent{" "}
                      {independentOrigins === 1 ? "origin" : "origins"} in {reportCount} {reportCount === 1 ? "report" : "reports"}
                    </>
                  )}
                </p>
              </li>
            ))}
          </ul>
        </SoftLinks>
      )}
      <Pagination
        label="Pages of topics"
        previousHref={page > 1 && page <= pageCount ? pageHref(page - 1) : null}
        nextHref={page < pageCount ? pageHref(page + 1) : null}
      />
    </>
  );
}
