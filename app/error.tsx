"use client";
// Shown in place of a page whose rendering failed. The details stay in the server's log (the
// reference below finds them there); the reader gets a plain sentence and a way on.
import Link from "next/link";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <h1>Something went wrong</h1>
      <p>This page could not be shown. Nothing you entered was saved by this failure; try again, or go back to the topics.</p>
      <p>
        <button type="button" onClick={reset}>
          Try again
        </button>{" "}
        <Link href="/">Back to the topics</Link>
      </p>
      {error.digest ? <p className="meta">Reference for the administrator: {error.digest}</p> : null}
    </>
  );
}
