// Regions that conflict reporting names and a city gazetteer cannot place: occupied areas,
// historical regions, peninsulas. Coordinates mark the region's middle, for the map; the
// precision "region" tells the analyst not to read them as a site.
export type Region = { name: string; pattern: RegExp; latitude: number; longitude: number };

// Patterns run on folded text (lower case, ' for ’), anchored where a place phrase starts.
export const regions: readonly Region[] = [
  {
    name: "Russian-occupied territories of Ukraine",
    pattern: /^(?:the )?(?:russian-occupied|occupied) (?:territories|areas|regions|parts) (?:in|of) ukraine\b/,
    latitude: 47.5,
    longitude: 36.5,
  },
  { name: "Russian-occupied territories of Ukraine", pattern: /^(?:russian-)?occupied ukraine\b/, latitude: 47.5, longitude: 36.5 },
  { name: "Donbas", pattern: /^(?:the )?donbas+\b/, latitude: 48.0, longitude: 38.0 },
  { name: "Crimea", pattern: /^(?:the )?crimea(?:n peninsula)?\b/, latitude: 45.0, longitude: 34.0 },
  { name: "Eastern Ukraine", pattern: /^eastern ukraine\b/, latitude: 48.5, longitude: 37.5 },
  { name: "Southern Ukraine", pattern: /^southern ukraine\b/, latitude: 47.0, longitude: 33.5 },
  { name: "Russian Far East", pattern: /^(?:the )?(?:russian far east|far east of russia|russia's far east)\b/, latitude: 55.0, longitude: 135.0 },
  { name: "Korean Peninsula", pattern: /^(?:the )?korean peninsula\b/, latitude: 37.5, longitude: 127.5 },
  { name: "Gaza Strip", pattern: /^(?:the )?gaza(?: strip)?\b(?! city)/, latitude: 31.4, longitude: 34.35 },
  { name: "West Bank", pattern: /^(?:the )?west bank\b/, latitude: 31.95, longitude: 35.3 },
  { name: "Golan Heights", pattern: /^(?:the )?golan heights\b/, latitude: 33.0, longitude: 35.75 },
  { name: "Nagorno-Karabakh", pattern: /^nagorno-karabakh\b/, latitude: 39.8, longitude: 46.75 },
  { name: "Sahel", pattern: /^(?:the )?sahel\b/, latitude: 15.0, longitude: 0.0 },
  { name: "Kashmir", pattern: /^kashmir\b/, latitude: 34.0, longitude: 76.0 },
];
