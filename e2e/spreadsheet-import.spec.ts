// Importing a spreadsheet as an editor: a 20-row CSV with 3 bad rows shows those 3 row errors
// in the dry run and saves nothing; the fixed file saves 20 claims; an XLSX of the same rows,
// made here with exceljs, does the same. The XLSX rows' quote words and reports carry "[xlsx]" so
// that the tracker does not refuse them as a re-import of the CSV (ADR 0020).
import { readFileSync } from "node:fs";
import { expect, type Page, test } from "@playwright/test";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { signInAs } from "./fixtures/sign-in";
import { e2eUsers } from "./fixtures/users";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

async function xlsxOf(name: string): Promise<Buffer> {
  const [header, ...rows] = Papa.parse<string[]>(fixture(name).toString("utf8"), { skipEmptyLines: true }).data;
  const quote = header!.indexOf("Quote words");
  // A report named by URL receives rows only when its text holds their words: the XLSX rows
  // name their own report, so the CSV's saved report does not claim them.
  const report = header!.findIndex((name) => /^report/i.test(name));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Claims");
  sheet.addRow(header!);
  const changed = (cell: string, index: number) => {
    if (index === quote) return `${cell} [xlsx]`;
    if (index === report) return /^https?:/.test(cell) ? `${cell}-xlsx` : `${cell} [xlsx]`;
    return cell;
  };
  for (const row of rows) sheet.addRow(row.map(changed));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function upload(page: Page, file: { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByLabel("Spreadsheet (CSV or XLSX)").setInputFiles(file);
  await page.getByRole("button", { name: "Check the rows (nothing is saved)" }).click();
}

async function importTwice(page: Page, bad: { name: string; mimeType: string; buffer: Buffer }, fixed: { name: string; mimeType: string; buffer: Buffer }) {
  await signInAs(page, e2eUsers.editor, "/import");
  await page.goto("/import");
  const claimsBefore = await page.request.get("/api/v1/claims?size=1&q=INVENTED").then((response) => response.json());
  await upload(page, bad);
  await expect(page.getByRole("heading", { name: /Dry run of .*: 20 rows, 3 with errors/ })).toBeVisible();
  const errors = page.getByRole("list", { name: "Row errors" }).getByRole("listitem");
  await expect(errors).toHaveCount(3);
  await expect(errors.nth(0)).toContainText("Row 5: value");
  await expect(errors.nth(1)).toContainText("Row 10: qualifier");
  await expect(errors.nth(2)).toContainText("Row 17: date");
  await expect(page.getByRole("button", { name: /Save all/ })).toHaveCount(0);
  const claimsAfterDryRun = await page.request.get("/api/v1/claims?size=1&q=INVENTED").then((response) => response.json());
  expect(claimsAfterDryRun).toEqual(claimsBefore);

  await upload(page, fixed);
  await expect(page.getByRole("heading", { name: /Dry run of .*: 20 rows, no errors/ })).toBeVisible();
  await page.getByRole("button", { name: "Save all 20 claims" }).click();
  await expect(page.getByRole("status")).toContainText("Saved 20 claims");
}

test("a CSV with 3 bad rows saves nothing; fixed, it saves 20 claims", async ({ page }) => {
  await importTwice(
    page,
    { name: "claims-import-3-bad-rows.csv", mimeType: "text/csv", buffer: fixture("claims-import-3-bad-rows.csv") },
    { name: "claims-import-fixed.csv", mimeType: "text/csv", buffer: fixture("claims-import-fixed.csv") },
  );
});

test("an XLSX of the same rows gives the same result", async ({ page }) => {
  const type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  await importTwice(
    page,
    { name: "claims-import-3-bad-rows.xlsx", mimeType: type, buffer: await xlsxOf("claims-import-3-bad-rows.csv") },
    { name: "claims-import-fixed.xlsx", mimeType: type, buffer: await xlsxOf("claims-import-fixed.csv") },
  );
});
