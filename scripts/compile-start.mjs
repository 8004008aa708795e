// Compiles scripts/start.ts and what it imports from the project into one plain JavaScript
// file, .start/start.mjs, so that `npm start` runs on Node alone rather than through tsx.
// Packages stay outside the bundle and are loaded by Node as usual. `npm run build` compiles
// it; `npm start` compiles it first when it is missing or older than the code (esbuild
// takes about a second; it comes with tsx, a dependency).
//
// Files that find their way by their own location (import.meta.dirname / url: the migrations
// folder, the founding report, the Prisma client's files) are given their original location,
// worked out from the bundle's own at run time, so the project folder can still move.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
export const compiledStart = join(root, ".start/start.mjs");
const sources = ["scripts/start.ts", "lib", "prisma/migrations", "package-lock.json"];

function newestChange(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(path).reduce((newest, entry) => Math.max(newest, newestChange(join(path, entry))), stats.mtimeMs);
}

export function compiledStartIsCurrent() {
  if (!existsSync(compiledStart)) return false;
  const newest = Math.max(
    ...sources
      .map((path) => join(root, path))
      .filter(existsSync)
      .map(newestChange),
  );
  return statSync(compiledStart).mtimeMs >= newest;
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

// The bundle sits one folder below the project, in .start/.
const banner = [
  'import { dirname as __dirnameOf, join as __joinPath } from "node:path";',
  'import { fileURLToPath as __toPath, pathToFileURL as __toUrl } from "node:url";',
  'const __projectRoot = __joinPath(__dirnameOf(__toPath(import.meta.url)), "..");',
  "const __projectDirname = (file) => __dirnameOf(__joinPath(__projectRoot, file));",
  "const __projectUrl = (file) => __toUrl(__joinPath(__projectRoot, file)).href;",
].join("\n");

export async function compileStart() {
  await build({
    entryPoints: [join(root, "scripts/start.ts")],
    outfile: compiledStart,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    // As `tsx --conditions=react-server` did: the server's code refuses other conditions.
    conditions: ["react-server"],
    tsconfig: join(root, "tsconfig.json"),
    banner: { js: banner },
    plugins: [ownLocation],
    logLevel: "warning",
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes("--if-stale") && compiledStartIsCurrent()) process.exit(0);
  await compileStart();
}
