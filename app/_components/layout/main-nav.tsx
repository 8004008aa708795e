"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

const sections = [
  { href: "/", label: "Topics", matches: (path: string) => path === "/" || path.startsWith("/topics") },
  { href: "/claims", label: "Claims", matches: (path: string) => path.startsWith("/claims") },
  { href: "/sources", label: "Sources", matches: (path: string) => path.startsWith("/sources") },
  { href: "/reports", label: "Reports", matches: (path: string) => path.startsWith("/reports") && path !== "/reports/new" },
  { href: "/import", label: "Import", matches: (path: string) => path.startsWith("/import") },
  { href: "/map", label: "Map", matches: (path: string) => path.startsWith("/map") },
  { href: "/api-docs", label: "API", matches: (path: string) => path.startsWith("/api-docs") },
];

/** `canAddReports`: editors and admins get "Add a report", the way in for new material. */
export function MainNav({ canAddReports = false }: { canAddReports?: boolean }) {
  const pathname = usePathname() ?? "/";
  return (
    <nav aria-label="Main">
      <ul className="main-nav">
        {sections.map((section) => (
          <li key={section.href}>
            <Link href={section.href} aria-current={section.matches(pathname) ? "page" : undefined}>
              {section.label}
            </Link>
          </li>
        ))}
        {canAddReports ? (
          <li>
            <Link href="/reports/new" aria-current={pathname === "/reports/new" ? "page" : undefined}>
              Add a report
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
