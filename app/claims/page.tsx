import { ClaimList } from "@/app/claims/_components/claim-list";

export const dynamic = "force-dynamic";
export const metadata = { title: "Claims" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ClaimsPage({ searchParams }: Props) {
  return <ClaimList searchParams={await searchParams} />;
}
