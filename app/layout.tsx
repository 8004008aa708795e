import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { MainNav } from "./_components/main-nav";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Claim tracker", template: "%s · Claim tracker" },
  description: "Contested facts in the news: every claim with its source, its relays and the exact words of its report.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
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
          <MainNav />
        </header>
        <main id="main" className="page">
          {children}
        </main>
      </body>
    </html>
  );
}
