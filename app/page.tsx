import { TopicList } from "./_components/topic-list";

// Always read the database at request time: the data changes while the app runs.
export const dynamic = "force-dynamic";

export default function HomePage() {
  return <TopicList />;
}
