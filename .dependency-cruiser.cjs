// The layer rules (ADR 0017): app → lib/* → lib/domain. Run by `npm run lint:deps` and `npm test`.
/** @type {import('dependency-cruiser').IConfiguration} */
// Tests may drive several layers together (a sessions test signs in through lib/auth).
const testFiles = "\\.test\\.tsx?$";

module.exports = {
  forbidden: [
    {
      name: "domain-is-pure",
      comment: "lib/domain is pure logic: it imports nothing of the project outside itself.",
      severity: "error",
      from: { path: "^lib/domain/", pathNot: "(\\.test\\.ts$|/test-support/)" },
      to: { path: "^(app|lib|scripts|e2e|prisma)/", pathNot: "^lib/domain/" },
    },
    {
      name: "lib-not-app-or-scripts",
      comment: "lib is used by app and scripts, never the other way round.",
      severity: "error",
      from: { path: "^lib/" },
      to: { path: "^(app|scripts|e2e)/" },
    },
    {
      name: "prisma-only-in-data",
      comment: "Only lib/data and lib/db (and the test harness that creates databases) touch the Prisma clients.",
      severity: "error",
      from: { pathNot: "^lib/(data|db|testing)/" },
      to: { path: "(^lib/db/generated/|^node_modules/@prisma/|^node_modules/prisma/)" },
    },
    // No cycles between lib/auth, lib/data, lib/schemas and lib/http: they stack in this order,
    // lowest first, each importing only those below it (and lib/domain, lib/errors):
    // lib/schemas → lib/data → lib/auth → lib/http.
    {
      name: "schemas-below-data-auth-http",
      comment: "lib/schemas parses input; it knows nothing of storage, sessions or HTTP.",
      severity: "error",
      from: { path: "^lib/schemas/", pathNot: testFiles },
      to: { path: "^lib/(data|auth|http)/" },
    },
    {
      name: "data-below-auth-http",
      comment: "lib/data takes an Actor; it never reads a session or a request.",
      severity: "error",
      from: { path: "^lib/data/", pathNot: testFiles },
      to: { path: "^lib/(auth|http)/" },
    },
    {
      name: "auth-below-http",
      comment: "lib/auth finds the caller; route handlers built on it live in lib/http.",
      severity: "error",
      from: { path: "^lib/auth/", pathNot: testFiles },
      to: { path: "^lib/http/" },
    },
    {
      name: "no-circular",
      comment: "No module depends on itself through others at run time (type-only cycles are erased by the compiler).",
      severity: "error",
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ["type-only"] } },
    },
    {
      name: "not-to-unresolvable",
      severity: "error",
      from: {},
      comment: "Every import resolves (geojson and topojson-specification are types only, from @types, and checked by tsc).",
      to: { couldNotResolve: true, pathNot: "^(geojson|topojson-specification)$" },
    },
  ],
  options: {
    doNotFollow: { path: "node_modules" },
    exclude: { path: "(^lib/db/generated/|^\\.next/|^node_modules/)" },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: "tsconfig.json" },
    enhancedResolveOptions: {
      exportsFields: ["exports"],
      conditionNames: ["import", "require", "node", "default", "types"],
      extensions: [".ts", ".tsx", ".js", ".mjs", ".cjs", ".json"],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
