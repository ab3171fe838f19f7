// `make demo` prints what the README promises, and never a secret.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

test("the demo removes two members and prints the documented response", () => {
  const demo = fileURLToPath(new URL("../../examples/demo.mjs", import.meta.url));
  const out = execFileSync(process.execPath, [demo], { encoding: "utf8", timeout: 30_000 });
  assert.match(out, /members before \(4\):/);
  assert.match(out, /"statusCode": 200/);
  assert.match(out, /"success": true/);
  assert.match(out, /"requestId": "[0-9a-f-]{36}"/);
  assert.match(out, /members after \(2\):/);
  assert.match(out, /INVALID_ARGUMENT: removeDepartmentMembers: unknown field "userId"; did you mean "userIds"\?/);
  assert.ok(!out.includes("test-access-key-secret"), "the demo printed the secret");
});
