import { expect, test } from "vitest";
import { pickComparisons } from "./claim-comparison";
import { explainPair } from "./comparison";
import { figure, hop } from "./test-support/figures";

const day = (iso: string) => new Date(`${iso}T10:00:00Z`);

test("counts every other figure by the verdict explainPair gives, and lists conflicts first and, within a verdict, nearest in time first", () => {
  const own = figure({ value: 12_000, chain: [hop("NIS")], claimedAt: day("2024-10-10") });
  const others = [
    figure({ value: 12_000, chain: [hop("ISW")], claimedAt: day("2024-10-10") }), // agrees
    figure({ value: 12_000, chain: [hop("NIS"), hop("Yonhap", "relay")], claimedAt: day("2024-10-10") }), // echo
    figure({ value: 8_000, chain: [hop("ISW")], claimedAt: day("2024-10-10") }), // conflict
    figure({ value: 1_500, modality: "completed", chain: [hop("CIA")], claimedAt: day("2024-09-01") }), // differs, 39 days away
    figure({ value: 1_500, modality: "completed", chain: [hop("ISW")], claimedAt: day("2024-10-09") }), // differs, 1 day away
  ];
  const pick = pickComparisons(own, [own, ...others], 10);
  const expected = { conflict: 0, agrees: 0, echo: 0, differs: 0 };
  for (const other of others) expected[explainPair(own, other).verdict] += 1;
  expect(pick.counts).toEqual(expected);
  expect(pick.counts).toEqual({ conflict: 1, agrees: 1, echo: 1, differs: 2 });
  expect(pick.total).toBe(5);
  expect(pick.listed).toEqual([others[2]!.id, others[0]!.id, others[1]!.id, others[4]!.id, others[3]!.id]);
});

test("lists at most the limit, still counting every figure", () => {
  const own = figure({ value: 100 });
  const others = Array.from({ length: 30 }, (_, index) => figure({ value: 100 + index, chain: [hop(`Agency ${index}`)] }));
  const pick = pickComparisons(own, others, 7);
  expect(pick.total).toBe(30);
  expect(pick.listed).toHaveLength(7);
  expect(Object.values(pick.counts).reduce((sum, count) => sum + count, 0)).toBe(30);
});
