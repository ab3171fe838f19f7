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

test("src/facts.txt cannot drift from the official client: the generator stops on a name it does not have, and on a call left out of the review", async () => {
  const { mkdtempSync, writeFileSync, rmSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const path = await import("node:path");
  const facts = readFileSync(new URL("src/facts.txt", root), "utf8");
  const dir = mkdtempSync(path.join(tmpdir(), "facts-"));
  const run = (text) => {
    const file = path.join(dir, "facts.txt");
    writeFileSync(file, text);
    try {
      execFileSync(process.execPath, ["tools/gen-api.mjs", "--check", "--facts", file], { cwd: root, stdio: "pipe" });
      return { status: 0, stderr: "" };
    } catch (e) {
      return { status: e.status, stderr: String(e.stderr) };
    }
  };
  try {
    const cases = [
      [facts + "\nunsafe: a call the official client does not have\n  rotateEverything\n", "no call named rotateEverything"],
      [facts + "\nid: a field no call has\n  notAFieldAnywhere\n", "no call has a string field notAFieldAnywhere"],
      [facts + "\nid: a field the call does not have\n  createPipelineFunction.userId\n", "createPipelineFunction has no string field userId"],
      [facts + "\nunsafe: listed twice\n  refreshApplicationSecret\n", "refreshApplicationSecret is already listed"],
      [facts + "\nunsafe: a read\n  getUser\n", "getUser is a GET"],
      [facts.replace(/^(\s+.*)\bprocessApproval\b/m, "$1"), "calls not reviewed for retry safety (list each under unsafe: or safe:): processApproval"],
      [facts + "\nmax 64: a limit on text\n  createPipelineFunction.sourceCode\n", "createPipelineFunction.sourceCode has a limit but is not an id"],
      [facts + "\nunsafe:\n  pub\n", "a group without its reason"],
      [facts + "\nrotate: not a group\n  pub\n", "not a group"],
      [facts + "\nmax 2048: longer than the safety bound of every id\n  createRow.rowId\n", "a limit of 2048 characters"],
    ];
    for (const [text, message] of cases) {
      const out = run(text);
      assert.equal(out.status, 2, `${message}: exit ${out.status} ${out.stderr}`);
      assert.ok(out.stderr.includes(message), `"${message}" not in: ${out.stderr}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
