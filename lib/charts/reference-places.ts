// Places named in a claim's relation to its place: "near; north of Vladivostok" locates the
// claim by Vladivostok, which the map shows as a grey reference dot beside the claim's own.

// "north of", "north-east of", "20 km south of", "outside", "near", "close to", "between".
const relationPattern =
  /^(?:about\s+|some\s+)?(?:\d+(?:[.,]\d+)?\s*(?:km|kilometres|kilometers|miles|mi)\s+)?(?:(?:north|south|east|west)(?:[-\s]?(?:east|west))?(?:ern)?\s+of|outside(?:\s+of)?|near|close\s+to|around|off|not\s+far\s+from)\s+(?:the\s+(?:city|town|port|village)\s+of\s+)?(.+)$/i;

/**
 * The names of the places a relation measures from, in order, without the claim's own
 * place: "near; north of Vladivostok" → ["Vladivostok"]. A bare "near" or "in" names none.
 */
export function referenceNames(relation: string | null, placeName: string | null): string[] {
  if (!relation) return [];
  const own = placeName?.trim().toLowerCase();
  const names = relation
    .split(/[;,]|\band\b/)
    .map((part) => part.trim().match(relationPattern)?.[1]?.trim().replace(/[.]+$/, ""))
    .filter((name): name is string => Boolean(name) && name!.toLowerCase() !== own);
  return [...new Set(names)];
}
