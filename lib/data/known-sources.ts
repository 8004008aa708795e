// The sources extraction resolves mentions against: names and aliases only. Extraction
// needs no sign-in (DESIGN.md), so this reads as the system and returns nothing else.
import "server-only";
import { db } from "../db/client";
import type { SourceKind } from "../domain/vocabulary";

export type KnownSourceRow = { id: string; name: string; kind: SourceKind; aliases: string[] };

export async function listKnownSources(): Promise<KnownSourceRow[]> {
  const sources = await db().read.source.findMany({
    where: { deletedAt: null },
    select: { id: true, name: true, kind: true, aliases: { select: { alias: true } } },
    orderBy: { id: "asc" },
  });
  return sources.map((source) => ({ id: source.id, name: source.name, kind: source.kind, aliases: source.aliases.map((alias) => alias.alias) }));
}
