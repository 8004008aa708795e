// The area a figure covers, and how two areas relate. A provincial toll and the national one
// are not rivals: the province lies in the country, so its figure may be smaller, never larger.
import type { PlaceLevel } from "./vocabulary";

/**
 * A place as resolved against the gazetteer: its name, its level, and the names of the places
 * that contain it, nearest first (Malatya → region, within ["Turkey"]). A name the gazetteer
 * does not know keeps its words, with level null and nothing around it.
 */
export type FigureScope = { name: string; level: PlaceLevel | null; within: readonly string[] };

/**
 * How a's area relates to b's: the same place, a part of b, the whole that holds b, or
 * separate places (neither holds the other, or a name the gazetteer could not place).
 * An unknown scope (null) could be anywhere: it never explains a gap, so it reads as the same.
 */
export type ScopeRelation = "same" | "part" | "whole" | "separate";

/** Names compared as readers do: case, accents and spacing do not matter. */
export function placeKey(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .trim()
    .toLowerCase()
    .replace(/\s+/g, " ");
}

/** The scope with its names as comparison keys, worked out once per figure. */
export type ScopeKeys = { name: string; within: readonly string[] } | null;

export function scopeKeys(scope: FigureScope | null): ScopeKeys {
  if (scope === null) return null;
  return { name: placeKey(scope.name), within: scope.within.map(placeKey) };
}

export function scopeRelation(a: ScopeKeys, b: ScopeKeys): ScopeRelation {
  if (a === null || b === null || a.name === b.name) return "same";
  if (a.within.includes(b.name)) return "part";
  if (b.within.includes(a.name)) return "whole";
  return "separate";
}

/** "Malatya (Turkey)", "Turkey", or the name as typed. */
export function describeScope(scope: FigureScope): string {
  return scope.within.length ? `${scope.name} (${scope.within.join(", ")})` : scope.name;
}

/** A stored scope read back: the columns as the domain's FigureScope, null when there is none. */
export function storedScope(columns: { scopePlace: string | null; scopeLevel: PlaceLevel | null; scopeWithin: string | null }): FigureScope | null {
  if (columns.scopePlace === null) return null;
  let within: string[] = [];
  try {
    const parsed: unknown = JSON.parse(columns.scopeWithin ?? "[]");
    if (Array.isArray(parsed)) within = parsed.filter((name): name is string => typeof name === "string");
  } catch {
    // A hand-edited row with broken JSON still has its name: it compares by name alone.
  }
  return { name: columns.scopePlace, level: columns.scopeLevel, within };
}
