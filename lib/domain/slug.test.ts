import { expect, test } from "vitest";
import { slugify, uniqueSlug } from "./slug";

test("slugs keep the words and drop punctuation, accents and apostrophes", () => {
  expect(slugify("Seoul’s spy agency")).toBe("seouls-spy-agency");
  expect(slugify("  Défense  Express!! ")).toBe("defense-express");
  expect(slugify("Русская служба")).toBe("untitled");
});

test("a taken slug gets the first free number", () => {
  expect(uniqueSlug("nis", new Set())).toBe("nis");
  expect(uniqueSlug("nis", new Set(["nis", "nis-2"]))).toBe("nis-3");
});
