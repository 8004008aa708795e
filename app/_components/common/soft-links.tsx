"use client";
// Client-side navigation for the plain links inside it, as `next/link` gives each of its links:
// one click listener for a whole table instead of a client component per link. A table of 50
// claims had 100 `<Link>`s, each rendered, serialised and hydrated on its own (ADR 0029). Clicks
// that mean something else (a modifier key, another button, a new window, a download, another
// origin) are left to the browser; the link still works without JavaScript.
import { useRouter } from "next/navigation";
import type { MouseEvent, ReactNode } from "react";

export function SoftLinks({ children }: { children: ReactNode }) {
  const router = useRouter();
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
    if (!(link instanceof HTMLAnchorElement) || !event.currentTarget.contains(link)) return;
    if ((link.target && link.target !== "_self") || link.hasAttribute("download")) return;
    const url = new URL(link.href);
    if (url.origin !== window.location.origin) return;
    event.preventDefault();
    router.push(url.pathname + url.search + url.hash);
  };
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the listener only routes clicks already made on the links inside, which stay links for the keyboard and assistive technology.
    // biome-ignore lint/a11y/useKeyWithClickEvents: Enter on a focused link fires this same click event.
    <div className="soft-links" onClick={onClick}>
      {children}
    </div>
  );
}
