// Loads Prisma's schema engine compiled to WebAssembly. Prisma's CLI would download a native engine,
// which offline machines cannot; the wasm build ships on npm and speaks to PostgreSQL through the
// same driver adapter the app uses.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as engineBindings from "@prisma/schema-engine-wasm/schema_engine_bg";

export type SchemaEngine = engineBindings.SchemaEngine;

let loaded: Promise<void> | undefined;

function loadWasm(): Promise<void> {
  loaded ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasmPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg").replace(/\.js$/, ".wasm");
    const { instance } = await WebAssembly.instantiate(readFileSync(wasmPath), {
      "./schema_engine_bg.js": engineBindings as unknown as WebAssembly.ModuleImports,
    });
    engineBindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
  })();
  return loaded;
}

type ScriptRunner = { executeScript(script: string): Promise<void> };
type PgInternals = { client: { query(sql: string): Promise<unknown> }; onError(error: unknown): never };

// The pg adapter runs a migration script by splitting it on ";", which breaks dollar-quoted function
// bodies (our append-only trigger). Prisma's native engine sends the script whole; so do we.
class WholeScriptPg extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    const internals = adapter as unknown as PgInternals & ScriptRunner;
    internals.executeScript = async (script: string) => {
      try {
        await internals.client.query(script);
      } catch (error) {
        internals.onError(error);
      }
    };
    return adapter;
  }
}

export async function openSchemaEngine(connectionString: string, schema: string): Promise<SchemaEngine> {
  await loadWasm();
  const adapter = bindMigrationAwareSqlAdapterFactory(new WholeScriptPg({ connectionString }));
  return engineBindings.SchemaEngine.new({ datamodels: [["schema.prisma", schema]] }, () => {}, adapter);
}

export const noSchemaFilter = { externalTables: [], externalEnums: [] };
