import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { SourceProfile } from "@/app/sources/[slug]/_components/source-profile";
import { readerOrSignIn } from "@/lib/auth/current-actor";
import { getSourceProfile } from "@/lib/data/sources";

export const dynamic = "force-dynamic";

// generateMetadata and the page read the same source once per request.
const loadProfile = cache(async (slug: string) => getSourceProfile(await readerOrSignIn(`/sources/${slug}`), slug));

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await loadProfile((await params).slug);
  return { title: profile?.source.name ?? "Source not found" };
}

export default async function SourcePage({ params }: Props) {
  const profile = await loadProfile((await params).slug);
  if (!profile) notFound();
  return <SourceProfile profile={profile} />;
}
