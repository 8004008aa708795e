import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Not found" };

export default function NotFound() {
  return (
    <>
      <h1>Not found</h1>
      <p>There is no such page or record, or it was deleted.</p>
      <p>
        <Link href="/">Back to the topics</Link> or <Link href="/search">search the tracker</Link>
      </p>
    </>
  );
}
