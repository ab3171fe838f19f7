// Byte-exactness against JSON.stringify: each case through the hand-written encoder and through
// serde-wasm-bindgen + serde_json (default BTreeMap and `preserve_order`).
import { load } from "./load.mjs";

const builds = { hand: load("hand-body"), serde: load("serde-body"), "serde (preserve_order)": load("serde-body-ordered") };

class Point { constructor() { this.x = 1; } }
const cases = [
  ["lone surrogate in a value", () => ({ v: "a\ud800b" })],
  ["lone surrogate in a nested key", () => ({ v: { ["k\udc00"]: 1 } })],
  ["lone surrogate in a top-level key", () => ({ ["k\udc00"]: 1 })],
  ["-0", () => ({ v: -0 })],
  ["1e21", () => ({ v: 1e21 })],
  ["1e20 (whole, < 1e21)", () => ({ v: 1e20 })],
  ["1e-7", () => ({ v: 1e-7 })],
  ["1e-6", () => ({ v: 1e-6 })],
  ["5e-324", () => ({ v: 5e-324 })],
  ["1.5e300", () => ({ v: 1.5e300 })],
  ["0.1 + 0.2", () => ({ v: 0.1 + 0.2 })],
  ["2**53 - 1", () => ({ v: 2 ** 53 - 1 })],
  ["2**53 + 1 (reads as 2**53)", () => ({ v: 2 ** 53 + 1 })],
  ["2**60", () => ({ v: 2 ** 60 })],
  ["-(2**63)", () => ({ v: -(2 ** 63) })],
  ["123456789012345680000", () => ({ v: 123456789012345680000 })],
  ["NaN", () => ({ v: NaN })],
  ["Infinity", () => ({ v: Infinity })],
  ["undefined field", () => ({ a: 1, b: undefined })],
  ["undefined in an array", () => ({ v: [1, undefined, 2] })],
  ["hole in an array", () => ({ v: [1, , 3] })], // eslint-disable-line no-sparse-arrays
  ["nested nulls", () => ({ a: null, b: [null, { c: null }] })],
  ["key order, integer-like keys", () => ({ b: 1, a: 2, 10: 3, 9: 4, 1: 5 })],
  ["escapes and non-ASCII", () => ({ v: "\"\\\n\r\t\b\f\u0001\u001f\u007f\u2028</script>é中😀" })],
  ["symbol-keyed field", () => ({ a: 1, [Symbol("s")]: 2 })],
  ["object with toJSON()", () => ({ v: { toJSON() { return "x"; } } })],
  ["Date", () => ({ v: new Date(0) })],
  ["Map", () => ({ v: new Map([["a", 1]]) })],
  ["Set", () => ({ v: new Set([1]) })],
  ["class instance", () => ({ v: new Point() })],
  ["Object.create(null)", () => ({ v: Object.assign(Object.create(null), { a: 1 }) })],
  ["boxed String", () => ({ v: new String("x") })], // eslint-disable-line no-new-wrappers
  ["Uint8Array", () => ({ v: new Uint8Array([1, 2]) })],
  ["function field", () => ({ a: 1, f() {} })],
  ["BigInt", () => ({ v: 1n })],
  ["symbol value", () => ({ v: Symbol("s") })],
];

function run(f, input) {
  try {
    return { ok: true, out: f(input) };
  } catch (e) {
    return { ok: false, out: String(e?.message ?? e).slice(0, 90) };
  }
}
const show = (s) => JSON.stringify(s).slice(1, -1).replace(/\|/g, "\\|");

const counts = Object.fromEntries(Object.keys(builds).map((k) => [k, { same: 0, refused: 0, differs: [] }]));
console.log(`| input | JSON.stringify | ${Object.keys(builds).join(" | ")} |`);
console.log(`|---|---|${Object.keys(builds).map(() => "---").join("|")}|`);
for (const [name, make] of cases) {
  const want = run(JSON.stringify, make());
  const cells = [];
  for (const [k, b] of Object.entries(builds)) {
    const got = run(b.encode, make());
    if (got.ok && want.ok && got.out === want.out) {
      counts[k].same++;
      cells.push("same");
    } else if (!got.ok) {
      counts[k].refused++;
      cells.push(`error: ${show(got.out)}`);
    } else {
      counts[k].differs.push(name);
      cells.push(`**\`${show(got.out)}\`**`);
    }
  }
  console.log(`| ${name} | ${want.ok ? `\`${show(want.out)}\`` : `throws: ${show(want.out)}`} | ${cells.join(" | ")} |`);
}

// Random doubles: every bit pattern (finite), and decimals of every magnitude.
const buf = new DataView(new ArrayBuffer(8));
let seed = 42;
const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
const numbers = [];
while (numbers.length < 10_000) {
  buf.setUint32(0, (rnd() * 2 ** 32) >>> 0);
  buf.setUint32(4, (rnd() * 2 ** 32) >>> 0);
  const n = buf.getFloat64(0);
  if (Number.isFinite(n)) numbers.push(n);
}
for (let i = 0; i < 10_000; i++) numbers.push(Number((rnd() * 10 ** Math.floor(rnd() * 30 - 10)).toPrecision(1 + Math.floor(rnd() * 17))));
for (let i = 0; i < 10_000; i++) numbers.push(Math.floor(rnd() * 2 ** 64) * (rnd() < 0.5 ? -1 : 1));
console.log(`\nRandom numbers, each as {"v": n} (${numbers.length}: 10 000 random bit patterns, 10 000 decimals 1e-10..1e20, 10 000 integers up to 2^64):\n`);
const kinds = ["random bit patterns", "decimals", "integers up to 2^64"];
for (const [k, b] of Object.entries(builds)) {
  const differ = [0, 0, 0];
  let example;
  numbers.forEach((n, i) => {
    const got = run(b.encode, { v: n });
    if (!got.ok || got.out !== JSON.stringify({ v: n })) {
      differ[Math.floor(i / 10_000)]++;
      example ??= `${JSON.stringify({ v: n })} -> ${got.out}`;
    }
  });
  const total = differ.reduce((a, b) => a + b, 0);
  counts[k].random = total;
  console.log(`- ${k}: ${total} of ${numbers.length} differ (${differ.map((d, i) => `${kinds[i]}: ${d}`).join(", ")})${example ? `, e.g. \`${example}\`` : ""}`);
}
console.log(`\nSummary over the ${cases.length} inputs above:\n`);
for (const [k, c] of Object.entries(counts)) {
  console.log(`- ${k}: ${c.same} same bytes, ${c.refused} refused with an error, ${c.differs.length} different bytes${c.differs.length ? ` (${c.differs.join("; ")})` : ""}`);
}
