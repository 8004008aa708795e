"use client";
// The search box in every page's header. A plain GET form to /search, so it works before
// (and without) JavaScript; on the results page it shows the words being searched for.
import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { maxSearchLength } from "@/lib/domain/search-query";

export function SearchBox() {
  // Reading the URL's query needs a Suspense boundary: pages rendered ahead of time get the
  // empty box until the browser takes over.
  return (
    <Suspense fallback={<SearchForm query="" />}>
      <SearchBoxWithQuery />
    </Suspense>
  );
}

function SearchBoxWithQuery() {
  const onResultsPage = usePathname() === "/search";
  const query = useSearchParams()?.get("q") ?? "";
  const shown = onResultsPage ? query : "";
  // A new key for each search resets the field when the analyst moves between result pages.
  return <SearchForm key={shown} query={shown} />;
}

function SearchForm({ query }: { query: string }) {
  return (
    <form role="search" aria-label="Search the tracker" action="/search" method="get" className="search-box">
      <label htmlFor="site-search" className="visually-hidden">
        Search claims, reports and sources
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        defaultValue={query}
        placeholder="Claims, reports, sources"
        maxLength={maxSearchLength}
        autoComplete="off"
        enterKeyHint="search"
      />
      <button type="submit">Search</button>
    </form>
  );
}
