import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TopicComparison } from "@/app/topics/[slug]/_components/topic-comparison";
import { readerOrSignIn } from "@/lib/auth/current-actor";
import { canWrite } from "@/lib/data/actor";
import { getTopic, getTopicComparison } from "@/lib/data/topics";
import { parseTopicView, type SearchParams } from "@/lib/domain/topic-filters";
import { parseTopicPage } from "@/lib/schemas/topic-page";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const topic = await getTopic(await readerOrSignIn(`/topics/${(await params).slug}`), (await params).slug);
  return { title: topic?.title ?? "Topic not found" };
}

export default async function TopicPage({ params, searchParams }: Props) {
  const { view, issues } = parseTopicView(await searchParams);
  const { page, size, issues: pageIssues } = parseTopicPage(await searchParams);
  const actor = await readerOrSignIn(`/topics/${(await params).slug}`);
  const comparison = await getTopicComparison(actor, (await params).slug, view.filters, { sort: view.sort, page, size });
  if (!comparison) notFound();
  return (
    <TopicComparison
      topic={comparison.topic}
      figures={comparison.figures}
      totalFigures={comparison.totalFigures}
      table={comparison.table}
      pageSize={size}
      view={view}
      issues={[...issues, ...pageIssues]}
      canEdit={canWrite(actor)}
    />
  );
}
