// The endpoint table is what tools/gen-api.mjs writes from the official client's TypeScript, and
// every public method of the official ManagementClient is either a row or listed as out of scope.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { CALLS } from "../api/table.mjs";

const root = new URL("../../", import.meta.url);
const require = createRequire(import.meta.url);

test("src/api.txt, src/models.json and pkg/models.d.ts are what the generator writes", () => {
  // Exits 1 naming the file that differs.
  execFileSync(process.execPath, ["tools/gen-api.mjs", "--check"], { cwd: root, stdio: "pipe" });
});

test("every public method of the official client is a call of the table or listed as out of scope", () => {
  const { ManagementClient } = require("authing-node-sdk");
  const official = Object.getOwnPropertyNames(ManagementClient.prototype).filter(
    (n) => n !== "constructor" && typeof ManagementClient.prototype[n] === "function" && !["reconnect", "initWebSocket"].includes(n),
  );
  const names = new Set(CALLS.map((c) => c.name));
  const missing = official.filter((n) => !names.has(n));
  assert.deepEqual(missing.sort(), ["makeRequest", "sub", "upload"]);
  assert.equal(names.size, 496);
  assert.equal(official.length, 499);
  // The README says why each is left out.
  const readme = readFileSync(new URL("README.md", root), "utf8");
  for (const name of missing) assert.match(readme, new RegExp("`" + name + "`"), `README does not list ${name}`);
});
