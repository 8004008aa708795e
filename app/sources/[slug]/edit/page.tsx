import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SourceForm } from "@/app/sources/_components/source-form";
import { saveSourceEdits } from "@/app/sources/actions";
import { sourceFormValuesOf } from "@/app/sources/source-form-values";
import { readerOrSignIn } from "@/lib/auth/current-actor";
import { canWrite } from "@/lib/data/actor";
import { sourceChoicesByIds } from "@/lib/data/choices";
import { getSourceRecordBySlug } from "@/lib/data/mutations/reads";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit a source" };

type Props = { params: Promise<{ slug: string }> };

export default async function EditSourcePage({ params }: Props) {
  const { slug } = await params;
  const actor = await readerOrSignIn(`/sources/${slug}/edit`);
  const source = await getSourceRecordBySlug(actor, slug);
  if (!source || source.deletedAt) notFound();
  // Only its parent is read by name; the picker asks for others as the analyst types (issue 14).
  const parent = await sourceChoicesByIds(actor, source.parentId ? [source.parentId] : []);
  return (
    <>
      <p className="meta">
        <Link href="/sources">Sources</Link> › <Link href={`/sources/${slug}`}>{source.name}</Link> ›
      </p>
      <h1>Edit the source</h1>
      {canWrite(actor) ? (
        <SourceForm
          action={saveSourceEdits}
          record={{ id: source.id, slug: source.slug, version: source.version }}
          initial={{
            attempt: 0,
            version: source.version,
            values: sourceFormValuesOf(source),
            startedFrom: sourceFormValuesOf(source),
            error: null,
            conflict: null,
            sourceNames: Object.fromEntries(parent.map((choice) => [choice.id, choice.label])),
          }}
        />
      ) : (
        <p className="problem" role="alert">
          Your role may read but not change sources. <Link href={`/sources/${slug}`}>Back to the source</Link>
        </p>
      )}
    </>
  );
}
