import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { expect, test } from "vitest";
import { readSheet } from "./read-sheet";

const fixture = readFileSync(new URL("../../e2e/fixtures/claims-import-3-bad-rows.csv", import.meta.url));

test("a CSV with quoted commas reads as its header and rows", async () => {
  const sheet = await readSheet("claims.csv", fixture);
  expect(sheet.header[0]).toBe("Statement");
  expect(sheet.rows).toHaveLength(20);
  expect(sheet.rows[0]![1]).toBe("1,000");
});

test("an XLSX of the same rows reads the same, dates as ISO days", async () => {
  const csv = await readSheet("claims.csv", fixture);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Claims");
  sheet.addRow(csv.header);
  for (const row of csv.rows)
    sheet.addRow(row.map((cell, index) => (csv.header[index] === "Date" && /^\d{4}-\d{2}-\d{2}$/.test(cell) ? new Date(`${cell}T00:00:00Z`) : cell)));
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  expect(await readSheet("claims.xlsx", bytes)).toEqual(csv);
});

test("a file that is not a workbook is refused with a reason", async () => {
  await expect(readSheet("claims.xlsx", new TextEncoder().encode("PK not really"))).rejects.toThrow("cannot be read");
});
