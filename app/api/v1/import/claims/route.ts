// POST /api/v1/import/claims?mode=dry-run|save — a CSV or XLSX spreadsheet of claims, sent
// as a form (field "file") or as the body itself (?name=claims.csv). The dry run (the
// default) answers each row as it will be saved with its errors by column; mode=save writes
// every row or, when any row has an error, nothing (docs/decisions/0020).
import { actorFromRequest } from "@/lib/auth/current-actor";
import { planClaimImport } from "@/lib/data/claim-import";
import { saveClaimImport } from "@/lib/data/claim-import-save";
import { AppError, zodIssues } from "@/lib/errors";
import { readLimited } from "@/lib/http/request";
import { json } from "@/lib/http/respond";
import { route } from "@/lib/http/route";
import { readSheet } from "@/lib/import/read-sheet";
import { claimImportQuerySchema, importFileLimitBytes } from "@/lib/schemas/claim-import";

export const dynamic = "force-dynamic";

// A form's boundaries and part headers around the file: allowed on top of the file's limit.
const formOverheadBytes = 64 * 1024;
const tooLarge = () => new AppError("payload_too_large", `The file is larger than ${importFileLimitBytes / 1024 / 1024} MB`);

export const POST = route(async (request: Request) => {
  const url = new URL(request.url);
  const query = claimImportQuerySchema.safeParse(Object.fromEntries(url.searchParams));
  if (!query.success) throw new AppError("validation_failed", "Some parameters are not valid", zodIssues(query.error));
  const actor = await actorFromRequest(request);
  // A declared length past the limit is refused before a byte of the body is read.
  if (Number(request.headers.get("content-length") ?? "0") > importFileLimitBytes + formOverheadBytes) throw tooLarge();
  const { fileName, bytes } = await uploadedFile(request, query.data.name);
  const plan = await planClaimImport(actor, fileName, await readSheet(fileName, bytes));
  const saved = query.data.mode === "save" ? await saveClaimImport(actor, plan) : null;
  return json({ mode: query.data.mode, saved, ...plan }, { status: saved ? 201 : 200 });
});

/** The file, read as it streams and cut off at the limit: a chunked body declares no length. */
async function uploadedFile(request: Request, name: string | undefined): Promise<{ fileName: string; bytes: Uint8Array }> {
  const type = (request.headers.get("content-type") ?? "").toLowerCase();
  if (type.startsWith("multipart/form-data")) {
    const body = await readLimited(request, importFileLimitBytes + formOverheadBytes, tooLarge);
    const file = (await new Response(body, { headers: { "content-type": request.headers.get("content-type")! } }).formData()).get("file");
    if (!(file instanceof File)) throw new AppError("validation_failed", "Choose a file to import", [{ path: "file", message: "Required" }]);
    if (file.size > importFileLimitBytes) throw tooLarge();
    return { fileName: file.name || name || "spreadsheet", bytes: new Uint8Array(await file.arrayBuffer()) };
  }
  const bytes = await readLimited(request, importFileLimitBytes, tooLarge);
  if (!bytes.byteLength) throw new AppError("validation_failed", "Send a CSV or XLSX file", [{ path: "file", message: "Required" }]);
  return { fileName: name ?? (type.includes("spreadsheetml") ? "spreadsheet.xlsx" : "spreadsheet.csv"), bytes };
}
