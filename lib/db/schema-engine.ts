// Prisma's schema engine, compiled to WebAssembly, driven through a driver adapter.
// The native engine that the `prisma migrate` CLI downloads cannot be fetched on our
// machines; this is the same engine (docs/decisions/0002-offline-migrations.md).
//
// The package's own entry imports the .wasm file as an ES module, which needs
// `node --experimental-wasm-modules`; instantiating it by hand works on plain Node.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { SchemaEngine } from "@prisma/schema-engine-wasm/schema_engine_bg";
import type { DatabaseConfig } from "./config";

let loaded: Promise<typeof bindings> | undefined;

function loadBindings() {
  loaded ??= (async () => {
    const require = createRequire(import.meta.url);
    const packageDir = dirname(require.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
    const bytes = readFileSync(join(packageDir, "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bindings });
    const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start: () => void };
    bindings.__wbg_set_wasm(exports);
    exports.__wbindgen_start();
    return bindings;
  })();
  return loaded;
}

function adapterFactory(config: DatabaseConfig) {
  return config.engine === "sqlite" ? new PrismaBetterSqlite3({ url: config.url }) : new PrismaPg({ connectionString: config.url });
}

type Disposable = { dispose(): Promise<void> };

/**
 * Runs `work` with a schema engine, then closes every connection the engine opened.
 * `engine.free()` alone leaves them open, and on SQLite the engine sets
 * `locking_mode=EXCLUSIVE`, so a forgotten connection locks the file for everyone else.
 */
export async function withSchemaEngine<T>(
  config: DatabaseConfig,
  schema: { path: string; content: string },
  work: (engine: SchemaEngine) => Promise<T>,
): Promise<T> {
  const { SchemaEngine } = await loadBindings();
  const factory = adapterFactory(config);
  const opened: Disposable[] = [];
  const remember = <A extends Disposable>(adapter: A): A => {
    opened.push(adapter);
    return adapter;
  };
  const tracking: SqlMigrationAwareDriverAdapterFactory = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => remember(await factory.connect()),
    connectToShadowDb: async () => remember(await factory.connectToShadowDb()),
  };
  const engine = await SchemaEngine.new({ datamodels: [[schema.path, schema.content]] }, () => {}, bindMigrationAwareSqlAdapterFactory(tracking));
  try {
    return await work(engine);
  } finally {
    engine.free();
    await Promise.allSettled(opened.map((adapter) => adapter.dispose()));
  }
}
