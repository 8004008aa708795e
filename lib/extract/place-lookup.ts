// A place name typed by the analyst, looked up in the same offline gazetteer the extractor
// uses, so a place typed on a review card or the edit form gets coordinates and reaches the
// map like a proposed one. Countries get none: a pin in a country's middle would read as a site.
import type { PlacePrecision } from "../domain/vocabulary";
import { findCity, regionAt } from "./gazetteer";
import { fold } from "./text";

export type PlaceCoordinates = { latitude: number; longitude: number; precision: PlacePrecision };

export function lookUpPlace(name: string | null | undefined): PlaceCoordinates | null {
  const typed = name?.trim().replace(/\s+/g, " ");
  if (!typed) return null;
  const region = regionAt(fold(typed));
  if (region && region.length === typed.length) return { latitude: region.latitude, longitude: region.longitude, precision: "region" };
  const city = findCity(typed) ?? findCity(typed.split(",")[0]!.trim());
  return city ? { latitude: city.latitude, longitude: city.longitude, precision: "city" } : null;
}

type PlaceFields = { placeName?: string | null; latitude?: number | null; longitude?: number | null; placePrecision?: PlacePrecision | null };

/**
 * The coordinates to store with a typed place: those given stay; a place without them gets the
 * gazetteer's, with its precision unless one was chosen. `before` is the claim as stored, so an
 * edit that renames the place does not keep the old place's coordinates.
 */
export function withLookedUpPlace<T extends PlaceFields>(fields: T, before?: PlaceFields): T {
  if (!fields.placeName?.trim()) return fields;
  const renamed = before !== undefined && fields.placeName !== before.placeName;
  const keptOld = renamed && fields.latitude === before.latitude && fields.longitude === before.longitude;
  const given = fields.latitude !== null && fields.latitude !== undefined && fields.longitude !== null && fields.longitude !== undefined && !keptOld;
  if (given) return fields;
  if (before !== undefined && !renamed && before.latitude !== null && before.latitude !== undefined && fields.latitude === undefined) return fields;
  const found = lookUpPlace(fields.placeName);
  return {
    ...fields,
    latitude: found?.latitude ?? null,
    longitude: found?.longitude ?? null,
    placePrecision: fields.placePrecision ?? found?.precision ?? null,
  };
}
