import { expect, test } from "vitest";
import { diffRecords } from "./record-diff";

const planned = {
  id: "c1",
  statement: "North Korea plans to send 12,000 troops",
  value: 12000,
  modality: "planned",
  anchor: { exact: "12,000 troops", start: 10, end: 23 },
  chain: [{ sourceId: "nis", role: "originator", verb: null }],
  notes: null,
  version: 1,
  updatedAt: "2024-10-18T10:00:00.000Z",
};

test("an edit lists only the fields the analyst changed, not the version bookkeeping", () => {
  const edited = { ...planned, value: 10000, notes: "Zelensky's figure", version: 2, updatedAt: "2024-10-19T09:00:00.000Z" };
  expect(diffRecords(planned, edited)).toEqual([
    { field: "value", before: 12000, after: 10000 },
    { field: "notes", before: null, after: "Zelensky's figure" },
  ]);
});

test("the anchor is compared word by offset, and a new chain as a whole", () => {
  const moved = {
    ...planned,
    anchor: { ...planned.anchor, start: 11, end: 24 },
    chain: [...planned.chain, { sourceId: "yonhap", role: "relay", verb: "citing" }],
  };
  expect(diffRecords(planned, moved)).toEqual([
    { field: "anchor.start", before: 10, after: 11 },
    { field: "anchor.end", before: 23, after: 24 },
    { field: "chain", before: planned.chain, after: moved.chain },
  ]);
});

test("a chain with the same hops in the same order is no change", () => {
  const copy = { ...planned, chain: [{ sourceId: "nis", role: "originator", verb: null }] };
  expect(diffRecords(planned, copy)).toEqual([]);
});

test("a creation lists every field; a deletion shows the deletion time", () => {
  const created = diffRecords(null, planned);
  expect(created.map((change) => change.field)).toEqual([
    "id",
    "statement",
    "value",
    "modality",
    "anchor.exact",
    "anchor.start",
    "anchor.end",
    "chain",
    "notes",
  ]);
  expect(created.every((change) => change.before === null)).toBe(true);
  const deleted = diffRecords({ ...planned, deletedAt: null }, { ...planned, deletedAt: "2024-10-20T00:00:00.000Z" });
  expect(deleted).toEqual([{ field: "deletedAt", before: null, after: "2024-10-20T00:00:00.000Z" }]);
});

test("a field that appears or disappears is a change from or to nothing", () => {
  expect(diffRecords({ a: 1 }, { b: 2 }, [])).toEqual([
    { field: "a", before: 1, after: null },
    { field: "b", before: null, after: 2 },
  ]);
});
