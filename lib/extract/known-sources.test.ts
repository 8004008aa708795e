import { expect, test } from "vitest";
import type { KnownSource } from "./candidate";
import { indexAliases, knownSourceNamed } from "./known-sources";

const nis: KnownSource = { id: "nis", name: "National Intelligence Service", kind: "intelligence_service", aliases: ["NIS", "Seoul's spy agency"] };
const yonhap: KnownSource = { id: "yonhap", name: "Yonhap News Agency", kind: "news_agency", aliases: ["Yonhap"] };
const index = indexAliases([nis, yonhap]);

test("a whole name or alias names its known source, in any case, spacing or apostrophe", () => {
  expect(knownSourceNamed(index, "Yonhap News Agency")?.id).toBe("yonhap");
  expect(knownSourceNamed(index, "  yonhap  ")?.id).toBe("yonhap");
  expect(knownSourceNamed(index, "national   intelligence service")?.id).toBe("nis");
  expect(knownSourceNamed(index, "Seoul’s spy agency")?.id).toBe("nis");
});

test("part of a name, a longer name or an unknown one names no source", () => {
  expect(knownSourceNamed(index, "Yonhap News")).toBeNull();
  expect(knownSourceNamed(index, "Yonhap News Agency Daily")).toBeNull();
  expect(knownSourceNamed(index, "Invented Daily")).toBeNull();
  expect(knownSourceNamed(index, "")).toBeNull();
});
