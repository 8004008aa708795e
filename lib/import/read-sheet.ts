// A CSV or XLSX file as a grid of strings: the header row, then the data rows. Kept parsers
// do the reading (papaparse, exceljs; not the registry's stale `xlsx`).
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { AppError } from "../errors";

export type Sheet = { header: string[]; rows: string[][] };

export type SheetFormat = "csv" | "xlsx";

/** csv or xlsx from the file's name, else from its first bytes (an XLSX file is a zip: "PK"). */
export function sheetFormat(fileName: string, bytes: Uint8Array): SheetFormat {
  if (/\.xlsx$/i.test(fileName)) return "xlsx";
  if (/\.(csv|txt)$/i.test(fileName)) return "csv";
  return bytes[0] === 0x50 && bytes[1] === 0x4b ? "xlsx" : "csv";
}

export async function readSheet(fileName: string, bytes: Uint8Array): Promise<Sheet> {
  const grid = sheetFormat(fileName, bytes) === "xlsx" ? await readXlsx(bytes) : readCsv(new TextDecoder("utf-8").decode(bytes));
  const [header, ...rows] = grid;
  if (!header?.some((cell) => cell.trim()))
    throw new AppError("validation_failed", "The file has no header row", [{ path: "file", message: "The first row must name the columns" }]);
  return { header, rows };
}

function readCsv(text: string): string[][] {
  // Excel writes a byte-order mark; papaparse guesses the delimiter (comma, semicolon, tab).
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { skipEmptyLines: "greedy" });
  const fatal = parsed.errors.find((error) => error.type === "Quotes");
  if (fatal) throw new AppError("validation_failed", "The CSV file cannot be read", [{ path: `row ${(fatal.row ?? 0) + 1}`, message: fatal.message }]);
  return parsed.data;
}

async function readXlsx(bytes: Uint8Array): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new AppError("validation_failed", "The XLSX file cannot be read", [{ path: "file", message: "Not an Excel workbook (.xlsx)" }]);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const grid: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= sheet.columnCount; column += 1) cells.push(cellText(row.getCell(column).value));
    grid[rowNumber - 1] = cells;
  });
  return Array.from(grid, (row) => row ?? []);
}

/** A cell as the analyst sees it: dates as ISO days, links and rich text as their words. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== "object") return String(value);
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("hyperlink" in value) return typeof value.text === "string" ? value.text : value.hyperlink;
  if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
  if ("error" in value) return "";
  return "";
}
