// CPU per call: JS object -> JSON body (hand-written vs serde-wasm-bindgen + serde_json, with
// JSON.stringify as the reference), and reading the client options (hand-written vs serde
// derive). Builds alternate within each round; figures are medians of 9 rounds (range).
import { load } from "./load.mjs";

const ROUNDS = 9;
const id = (i) => (0x62b4a8c2d6b5 * 1e6 + i).toString(16).padStart(24, "0").slice(0, 24);
const members = (n) => ({
  userIds: Array.from({ length: n }, (_, i) => id(i)),
  organizationCode: "steamory",
  departmentId: "60b49eb83fd80adb96f26e68",
  departmentIdType: "department_id",
});
const nested = {
  username: "bob", email: "bob@example.com", phone: "13800000000", phoneCountryCode: "+86", name: "Bob", nickname: "bobby",
  gender: "M", emailVerified: true, birthdate: "1990-01-01", country: "CN", city: "Beijing", company: "Steamory",
  customData: { school: "Peking University", age: 36, tags: ["a", "b", "c"], score: 98.5, address: { line1: "1 Road", zip: "100000" } },
  identities: Array.from({ length: 3 }, (_, i) => ({ extIdpId: id(i), provider: "wechat", type: "openid", userIdInIdp: `o${i}xyz`, originConnIds: [id(i + 7)] })),
  options: { resetPasswordOnFirstLogin: true, sendNotification: { sendEmailNotification: true, sendPhoneNotification: false, appId: id(99) } },
  departmentIds: [id(1), id(2)], tenantIds: [],
};
const options = {
  accessKeyId: "62b4a8c2d6b5f1a7e0c3d9f4", accessKeySecret: "a8d4c6e2f0b1a3c5e7d9f1b3a5c7e9d1", host: "https://api.genauth.ai",
  lang: "zh-CN", timeout: 10000, maxRetries: 2, throwOnApiError: true, fetch: () => {}, onRequest: () => {},
};

const hand = load("hand-body"), handNoPaths = load("hand-body-no-paths"), serde = load("serde-body"), ordered = load("serde-body-ordered");
const ho = load("hand-options"), so = load("serde-options");
const jobs = [
  ["removeDepartmentMembers, 10 userIds", members(10), 20000],
  ["removeDepartmentMembers, 1000 userIds", members(1000), 300],
  ["createUser body, nested (customData, 3 identities, options)", nested, 10000],
];
const contenders = [
  ["JSON.stringify (reference)", (v) => JSON.stringify(v)],
  ["hand-written", (v) => hand.encode(v)],
  ["serde_json (preserve_order)", (v) => ordered.encode(v)],
  ["serde_json (BTreeMap)", (v) => serde.encode(v)],
  ["hand-written, no error paths (experiment)", (v) => handNoPaths.encode(v)],
];

function time(f, v, n) {
  const c0 = process.cpuUsage(), t0 = performance.now();
  for (let i = 0; i < n; i++) f(v);
  const c = process.cpuUsage(c0), t = performance.now() - t0;
  return { cpu: (c.user + c.system) / n, wall: (t * 1000) / n };
}
const med = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const fmt = (xs) => `${med(xs).toFixed(1)} (${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)})`;

function bench(title, rows, n, v) {
  for (const [, f] of rows) time(f, v, n); // warm-up
  const cpu = rows.map(() => []), wall = rows.map(() => []);
  for (let r = 0; r < ROUNDS; r++) {
    rows.forEach(([, f], i) => {
      const t = time(f, v, n);
      cpu[i].push(t.cpu);
      wall[i].push(t.wall);
    });
  }
  const base = med(cpu[rows.findIndex(([name]) => name === "hand-written")]);
  console.log(`\n**${title}** (${n} calls per round)\n`);
  console.log("| approach | CPU µs/call | wall µs/call | CPU ÷ hand-written |");
  console.log("|---|---|---|---|");
  rows.forEach(([name], i) => console.log(`| ${name} | ${fmt(cpu[i])} | ${fmt(wall[i])} | ${(med(cpu[i]) / base).toFixed(2)}× |`));
}

console.log(`Node ${process.version}; medians of ${ROUNDS} rounds, (min–max).`);
for (const [title, v, n] of jobs) {
  const want = JSON.stringify(v);
  for (const [name, f] of contenders.slice(1, 3)) if (f(v) !== want) console.log(`(${name} differs from JSON.stringify on ${title})`);
  bench(title, contenders, n, v);
}
if (ho.options(options) !== so.options(options)) throw new Error(`options differ: ${ho.options(options)} / ${so.options(options)}`);
bench("client options (9 fields, 2 functions)", [["hand-written", (v) => ho.options(v)], ["serde derive", (v) => so.options(v)]], 20000, options);
