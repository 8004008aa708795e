// The dry run of a spreadsheet import: each row as it will be saved, its report (new, or an
// existing one found by URL), its chain's sources (matched by name and alias, or proposed as
// new) and its errors by column. Saving (claim-import-save.ts) writes exactly this plan.
import "server-only";
import { db } from "../db/client";
import { normalizeAlias } from "../domain/aliases";
import type { TextAnchor } from "../domain/anchor";
import { anchorInExistingText, groupByReport, importedReportText } from "../domain/import-reports";
import { type ImportRow, type RowError, readImportRows } from "../domain/import-rows";
import { contentHash } from "../domain/report-text";
import type { HopRole } from "../domain/vocabulary";
import { type Actor, assertCanWrite } from "./actor";

export type PlannedHop = { name: string; role: HopRole; sourceId: string | null; sourceName: string; isNew: boolean };

export type PlannedReport = {
  /** Its position in `reports`, which rows refer to. */
  index: number;
  title: string;
  url: string | null;
  /** The existing report the rows are anchored in, or null for a new one. */
  existingId: string | null;
  /** A new report's text and its hash; null for an existing report. */
  text: string | null;
  contentHash: string | null;
  rowCount: number;
};

export type PlannedRow = Omit<ImportRow, "errors" | "report"> & {
  report: number;
  anchor: TextAnchor;
  chain: PlannedHop[];
  topicId: string | null;
  errors: RowError[];
};

export type ImportPlan = {
  fileName: string;
  rows: PlannedRow[];
  reports: PlannedReport[];
  /** Sources no name or alias matched, to be created (kind "other"), by the name first written. */
  newSources: string[];
  ignoredColumns: string[];
  errorCount: number;
};

type KnownSource = { id: string; name: string };

async function sourceIndex(): Promise<Map<string, KnownSource>> {
  const sources = await db().read.source.findMany({
    where: { deletedAt: null },
    select: { id: true, name: true, mergedIntoId: true, aliases: { select: { normalized: true } } },
  });
  const byId = new Map(sources.map((source) => [source.id, source]));
  const index = new Map<string, KnownSource>();
  for (const source of sources) {
    // A merged source's names lead to the source it was merged into.
    const target = (source.mergedIntoId && byId.get(source.mergedIntoId)) || source;
    const known = { id: target.id, name: target.name };
    for (const key of [normalizeAlias(source.name), ...source.aliases.map((alias) => alias.normalized)]) if (!index.has(key)) index.set(key, known);
  }
  return index;
}

async function topicIndex(): Promise<Map<string, string>> {
  const topics = await db().read.topic.findMany({ where: { deletedAt: null }, select: { id: true, slug: true, title: true } });
  return new Map(topics.flatMap((topic) => [[normalizeAlias(topic.slug), topic.id] as const, [normalizeAlias(topic.title), topic.id] as const]));
}

type FoundReport = { id: string; title: string; text: string; url: string | null; contentHash: string };

/** Live reports by hash or URL (the oldest for a URL), read in bounded batches. */
async function reportsBy(field: "contentHash" | "url", values: string[]): Promise<Map<string, FoundReport>> {
  const found = new Map<string, FoundReport>();
  const unique = [...new Set(values)];
  for (let start = 0; start < unique.length; start += 500) {
    const batch = unique.slice(start, start + 500);
    const reports = await db().read.report.findMany({
      where: { [field]: { in: batch }, ...(field === "url" ? { deletedAt: null } : {}) },
      select: { id: true, title: true, text: true, url: true, contentHash: true },
      orderBy: { createdAt: "asc" },
    });
    for (const report of reports) {
      const key = report[field];
      if (key !== null && !found.has(key)) found.set(key, report);
    }
  }
  return found;
}

/** The plan for a spreadsheet already read into a header and rows; reads only. */
export async function planClaimImport(actor: Actor, fileName: string, sheet: { header: string[]; rows: string[][] }): Promise<ImportPlan> {
  assertCanWrite(actor);
  const { rows, ignored } = readImportRows(sheet.header, sheet.rows);
  const [sources, topics] = await Promise.all([sourceIndex(), topicIndex()]);
  const newSources = new Map<string, string>();
  const hop = (name: string, role: HopRole): PlannedHop => {
    const key = normalizeAlias(name);
    const known = sources.get(key);
    if (known) return { name, role, sourceId: known.id, sourceName: known.name, isNew: false };
    if (!newSources.has(key)) newSources.set(key, name);
    return { name, role, sourceId: null, sourceName: newSources.get(key)!, isNew: true };
  };

  const reports: PlannedReport[] = [];
  const planned: PlannedRow[] = [];
  // Two reads for all groups, not two per group: a 50,000-row file names hundreds of reports.
  const groups = groupByReport(rows, fileName).map((group) => {
    const generated = importedReportText(group.rows);
    return { group, generated, hash: contentHash(generated.text) };
  });
  const duplicates = await reportsBy(
    "contentHash",
    groups.map((entry) => entry.hash),
  );
  const byUrl = await reportsBy(
    "url",
    groups.flatMap((entry) => (entry.group.url ? [entry.group.url] : [])),
  );
  for (const { group, generated, hash } of groups) {
    // The same rows make the same text: a report already holding it means this file was imported.
    const duplicate = duplicates.get(hash);
    const existing = group.url && !duplicate ? byUrl.get(group.url) : undefined;
    const index = reports.length;
    let anchors: (TextAnchor | null)[] = generated.anchors;
    if (existing) {
      anchors = group.rows.map((row) => anchorInExistingText(existing.text, row));
      reports.push({ index, title: existing.title, url: group.url, existingId: existing.id, text: null, contentHash: null, rowCount: group.rows.length });
    } else {
      reports.push({ index, title: group.title, url: group.url, existingId: null, text: generated.text, contentHash: hash, rowCount: group.rows.length });
    }
    group.rows.forEach((row, position) => {
      const errors = [...row.errors];
      const anchor = anchors[position];
      if (!anchor) errors.push({ column: "quote words", message: `The report “${existing!.title}” at this URL does not contain these words` });
      if (duplicate) errors.push({ column: "report", message: `Already imported: these rows' text is the report “${duplicate.title}”` });
      const topicId = row.topic ? (topics.get(normalizeAlias(row.topic)) ?? null) : null;
      if (row.topic && !topicId) errors.push({ column: "topic", message: `No topic is called “${row.topic}”` });
      const chain = [...(row.source ? [hop(row.source, "originator")] : []), ...row.relayedBy.map((name) => hop(name, "relay"))];
      const { errors: _errors, ...fields } = row;
      planned.push({ ...fields, report: index, anchor: anchor ?? { exact: "", prefix: "", suffix: "", start: 0, end: 0 }, chain, topicId, errors });
    });
  }
  planned.sort((a, b) => a.line - b.line);
  return {
    fileName,
    rows: planned,
    reports,
    newSources: [...newSources.values()],
    ignoredColumns: ignored,
    errorCount: planned.reduce((sum, row) => sum + row.errors.length, 0),
  };
}
