import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { SearchResults } from "@/app/search/_components/search-results";
import { readerOrSignIn } from "@/lib/auth/current-actor";
import { searchEverything } from "@/lib/data/search";
import { hasSearchWords, parseSearch } from "@/lib/domain/search-query";
import { AppError } from "@/lib/errors";
import { searchPageParamsSchema } from "./search-params";

export const dynamic = "force-dynamic";

const resultLimit = 20;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const params = searchPageParamsSchema.safeParse(await searchParams);
  return { title: params.success && params.data.q ? `Search: ${params.data.q}` : "Search" };
}

export default async function SearchPage({ searchParams }: Props) {
  const params = searchPageParamsSchema.safeParse(await searchParams);
  if (!params.success) {
    return <SearchMessage title="Search">{params.error.issues[0]?.message}</SearchMessage>;
  }
  const query = params.data.q;
  if (!hasSearchWords(parseSearch(query))) {
    return (
      <SearchMessage title="Search">
        Type a word or two in the search box at the top of the page: a place (Ussuriysk), a source or one of its names (spy agency), or words from a report. Put
        words in quotes to find them side by side, end one with * to find the words starting with it (troop*), or put OR between two to find either (Kursk OR
        Kherson).
      </SearchMessage>
    );
  }
  try {
    const results = await searchEverything(await readerOrSignIn("/search"), query, { limit: resultLimit });
    return (
      <>
        <h1>Results for “{query}”</h1>
        <SearchResults query={query} results={results} limit={resultLimit} />
      </>
    );
  } catch (error) {
    if (error instanceof AppError && error.code === "unauthenticated") {
      return (
        <SearchMessage title="Search">
          <Link href="/sign-in">Sign in</Link> to search the tracker.
        </SearchMessage>
      );
    }
    throw error;
  }
}

function SearchMessage({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <h1>{title}</h1>
      <p className="empty">{children}</p>
    </>
  );
}
