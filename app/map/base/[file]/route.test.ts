import { expect, inject, test } from "vitest";

const base = () => inject("apiBaseUrl");

test("the map page names the base map file instead of carrying the world's outline", async () => {
  for (const view of ["", "?view=world"]) {
    const response = await fetch(`${base()}/map${view}`);
    expect(response.status).toBe(200);
    const html = await response.text();
    // The world's outline alone was over 1.5 MB; a page is now its frame, dots and table.
    expect(html.length).toBeLessThan(100_000);
    const hrefs = [...html.matchAll(/<use href="([^"]+)"/g)].map((match) => match[1]);
    expect(hrefs).toHaveLength(2); // the wide and the narrow map
    expect(hrefs[0]).toMatch(view ? /world-110m\.svg/ : /world-50m\.svg/);
  }
});

test("the base map file is an SVG kept by browsers for a year at its current version", async () => {
  const page = await (await fetch(`${base()}/map`)).text();
  const href = page.match(/<use href="([^"#]+)#base-map"/)?.[1];
  const response = await fetch(`${base()}${href}`);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("image/svg+xml; charset=utf-8");
  expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  const svg = await response.text();
  expect(svg).toContain('<g id="base-map">');
  expect(svg.length).toBeGreaterThan(100_000);
  // An older version's URL is answered, but not kept.
  const old = await fetch(`${base()}/map/base/world-50m.svg?v=000000000000`);
  expect(old.headers.get("cache-control")).toBe("public, max-age=300");
  await old.arrayBuffer();
});

test("any other file under /map/base is 404 in the error shape", async () => {
  const response = await fetch(`${base()}/map/base/world-10m.svg`);
  expect(response.status).toBe(404);
  expect(await response.json()).toEqual({ error: { code: "not_found", message: "No such map" } });
});
