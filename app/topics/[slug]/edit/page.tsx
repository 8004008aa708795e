import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TopicForm } from "@/app/topics/_components/topic-form";
import { saveTopicEdits } from "@/app/topics/actions";
import { readerOrSignIn } from "@/lib/auth/current-actor";
import { canWrite } from "@/lib/data/actor";
import { getTopicRecordBySlug } from "@/lib/data/mutations/reads";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit a topic" };

type Props = { params: Promise<{ slug: string }> };

export default async function EditTopicPage({ params }: Props) {
  const { slug } = await params;
  const actor = await readerOrSignIn(`/topics/${slug}/edit`);
  const topic = await getTopicRecordBySlug(actor, slug);
  if (!topic || topic.deletedAt) notFound();
  const values = { title: topic.title, description: topic.description ?? "", measure: topic.measure ?? "", unit: topic.unit ?? "" };
  return (
    <>
      <p className="meta">
        <Link href="/">Topics</Link> › <Link href={`/topics/${slug}`}>{topic.title}</Link> ›
      </p>
      <h1>Edit the topic</h1>
      {canWrite(actor) ? (
        <TopicForm action={saveTopicEdits} record={{ id: topic.id, slug: topic.slug, version: topic.version }} initial={{ attempt: 0, values, error: null }} />
      ) : (
        <p className="problem" role="alert">
          Your role may read but not change topics.
        </p>
      )}
    </>
  );
}
