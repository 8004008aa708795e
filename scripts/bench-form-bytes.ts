// BENCH_EDITOR_EMAIL=E BENCH_EDITOR_PASSWORD=P npm run bench:form-bytes -- --origin http://127.0.0.1:3190 --source SLUG
// What the forms that offer sources weigh on a large database (issue 14: no page over 200 KB):
// the source form (new, and editing the source SLUG) as HTML and as the RSC payload of a client
// navigation, and the answer that opens the new-report review screen (POST /reports/new/prepare
// with a short invented text), signed in as an editor of the running server at --origin.
import { parseArgs } from "node:util";

const { values } = parseArgs({ options: { origin: { type: "string" }, source: { type: "string" } }, strict: true });
const email = process.env.BENCH_EDITOR_EMAIL;
const password = process.env.BENCH_EDITOR_PASSWORD;
if (!values.origin || !values.source || !email || !password) {
  console.error("Usage: BENCH_EDITOR_EMAIL=E BENCH_EDITOR_PASSWORD=P npm run bench:form-bytes -- --origin URL --source SLUG");
  process.exit(2);
}
const origin = values.origin;

const signedIn = await fetch(`${origin}/api/v1/session`, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({ email, password }),
});
if (signedIn.status !== 200) throw new Error(`Signing in answered ${signedIn.status}`);
const cookie = signedIn.headers.get("set-cookie")?.split(";")[0] ?? "";

async function measure(path: string, init: RequestInit = {}) {
  const started = performance.now();
  const response = await fetch(origin + path, { ...init, headers: { cookie, ...init.headers } });
  const body = Buffer.from(await response.arrayBuffer());
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${body.toString("utf8").slice(0, 300)}`);
  return { bytes: body.byteLength, ms: performance.now() - started };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const invented = `INVENTED BENCH TEXT ${Date.now()}. The regional ministry said about 2,000 soldiers had arrived at the border on Monday, Yonhap reported.`;
const rows: [string, Awaited<ReturnType<typeof measure>>][] = [];
for (const path of ["/sources/new", `/sources/${values.source}/edit`]) {
  rows.push([`${path} HTML`, await measure(path)]);
  rows.push([`${path} RSC`, await measure(path, { headers: { RSC: "1" } })]);
}
rows.push([
  "POST /reports/new/prepare (review screen)",
  await measure("/reports/new/prepare", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ mode: "text", text: invented }),
  }),
]);
for (const [name, { bytes, ms }] of rows) console.log(`${name.padEnd(48)} ${kb(bytes).padStart(10)} ${ms.toFixed(0).padStart(6)} ms`);
