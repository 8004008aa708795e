import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TopicComparison } from "@/app/_components/topic-comparison";
import { getTopicComparison } from "@/lib/data/topics";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const comparison = await getTopicComparison((await params).slug);
  return { title: comparison?.topic.title ?? "Topic not found" };
}

export default async function TopicPage({ params }: Props) {
  const comparison = await getTopicComparison((await params).slug);
  if (!comparison) notFound();
  return <TopicComparison topic={comparison.topic} figures={comparison.figures} />;
}
