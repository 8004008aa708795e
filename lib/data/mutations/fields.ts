import "server-only";
// Small pieces the entity mutations share: which columns a partial update sends, and a
// free slug for a new source or topic.
import type { Transaction } from "../../db/client";
import { slugify, uniqueSlug } from "../../domain/slug";
import { AppError } from "../../errors";

/** The columns a partial update sets: those sent, without the version it starts from. */
export function sentColumns<T extends Record<string, unknown>>(input: T, leaveOut: readonly string[] = []): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([key, value]) => value !== undefined && key !== "version" && !leaveOut.includes(key)));
}

/** An update that changes nothing would still cost a version and a revision: refuse it. */
export function assertSomethingSent(input: Record<string, unknown>) {
  if (Object.keys(sentColumns(input)).length === 0) {
    throw new AppError("validation_failed", "The request changes nothing: send at least one field besides the version", [
      { path: "(body)", message: "No field to change" },
    ]);
  }
}

type SlugTable = "source" | "topic";

async function slugsLike(tx: Transaction, table: SlugTable, base: string) {
  const where = { slug: { startsWith: base } };
  const rows = table === "source" ? await tx.source.findMany({ where, select: { slug: true } }) : await tx.topic.findMany({ where, select: { slug: true } });
  return new Set(rows.map((row) => row.slug));
}

/** The slug asked for when it is free (409 duplicate when not), else one made from the name. */
export async function chooseSlug(tx: Transaction, table: SlugTable, asked: string | undefined, name: string, ownId?: string): Promise<string> {
  if (asked === undefined) return uniqueSlug(slugify(name), await slugsLike(tx, table, slugify(name)));
  const holder = table === "source" ? await tx.source.findUnique({ where: { slug: asked } }) : await tx.topic.findUnique({ where: { slug: asked } });
  if (holder && holder.id !== ownId) {
    throw new AppError("duplicate", `The slug “${asked}” is taken`, [{ path: "slug", message: "Another record (perhaps a deleted one) has this slug" }]);
  }
  return asked;
}
