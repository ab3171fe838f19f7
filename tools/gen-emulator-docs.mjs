// Writes the tables of docs/emulator.md that list, per area module of the emulator, the calls it
// keeps state for (between `<!-- emulator-calls -->` markers), from the modules' own routes, and
// the authentication calls it answers (between `<!-- emulator-auth-calls -->` markers).
//   node tools/gen-emulator-docs.mjs           rewrites the tables
//   node tools/gen-emulator-docs.mjs --check   fails when a table is not what it would write
import { readFileSync, writeFileSync } from "node:fs";
import { readdirSync } from "node:fs";
import { CALLS } from "../emulator/table.mjs";

const root = new URL("../", import.meta.url);
const docsFile = new URL("docs/emulator.md", root);
const byPath = new Map(CALLS.map((c) => [c.path, c.name]));

export async function callsTable() {
  const rows = [];
  let total = 0;
  const files = readdirSync(new URL("emulator/areas/", root)).filter((f) => f.endsWith(".mjs")).sort();
  for (const f of files) {
    const mod = await import(new URL(`emulator/areas/${f}`, root));
    const names = Object.keys(mod.routes ?? {}).map((p) => byPath.get(p) ?? p).sort();
    if (!names.length) continue;
    total += names.length;
    rows.push(`| \`${f}\` | ${names.length} | ${names.map((n) => `\`${n}\``).join(", ")} |`);
  }
  return [
    `${total} of the ${CALLS.length} calls keep state (\`get-management-token\` besides, in the core):`,
    "",
    "| module | calls | the calls (the official client's names) |",
    "|---|---:|---|",
    ...rows,
  ].join("\n");
}

// The authentication calls (areas/auth.mjs), by the official AuthenticationClient's names.
export async function authCallsTable() {
  const { AUTH_ROUTES } = await import(new URL("emulator/areas/auth.mjs", root));
  const rows = Object.entries(AUTH_ROUTES)
    .map(([path, r]) => `| \`${r.name}\` | ${r.method} | \`${path}\` |`)
    .sort();
  return [
    `${rows.length} calls of the official \`AuthenticationClient\` (\`emulator/areas/auth.mjs\`):`,
    "",
    "| call | method | path |",
    "|---|---|---|",
    ...rows,
  ].join("\n");
}

const docs = readFileSync(docsFile, "utf8");
const re = /(<!-- emulator-calls -->\n)[\s\S]*?(<!-- \/emulator-calls -->)/;
if (!re.test(docs)) throw new Error("docs/emulator.md has no <!-- emulator-calls --> block");
const reAuth = /(<!-- emulator-auth-calls -->\n)[\s\S]*?(<!-- \/emulator-auth-calls -->)/;
if (!reAuth.test(docs)) throw new Error("docs/emulator.md has no <!-- emulator-auth-calls --> block");
const next = docs.replace(re, `$1${await callsTable()}\n$2`).replace(reAuth, `$1${await authCallsTable()}\n$2`);
if (process.argv.includes("--check")) {
  if (next !== docs) {
    console.error("docs/emulator.md: a calls table is stale: run node tools/gen-emulator-docs.mjs");
    process.exit(1);
  }
} else writeFileSync(docsFile, next);
