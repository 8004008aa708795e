import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ClaimDetail } from "@/app/_components/claim-detail";
import { readerOrSignIn } from "@/lib/auth/current-actor";
import { getClaimDetail } from "@/lib/data/claims";

export const dynamic = "force-dynamic";

// generateMetadata and the page read the same claim once per request.
const loadClaim = cache(async (id: string) => getClaimDetail(await readerOrSignIn(`/claims/${id}`), id));

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const detail = await loadClaim((await params).id);
  return { title: detail?.claim.statement ?? "Claim not found" };
}

export default async function ClaimPage({ params }: Props) {
  const detail = await loadClaim((await params).id);
  if (!detail) notFound();
  return <ClaimDetail detail={detail} />;
}
