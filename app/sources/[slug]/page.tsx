import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { SourceProfile } from "@/app/sources/[slug]/_components/source-profile";
import { readerOrSignIn } from "@/lib/auth/current-actor";
import { canWrite } from "@/lib/data/actor";
import { sourceRevisionEntries } from "@/lib/data/mutations/reads";
import { namesForRevisions } from "@/lib/data/revision-names";
import { listPublishedReports } from "@/lib/data/source-choices";
import { getSourceProfile } from "@/lib/data/sources";

export const dynamic = "force-dynamic";

// generateMetadata and the page read the same source once per request.
const loadProfile = cache(async (slug: string) => getSourceProfile(await readerOrSignIn(`/sources/${slug}`), slug));

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await loadProfile((await params).slug);
  return { title: profile?.source.name ?? "Source not found" };
}

function noticeOf(query: Record<string, unknown>): string | null {
  if (query.merged) return "Merged: the duplicate's claims, reports and names are now this source's.";
  if (query.unmerged) return "Merge undone: the other source is back with what it had.";
  if (query.saved) return "Saved.";
  return null;
}

export default async function SourcePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const profile = await loadProfile(slug);
  if (!profile) notFound();
  const actor = await readerOrSignIn(`/sources/${slug}`);
  const writer = canWrite(actor);
  // The profile has read the live source: its revisions are read without reading it again.
  const [entries, published] = await Promise.all([sourceRevisionEntries(actor, profile.source.id), listPublishedReports(actor, profile.source.id)]);
  const names = await namesForRevisions(actor, { authorIds: entries.flatMap((entry) => (entry.authorId ? [entry.authorId] : [])), sourceIds: [] });
  const undoneMerges = new Set(
    entries.flatMap((entry) => {
      const undone = (entry.after as { unmerge?: { revisionId?: string } } | null)?.unmerge?.revisionId;
      return undone ? [undone] : [];
    }),
  );
  const extras = { canWrite: writer, notice: noticeOf(await searchParams), published, history: entries, names, undoneMerges };
  return <SourceProfile profile={profile} extras={extras} />;
}
