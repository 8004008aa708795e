import { TopicList } from "./_components/topics/topic-list";

// Always read the database at request time: the data changes while the app runs.
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function HomePage({ searchParams }: Props) {
  const { page } = await searchParams;
  return <TopicList page={typeof page === "string" ? page : undefined} />;
}
