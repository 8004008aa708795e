import { SourceList } from "@/app/sources/_components/source-list";
import { searchParamsObject } from "@/lib/schemas/claim-filters";

export const dynamic = "force-dynamic";
export const metadata = { title: "Sources" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SourcesPage({ searchParams }: Props) {
  return <SourceList searchParams={searchParamsObject(await searchParams)} />;
}
