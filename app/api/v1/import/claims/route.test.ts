// The spreadsheet import over real HTTP: a dry run names each bad row's column and saves
// nothing; the fixed file saves every row once; a second import is refused; viewers may not.
import { request as httpRequest } from "node:http";
import { inject, expect, test } from "vitest";
import { call, editorToken, type ErrorBody, unique, viewerToken } from "../../claims/_testing/api-client";

type Plan = { mode: string; saved: { claims: number; reports: number } | null; errorCount: number; rows: { line: number; errors: { column: string }[] }[] };

function spreadsheet(tag: string, bad: boolean) {
  const lines = ["Statement,Value,Qualifier,Originator,Report title,Quote words"];
  for (let row = 1; row <= 6; row += 1) {
    const value = bad && row === 2 ? "many" : String(100 * row);
    const qualifier = bad && row === 5 ? "sort of" : "at least";
    lines.push(
      `INVENTED: ${100 * row} arrived (${tag}),${value},${qualifier},Example Api Ministry ${tag},Api report ${tag},at least ${100 * row} arrived (${tag})`,
    );
  }
  return lines.join("\n");
}

const post = (csv: string, mode: string, as = editorToken) =>
  call<Plan & ErrorBody>("POST", `/api/v1/import/claims?mode=${mode}&name=api.csv`, { as, raw: csv, headers: { "content-type": "text/csv" } });

test("a dry run shows each bad row's column and saving it writes nothing; the fixed file saves every row once", async () => {
  const tag = unique();
  const dryRun = await post(spreadsheet(tag, true), "dry-run");
  expect(dryRun.status).toBe(200);
  // Outside the proxy (which would cut its body at 10 MB), the route still carries the security headers.
  expect(dryRun.headers.get("x-content-type-options")).toBe("nosniff");
  expect(dryRun.body.rows.filter((row) => row.errors.length).map((row) => [row.line, row.errors.map((error) => error.column)])).toEqual([
    [3, ["value"]],
    [6, ["qualifier"]],
  ]);
  const refused = await post(spreadsheet(tag, true), "save");
  expect(refused.status).toBe(400);
  expect(refused.body.error.issues?.map((issue) => issue.path)).toEqual(["row 3.value", "row 6.qualifier"]);
  const search = await call<{ claims: unknown[] }>("GET", `/api/v1/claims?q=${tag}`, { as: editorToken });
  expect(search.body.claims).toHaveLength(0);

  const saved = await post(spreadsheet(tag, false), "save");
  expect(saved.status).toBe(201);
  expect(saved.body.saved).toMatchObject({ claims: 6, reports: 1 });
  const again = await post(spreadsheet(tag, false), "save");
  expect(again.status).toBe(400);
  expect(again.body.error.issues?.[0]?.message).toMatch(/Already imported/);
});

test("an XLSX upload as a form reads like the CSV; a viewer may not import", async () => {
  const ExcelJS = (await import("exceljs")).default;
  const tag = unique();
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Claims");
  for (const line of spreadsheet(tag, true).split("\n")) sheet.addRow(line.split(","));
  const form = new FormData();
  form.set("file", new Blob([await workbook.xlsx.writeBuffer()]), "claims.xlsx");
  const response = await fetch(`${inject("apiBaseUrl")}/api/v1/import/claims`, {
    method: "POST",
    headers: { authorization: editorToken.authorization! },
    body: form,
  });
  const body = (await response.json()) as Plan;
  expect(response.status).toBe(200);
  expect(body.errorCount).toBe(2);
  expect((await post(spreadsheet(tag, false), "dry-run", viewerToken)).status).toBe(403);
});

/** A POST of `chunks` × 1 MB, chunked (no Content-Length) unless `declared`; answers the status and how much was sent. */
function postLarge(chunks: number, declared?: number): Promise<{ status: number; body: string; sentMb: number }> {
  const target = new URL(`${inject("apiBaseUrl")}/api/v1/import/claims?name=big.csv`);
  return new Promise((resolve, reject) => {
    let sentMb = 0;
    const request = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: "POST",
        headers: {
          authorization: editorToken.authorization!,
          "content-type": "text/csv",
          ...(declared === undefined ? { "transfer-encoding": "chunked" } : { "content-length": String(declared) }),
        },
      },
      (response) => {
        let body = "";
        response.on("data", (chunk: Buffer) => {
          body += chunk.toString();
        });
        response.on("end", () => {
          request.destroy();
          resolve({ status: response.statusCode ?? 0, body, sentMb });
        });
      },
    );
    request.on("error", (error) => (request.writableEnded || sentMb > 0 ? undefined : reject(error)));
    const megabyte = Buffer.alloc(1024 * 1024, 0x61);
    const writeMore = () => {
      while (sentMb < chunks && !request.destroyed) {
        sentMb += 1;
        if (!request.write(megabyte)) return void request.once("drain", writeMore);
      }
      if (!request.destroyed) request.end();
    };
    if (declared === undefined) writeMore();
    else request.flushHeaders();
  });
}

test("a file declared past 40 MB is refused before its body is read; an undeclared one is cut off at the limit", async () => {
  // Declared: the answer comes with not one byte of the body sent.
  const declared = await postLarge(0, 200 * 1024 * 1024);
  expect(declared.status).toBe(413);
  expect(JSON.parse(declared.body).error).toMatchObject({ code: "payload_too_large", message: "The file is larger than 40 MB" });
  expect(declared.sentMb).toBe(0);
  // Chunked, no length: the server stops reading soon after 40 MB and answers, though 200 MB were on offer.
  const chunked = await postLarge(200);
  expect(chunked.status).toBe(413);
  expect(JSON.parse(chunked.body).error.code).toBe("payload_too_large");
  expect(chunked.sentMb).toBeLessThan(120);
});
