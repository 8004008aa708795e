// For the transfer and backup tests: migrated databases of either engine, whatever engine the
// test run is on, and a database filled the way a desk fills it (the demo data, then edits,
// a soft delete and an editor's revisions), so that an export carries every kind of record.
import { join } from "node:path";
import { type Connection, connect } from "../../db/client";
import { type DatabaseConfig, databaseConfig } from "../../db/config";
import { applyPendingMigrations } from "../../db/migrations";
import { onPostgresServer, postgresUrlFor, runFolder } from "../../testing/test-databases";
import { recordRevision } from "../revisions";
import { seedDemoData } from "../seed";
import { ensureUserWithPassword } from "../accounts/users";

let made = 0;

/** A new, migrated, empty database on `engine`; the run's teardown removes it with the others. */
export async function migratedDatabase(runId: string, engine: DatabaseConfig["engine"]): Promise<DatabaseConfig> {
  made += 1;
  const name = `transfer_${process.pid}_${made}`;
  let config: DatabaseConfig;
  if (engine === "sqlite") {
    config = databaseConfig(`file:${join(runFolder(runId), `${name}.db`)}`);
  } else {
    const database = `ct_test_${runId}_${name}`;
    await onPostgresServer((client) => client.query(`CREATE DATABASE "${database}"`));
    config = databaseConfig(postgresUrlFor(database));
  }
  await applyPendingMigrations(config);
  return config;
}

/** The demo data, an editor, and the edits that leave update, delete and authored revisions. */
export async function fillLikeADesk(connection: Connection) {
  await seedDemoData(connection);
  const editor = await ensureUserWithPassword(connection, { email: "editor@transfer.example", role: "editor", password: "transfer test passphrase" });
  await connection.writeTransaction(async (tx) => {
    const [first, second] = await tx.claim.findMany({ where: { kind: "quantity" }, orderBy: { id: "asc" }, take: 2, include: { hops: true } });
    if (!first || !second) throw new Error("The demo data has fewer than two figures");
    // Odd text and a fraction, so that the round trip is tested on more than plain ASCII integers.
    const edited = await tx.claim.update({
      where: { id: first.id },
      data: { notes: 'Checked — «12 000» ✓ 🇰🇷 "quoted" \\ back', lower: 0.1, reviewStatus: "accepted", credibility: 2, version: { increment: 1 } },
      include: { hops: true },
    });
    await recordRevision(tx, {
      entityType: "claim",
      entityId: first.id,
      action: "update",
      version: edited.version,
      before: first,
      after: edited,
      authorId: editor.id,
    });
    const deleted = await tx.claim.update({ where: { id: second.id }, data: { deletedAt: new Date(), version: { increment: 1 } }, include: { hops: true } });
    await recordRevision(tx, {
      entityType: "claim",
      entityId: second.id,
      action: "delete",
      version: deleted.version,
      before: second,
      after: deleted,
      authorId: editor.id,
    });
    const source = await tx.source.findFirstOrThrow({ where: { parentId: { not: null } }, orderBy: { id: "asc" } });
    const renamed = await tx.source.update({
      where: { id: source.id },
      data: { description: "Edited in the transfer test.", reliability: "B", version: { increment: 1 } },
    });
    await recordRevision(tx, {
      entityType: "source",
      entityId: source.id,
      action: "update",
      version: renamed.version,
      before: source,
      after: renamed,
      authorId: editor.id,
    });
  });
  return { editor };
}

/** Row counts of every table the transfer moves, and of the ones it must leave alone. */
export async function tableCounts(connection: Connection) {
  const { read } = connection;
  return {
    sources: await read.source.count(),
    aliases: await read.sourceAlias.count(),
    reports: await read.report.count(),
    topics: await read.topic.count(),
    claims: await read.claim.count(),
    hops: await read.attributionHop.count(),
    revisions: await read.revision.count(),
    users: await read.user.count(),
    sessions: await read.session.count(),
  };
}

export async function withConnection<T>(config: DatabaseConfig, work: (connection: Connection) => Promise<T>): Promise<T> {
  const connection = connect(config);
  try {
    return await work(connection);
  } finally {
    await connection.disconnect();
  }
}
