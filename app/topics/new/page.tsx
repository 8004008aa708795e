import type { Metadata } from "next";
import Link from "next/link";
import { TopicForm } from "@/app/topics/_components/topic-form";
import { createTopicFromForm } from "@/app/topics/actions";
import { emptyTopicForm } from "@/app/topics/topic-form-values";
import { readerOrSignIn } from "@/lib/auth/current-actor";
import { canWrite } from "@/lib/data/actor";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Add a topic" };

export default async function NewTopicPage() {
  const actor = await readerOrSignIn("/topics/new");
  return (
    <>
      <p className="meta">
        <Link href="/">Topics</Link> ›
      </p>
      <h1>Add a topic</h1>
      <p className="lede">
        A question whose figures are compared. File claims under it from the claims list (select them, then “Move to topic”) or from a claim’s edit form.
      </p>
      {canWrite(actor) ? (
        <TopicForm action={createTopicFromForm} record={null} initial={{ attempt: 0, values: emptyTopicForm, error: null }} />
      ) : (
        <p className="problem" role="alert">
          Your role may read but not add topics.
        </p>
      )}
    </>
  );
}
