// Compiles what `npm start` runs into plain JavaScript under .start/, so that it runs on Node
// alone rather than through tsx: scripts/start.ts (build check, migrations, demo data) into
// start.mjs, scripts/serve.ts (the HTTP server) into serve.mjs, and the extraction pool's
// thread (lib/workers/extract-task.ts) into extract-worker.mjs.
// Packages stay outside the bundle and are loaded by Node as usual. `npm run build` compiles
// it; `npm start` compiles it first when it is missing or older than the code (esbuild
// takes about a second; it comes with tsx, a dependency).
//
// Files that find their way by their own location (import.meta.dirname / url: the migrations
// folder, the founding report, the Prisma client's files) are given their original location,
// worked out from the bundle's own at run time, so the project folder can still move.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const compiledStart = join(root, ".start/start.mjs");
const compiledFiles = ["start.mjs", "serve.mjs", "extract-worker.mjs"].map((file) => join(root, ".start", file));
const sources = ["scripts/start.ts", "scripts/serve.ts", "lib", "prisma/migrations", "package-lock.json"];

function newestChange(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce((newest, entry) => Math.max(newest, newestChange(join(path, entry))), stats.mtimeMs);
}

export function compiledStartIsCurrent() {
  if (!compiledFiles.every(existsSync)) return false;
  const newest = Math.max(
    ...sources
      .map((path) => join(root, path))
      .filter(existsSync)
      .map(newestChange),
  );
  return Math.min(...compiledFiles.map((file) => statSync(file).mtimeMs)) >= newest;
}

/** Rewrites import.meta.dirname / import.meta.url in a project file to that file's own place. */
const ownLocation = {
  name: "own-location",
  setup(builder) {
    builder.onLoad({ filter: /\.(ts|tsx|mjs)$/ }, (args) => {
      if (args.path.includes("node_modules")) return undefined;
      const source = readFileSync(args.path, "utf8");
      if (!source.includes("import.meta.")) return undefined;
      const file = JSON.stringify(relative(root, args.path).split("\\").join("/"));
      const contents = source.replaceAll("import.meta.dirname", `__projectDirname(${file})`).replaceAll("import.meta.url", `__projectUrl(${file})`);
      return { contents, loader: args.path.endsWith(".mjs") ? "js" : args.path.endsWith(".tsx") ? "tsx" : "ts" };
    });
  },
};

/**
 * A package's JSON data (the gazetteer's states, the world outline) goes into the bundle: an
 * external JSON import would need an import attribute Node insists on and the sources lack.
 */
const packageJson = {
  name: "package-json",
  setup(builder) {
    const require = createRequire(join(root, "package.json"));
    builder.onResolve({ filter: /^[^./].*\.json$/ }, (args) => ({ path: require.resolve(args.path) }));
  },
};

// The bundle sits one folder below the project, in .start/.
const banner = [
  'import { dirname as __dirnameOf, join as __joinPath } from "node:path";',
  'import { fileURLToPath as __toPath, pathToFileURL as __toUrl } from "node:url";',
  'const __projectRoot = __joinPath(__dirnameOf(__toPath(import.meta.url)), "..");',
  "const __projectDirname = (file) => __dirnameOf(__joinPath(__projectRoot, file));",
  "const __projectUrl = (file) => __toUrl(__joinPath(__projectRoot, file)).href;",
].join("\n");

/** One entry point bundled into .start/NAME.mjs; packages stay outside and Node loads them as usual. */
function compile(entry, name, conditions) {
  return build({
    entryPoints: [join(root, entry)],
    outfile: join(root, ".start", `${name}.mjs`),
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    conditions,
    tsconfig: join(root, "tsconfig.json"),
    banner: { js: banner },
    plugins: [ownLocation, packageJson],
    logLevel: "warning",
  });
}

export async function compileStart() {
  await Promise.all([
    // As `tsx --conditions=react-server` did: the database code refuses other conditions.
    compile("scripts/start.ts", "start", ["react-server"]),
    // The server and the extraction thread load Next and plain packages: no react-server condition.
    compile("scripts/serve.ts", "serve", []),
    compile("lib/workers/extract-task.ts", "extract-worker", []),
  ]);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes("--if-stale") && compiledStartIsCurrent()) process.exit(0);
  await compileStart();
}
