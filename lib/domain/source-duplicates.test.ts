import { expect, test } from "vitest";
import { comparableName, findLikelyDuplicates, initialsOf } from "./source-duplicates";

const source = (id: string, name: string, aliases: string[] = [], homepage: string | null = null) => ({ id, name, aliases: [name, ...aliases], homepage });

test("names compare without case, punctuation, accents or a leading 'the'", () => {
  expect(comparableName("The Ministry of Defence.")).toBe("ministry of defence");
  expect(comparableName("Ministère  de la Défense")).toBe("ministere de la defense");
});

test("initials skip linking words", () => {
  expect(initialsOf("National Intelligence Service")).toBe("nis");
  expect(initialsOf("Ministry of Defence")).toBe("md");
  expect(initialsOf("Yonhap")).toBeNull();
});

test("pairs are found by name, alias, initials and homepage, each with its reasons", () => {
  const sources = [
    source("1", "National Intelligence Service", [], "https://www.nis.go.kr/"),
    source("2", "NIS"),
    source("3", "the national intelligence service"),
    source("4", "Seoul's spy agency", ["National Intelligence Service"]),
    source("5", "Korea's spy service", [], "http://nis.go.kr/en"),
    source("6", "Yonhap"),
  ];
  const found = findLikelyDuplicates(sources).map((pair) => [pair.first.id, pair.second.id, pair.reasons]);
  expect(found).toEqual([
    ["1", "2", ["initials"]],
    ["1", "3", ["same name"]],
    ["1", "4", ["alias"]],
    ["1", "5", ["same homepage"]],
    ["2", "3", ["initials"]],
    ["3", "4", ["alias"]],
  ]);
});
