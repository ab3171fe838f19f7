// Requests per second the local emulator answers, with thousands of users and memberships in it,
// at concurrency 1 and 64. The emulator runs in a process of its own (emulator/cli.mjs); the load
// comes from this one with the host's fetch and a management token (no signing cost on either
// side), so the figure is the emulator's. Each round is a mix of reads and writes:
//   get-user, list-users (keywords, one page), list-department-members (page 3 of a 2 000-member
//   department), is-user-in-department, create-user, add-department-members, update-user.
//
//   node bench/emulator.mjs            the benchmark (about 30 s), writes target/bench/emulator.json
//   node bench/emulator.mjs --smoke    a few hundred requests (make test runs it; no speed asserted)
//   node bench/emulator.mjs --users N  with N users instead of 10 000 (at least 2 000: the department)
import { spawn } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const SMOKE = process.argv.includes("--smoke");
const usersArg = process.argv.indexOf("--users");
const USERS = usersArg > 0 ? Number(process.argv[usersArg + 1]) : SMOKE ? 500 : 10_000;
const MEMBERS = SMOKE ? 200 : 2_000;
if (!Number.isInteger(USERS) || USERS < MEMBERS) throw new Error(`--users must be a whole number of at least ${MEMBERS}`);
const REQUESTS = SMOKE ? 140 : 2_100; // per concurrency per round, in the mix below
const ROUNDS = SMOKE ? 1 : 3;
const root = fileURLToPath(new URL("../", import.meta.url));

const child = spawn(process.execPath, [`${root}emulator/cli.mjs`, "--exit-on-stdin-close"], { stdio: ["pipe", "pipe", "inherit"] });
const url = await new Promise((resolve, reject) => {
  let buf = "";
  child.stdout.on("data", (d) => {
    buf += d;
    if (buf.includes("\n")) resolve(JSON.parse(buf.split("\n")[0]).url);
  });
  child.once("exit", (code) => reject(new Error(`emulator exited with ${code}`)));
  setTimeout(() => reject(new Error("emulator did not start in 10 s")), 10_000).unref();
});

const control = async (path, body) => {
  const res = await fetch(`${url}/__control/${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body ?? {}) });
  if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json();
};

try {
  const { access_token, userPoolId } = await control("token", { expiresIn: 3600 });
  const headers = { authorization: `Bearer ${access_token}`, "x-authing-userpool-id": userPoolId, "content-type": "application/json" };
  const t0 = performance.now();
  const { userIds } = await control("users", { count: USERS, prefix: "bench" });
  const seedMs = performance.now() - t0;
  const ORG = "steamory", DEPT = "60b49eb83fd80adb96f26e68";
  const call = async (method, path, params) => {
    const q = method === "GET" ? `?${new URLSearchParams(params)}` : "";
    const res = await fetch(`${url}/api/v3/${path}${q}`, { method, headers, body: method === "GET" ? undefined : JSON.stringify(params) });
    const body = await res.json();
    if (body.statusCode !== 200) throw new Error(`${path}: ${body.statusCode} ${body.message}`);
  };
  for (let i = 0; i < MEMBERS; i += 500)
    await call("POST", "add-department-members", { organizationCode: ORG, departmentId: DEPT, userIds: userIds.slice(i, Math.min(i + 500, MEMBERS)) });

  let n = 0;
  const pickUser = () => userIds[(n * 7919) % userIds.length];
  const MIX = [
    () => call("GET", "get-user", { userId: pickUser() }),
    () => call("POST", "list-users", { keywords: `bench${(n % 900) + 100}`, options: { pagination: { page: 1, limit: 10 } } }),
    () => call("GET", "list-department-members", { organizationCode: ORG, departmentId: DEPT, page: "3", limit: "50" }),
    () => call("GET", "is-user-in-department", { organizationCode: ORG, departmentId: DEPT, userId: pickUser() }),
    () => call("POST", "create-user", { username: `load${process.pid}x${n}`, email: `load${n}@example.com` }),
    () => call("POST", "add-department-members", { organizationCode: ORG, departmentId: DEPT, userIds: [pickUser()] }),
    () => call("POST", "update-user", { userId: pickUser(), nickname: `n${n}` }),
  ];

  async function run(concurrency) {
    let next = 0;
    const start = performance.now();
    await Promise.all(Array.from({ length: concurrency }, async () => {
      while (next < REQUESTS) {
        const i = next++;
        n++;
        await MIX[i % MIX.length]();
      }
    }));
    return REQUESTS / ((performance.now() - start) / 1000);
  }

  await run(8); // warm-up
  const result = { node: process.versions.node, users: USERS, members: MEMBERS, requests: REQUESTS, rounds: ROUNDS, seedMs: Math.round(seedMs) };
  for (const c of [1, 64]) {
    const rates = [];
    for (let r = 0; r < ROUNDS; r++) rates.push(await run(c));
    rates.sort((a, b) => a - b);
    result[`c${c}`] = { median: Math.round(rates[Math.floor(rates.length / 2)]), min: Math.round(rates[0]), max: Math.round(rates.at(-1)) };
  }
  const state = await (await fetch(`${url}/__control/state`)).json();
  result.finalUsers = Object.keys(state.users).length;
  mkdirSync(`${root}target/bench`, { recursive: true });
  writeFileSync(`${root}target/bench/emulator.json`, JSON.stringify(result, null, 2));
  console.log(`emulator (${result.finalUsers} users, a ${MEMBERS}-member department; ${USERS} users seeded in ${result.seedMs} ms; Node ${process.versions.node}):`);
  console.log("| concurrency | requests/s (median) | range over rounds |\n|---:|---:|---|");
  for (const c of [1, 64]) console.log(`| ${c} | ${result[`c${c}`].median} | ${result[`c${c}`].min}–${result[`c${c}`].max} |`);
} finally {
  child.stdin.end();
}
