// The gate of a page only editors may use (adding a report, importing a spreadsheet): anyone
// else gets the page's heading and a way to sign in, not the form. The data layer checks again.
import Link from "next/link";
import type { ReactElement } from "react";
import { currentActor } from "@/lib/auth/current-actor";
import { canWrite } from "@/lib/data/actor";

type Page = { title: string /** "Adding reports", "Importing claims" */; needs: string; path: string };

/** null when the caller is an editor; else what the page shows instead of its form. */
export async function requireEditorPage({ title, needs, path }: Page): Promise<ReactElement | null> {
  if (canWrite(await currentActor())) return null;
  return (
    <>
      <h1>{title}</h1>
      <p className="empty">
        {needs} needs an editor&apos;s account. <Link href={`/sign-in?next=${path}`}>Sign in</Link> to continue.
      </p>
    </>
  );
}
