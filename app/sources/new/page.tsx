import type { Metadata } from "next";
import Link from "next/link";
import { SourceForm } from "@/app/sources/_components/source-form";
import { createSourceFromForm } from "@/app/sources/actions";
import { emptySourceForm } from "@/app/sources/source-form-values";
import { readerOrSignIn } from "@/lib/auth/current-actor";
import { canWrite } from "@/lib/data/actor";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Add a source" };

export default async function NewSourcePage() {
  const actor = await readerOrSignIn("/sources/new");
  return (
    <>
      <p className="meta">
        <Link href="/sources">Sources</Link> ›
      </p>
      <h1>Add a source</h1>
      {canWrite(actor) ? (
        <SourceForm
          action={createSourceFromForm}
          record={null}
          initial={{ attempt: 0, version: 0, values: emptySourceForm, startedFrom: emptySourceForm, error: null, conflict: null, sourceNames: {} }}
        />
      ) : (
        <p className="problem" role="alert">
          Your role may read but not add sources.
        </p>
      )}
    </>
  );
}
