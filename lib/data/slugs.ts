// The slugs a new source's or topic's address could collide with ("isw", "isw-2"…), read inside
// the writing transaction: for a few names only those starting with their bases; for a bulk
// load of many names one read of every slug is cheaper than that many prefix matches.
import type { Transaction } from "../db/client";

const prefixMatchesUpTo = 50;

/** Which rows to read for these bases: none, those starting with one of them, or all. */
function candidates(bases: readonly string[]) {
  const unique = [...new Set(bases)];
  if (!unique.length) return null;
  return unique.length > prefixMatchesUpTo ? {} : { OR: unique.map((base) => ({ slug: { startsWith: base } })) };
}

export async function takenSourceSlugs(tx: Transaction, bases: readonly string[]): Promise<Set<string>> {
  const where = candidates(bases);
  return new Set(where ? (await tx.source.findMany({ where, select: { slug: true } })).map((row) => row.slug) : []);
}

export async function takenTopicSlugs(tx: Transaction, bases: readonly string[]): Promise<Set<string>> {
  const where = candidates(bases);
  return new Set(where ? (await tx.topic.findMany({ where, select: { slug: true } })).map((row) => row.slug) : []);
}
