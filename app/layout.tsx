import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { AccountMenu } from "./_components/layout/account-menu";
import { MainNav } from "./_components/layout/main-nav";
import { SearchBox } from "./_components/layout/search-box";
import { currentActor } from "@/lib/auth/current-actor";
import { canWrite } from "@/lib/data/actor";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Claim tracker", template: "%s · Claim tracker" },
  description: "Contested facts in the news: every claim with its source, its relays and the exact words of its report.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="brand">
            Claim tracker
          </Link>
          <MainNav canAddReports={canWrite(await currentActor())} />
          <SearchBox />
          <AccountMenu />
        </header>
        <main id="main" className="page">
          {children}
        </main>
      </body>
    </html>
  );
}
