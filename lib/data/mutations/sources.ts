import "server-only";
// Creating, changing, deleting and restoring sources. A source's name is always one of its
// aliases, so that a mention of the name in a text resolves to it like any other alias.
import { db, type Transaction } from "../../db/client";
import { normalizeAlias } from "../../domain/aliases";
import { AppError } from "../../errors";
import type { SourceCreate, SourceUpdate } from "../../schemas/source";
import { type Actor, assertCanAdminister, assertCanWrite } from "../actor";
import { assertSomethingSent, chooseSlug, sentColumns } from "./fields";
import { readSource, type SourceRecord } from "./records";
import { changeVersioned, deletion, type Entity, recordCreation, restoration } from "./versioning";

export const sourceEntity: Entity<SourceRecord> = { type: "source", label: "source", read: readSource };

/** One row per distinct alias (by its lookup key), the name first. */
function aliasRows(name: string, aliases: readonly string[]) {
  const byKey = new Map<string, string>();
  for (const alias of [name, ...aliases]) if (!byKey.has(normalizeAlias(alias))) byKey.set(normalizeAlias(alias), alias);
  return [...byKey].map(([normalized, alias]) => ({ normalized, alias }));
}

/** A parent must be a live source, and not the source itself or one of its descendants. */
async function assertParentAllowed(tx: Transaction, sourceId: string | null, parentId: string | null) {
  const seen = new Set<string>();
  for (let ancestor = parentId; ancestor !== null; ) {
    if (ancestor === sourceId || seen.has(ancestor)) {
      throw new AppError("validation_failed", "A source cannot be its own parent or ancestor", [{ path: "parentId", message: "This would make a loop" }]);
    }
    seen.add(ancestor);
    const parent = await tx.source.findUnique({ where: { id: ancestor }, select: { parentId: true, deletedAt: true } });
    if (!parent || (ancestor === parentId && parent.deletedAt !== null)) {
      throw new AppError("validation_failed", "The parent source does not exist (or was deleted)", [
        { path: "parentId", message: `No source with id ${ancestor}` },
      ]);
    }
    ancestor = parent.parentId;
  }
}

export async function createSource(actor: Actor, input: SourceCreate): Promise<SourceRecord> {
  assertCanWrite(actor);
  return db().writeTransaction(async (tx) => {
    await assertParentAllowed(tx, null, input.parentId);
    const { aliases, slug: askedSlug, ...columns } = input;
    const slug = await chooseSlug(tx, "source", askedSlug, input.name);
    const { id } = await tx.source.create({ data: { ...columns, slug, aliases: { create: aliasRows(input.name, aliases) } } });
    const created = (await readSource(tx, id))!;
    await recordCreation(tx, actor, "source", created);
    return created;
  });
}

export async function updateSource(actor: Actor, id: string, version: number, input: SourceUpdate): Promise<SourceRecord> {
  assertCanWrite(actor);
  assertSomethingSent(input);
  return db().writeTransaction(async (tx) => {
    const current = await readSource(tx, id);
    if (input.parentId !== undefined) await assertParentAllowed(tx, id, input.parentId);
    if (input.slug !== undefined) await chooseSlug(tx, "source", input.slug, "", id);
    const renamesOrAliases = input.name !== undefined || input.aliases !== undefined;
    return changeVersioned(tx, actor, sourceEntity, id, version, {
      action: "update",
      from: "live",
      data: sentColumns(input, ["aliases"]),
      alsoWrite: async (write) => {
        if (!renamesOrAliases || !current) return;
        await write.sourceAlias.deleteMany({ where: { sourceId: id } });
        const rows = aliasRows(input.name ?? current.name, input.aliases ?? current.aliases);
        await write.sourceAlias.createMany({ data: rows.map((row) => ({ ...row, sourceId: id })) });
      },
    });
  });
}

/** A source that live claims, reports or sources still name is not deleted from under them. */
async function assertUnused(tx: Transaction, id: string) {
  const [hops, reports, children] = await Promise.all([
    tx.attributionHop.count({ where: { sourceId: id, claim: { deletedAt: null, report: { deletedAt: null } } } }),
    tx.report.count({ where: { outletId: id, deletedAt: null } }),
    tx.source.count({ where: { parentId: id, deletedAt: null } }),
  ]);
  const uses = [
    hops ? `${hops} claim chain hop(s)` : "",
    reports ? `${reports} report(s) as their outlet` : "",
    children ? `${children} source(s) as their parent` : "",
  ].filter(Boolean);
  if (uses.length) throw new AppError("conflict", `This source is still named by ${uses.join(", ")}: change those first`);
}

export async function deleteSource(actor: Actor, id: string, version: number): Promise<SourceRecord> {
  assertCanWrite(actor);
  return db().writeTransaction(async (tx) => {
    await assertUnused(tx, id);
    return changeVersioned(tx, actor, sourceEntity, id, version, deletion());
  });
}

export async function restoreSource(actor: Actor, id: string, version: number): Promise<SourceRecord> {
  assertCanAdminister(actor);
  return db().writeTransaction((tx) => changeVersioned(tx, actor, sourceEntity, id, version, restoration()));
}
