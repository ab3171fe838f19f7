#!/usr/bin/env node
// The local GenAuth emulator as a command (`npx genauth-emulator` in a project that installed
// genauth-wasm; `node emulator/cli.mjs` in the repository). It listens on 127.0.0.1 only and prints
// one JSON line: {"url", "userPoolId", "accessKeyId", "appId"} (appId: the seed's first
// application's; the secrets are the ones given, or the documented test defaults, and are never
// printed). Runs until SIGINT/SIGTERM, or until stdin closes
// with --exit-on-stdin-close.

import { startEmulator } from "./index.mjs";

const USAGE = `usage: genauth-emulator [options]
  --port N                   port on 127.0.0.1 (default: a free one)
  --seed FILE.json           start from this data instead of the demo data ({} for an empty pool)
  --access-key-id ID         the key the signed requests must use (default test-access-key-id)
  --access-key-secret SECRET its secret (default test-access-key-secret-0123456789)
  --user-pool-id ID          the user pool's id (default 62e221f85f5ac5cc47037a39)
  --pass-code CODE           the pass code sign-in by SMS or email accepts (default 123456)
  --exit-on-stdin-close      stop when stdin closes (for a parent process)
  --verbose                  log every request to stderr
  --help                     this text`;

const FLAGS = { "--port": "port", "--seed": "seed", "--access-key-id": "accessKeyId", "--access-key-secret": "accessKeySecret", "--user-pool-id": "userPoolId", "--pass-code": "passCode" };
const SWITCHES = ["--exit-on-stdin-close", "--verbose", "--help"];

function usage(problem) {
  process.stderr.write(`${problem ? `genauth-emulator: ${problem}\n` : ""}${USAGE}\n`);
  process.exit(problem ? 2 : 0);
}

const opts = {};
const on = new Set();
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (SWITCHES.includes(a)) on.add(a);
  else if (FLAGS[a]) {
    if (i + 1 >= args.length) usage(`${a} needs a value`);
    opts[FLAGS[a]] = args[++i];
  } else usage(`unknown argument ${JSON.stringify(a)}`);
}
if (on.has("--help")) usage();
const port = opts.port === undefined ? 0 : Number(opts.port);
if (!/^\d+$/.test(opts.port ?? "0") || port > 65535) usage("--port must be a number from 0 to 65535");

let emulator;
try {
  emulator = await startEmulator({ ...opts, port, quiet: !on.has("--verbose") });
} catch (e) {
  process.stderr.write(`genauth-emulator: ${e.message}\n`);
  process.exit(1);
}
// The first application's id (the default seed's DEFAULT_APP) for an AuthenticationClient; never a secret.
const appId = Object.keys(emulator.state.applications ?? {})[0];
process.stdout.write(`${JSON.stringify({ url: emulator.url, userPoolId: emulator.state.userPoolId, accessKeyId: opts.accessKeyId ?? "test-access-key-id", appId })}\n`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await emulator.close();
  process.exit(0);
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
if (on.has("--exit-on-stdin-close")) {
  process.stdin.on("end", stop);
  process.stdin.on("close", stop);
  process.stdin.resume();
}
