#!/usr/bin/env node
// Starts the local GenAuth emulator with the demo data and prints {"url": "..."} as one JSON line.
//   node emulator/cli.mjs [--port N] [--exit-on-stdin-close] [--verbose]
// Runs until SIGINT/SIGTERM, or until stdin closes when --exit-on-stdin-close is given.

import { startEmulator } from "./index.mjs";

const args = process.argv.slice(2);
const portIndex = args.indexOf("--port");
const port = portIndex >= 0 ? Number(args[portIndex + 1]) : 0;
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write("usage: cli.mjs [--port N] [--exit-on-stdin-close] [--verbose]\n");
  process.exit(2);
}

const emulator = await startEmulator({ port, quiet: !args.includes("--verbose") });
process.stdout.write(`${JSON.stringify({ url: emulator.url })}\n`);

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await emulator.close();
  process.exit(0);
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
if (args.includes("--exit-on-stdin-close")) {
  process.stdin.on("end", stop);
  process.stdin.on("close", stop);
  process.stdin.resume();
}
