"use client";
// Shown when the layout itself failed, so it brings its own <html> and <body> and the house
// stylesheet; no stack trace or message from the server reaches the reader.
import "./globals.css";

export default function GlobalError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body>
        <main id="main" className="page">
          <h1>Something went wrong</h1>
          <p>The claim tracker could not be shown. Try again in a moment, or go back to the topics.</p>
          <p>
            <button type="button" onClick={reset}>
              Try again
            </button>{" "}
            {/* A plain link, not next/link: the app's router may be what failed. */}
            <a href="/">Back to the topics</a>
          </p>
          {error.digest ? <p className="meta">Reference for the administrator: {error.digest}</p> : null}
        </main>
      </body>
    </html>
  );
}
