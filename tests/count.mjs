// Reads a test log and fails unless it reports at least one passed test and no failure, so a
// runner that "skips" everything and exits 0 cannot pass a layer.
import { readFileSync } from "node:fs";

const file = process.argv[2];
const log = readFileSync(file, "utf8");
let passed = 0;
let failed = 0;
for (const m of log.matchAll(/test result: \w+\. (\d+) passed; (\d+) failed/g)) {
  passed += Number(m[1]);
  failed += Number(m[2]);
}
for (const m of log.matchAll(/^[ℹ#] pass (\d+)$/gm)) passed += Number(m[1]);
for (const m of log.matchAll(/^[ℹ#] fail (\d+)$/gm)) failed += Number(m[1]);
console.log(`${file}: ${passed} passed, ${failed} failed`);
if (passed === 0 || failed > 0) {
  console.error(`${file}: a layer must run at least one test and fail none`);
  process.exit(1);
}
