// Every call the emulator keeps state for, given hostile and careless input: it answers an
// envelope with a 2xx or 4xx status (never a 500, never a dropped connection), and nothing leaks
// onto Object.prototype. Values: wrong types for every field a call documents, prototype keys,
// nulls, deep and wide structures, long strings, control characters; then the same fields with
// valid-looking values of the wrong kind of thing (unknown ids).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { startEmulator, ROUTES } from "../../emulator/index.mjs";
import { CALLS } from "../api/table.mjs";

let emu, headers;
before(async () => {
  emu = await startEmulator();
  const { access_token, userPoolId } = emu.mintToken();
  headers = { authorization: `Bearer ${access_token}`, "x-authing-userpool-id": userPoolId, "content-type": "application/json" };
});
after(() => emu.close());

const deep = (n) => (n ? { a: deep(n - 1) } : "x");
const VALUES = [
  undefined, null, "", " ", "额！ ", "__proto__", "constructor", "a".repeat(10_000), "\u0000\r\n", -1, 0, 1.5, 1e308, true,
  [], [null], [1, 2], [""], ["__proto__"], [{}], {}, { __proto__: { polluted: 1 } }, { constructor: { prototype: { polluted: 1 } } },
  deep(60), Array.from({ length: 2000 }, (_, i) => `id${i}`),
];

const stateful = CALLS.filter((c) => ROUTES[c.path] && c.path !== "/api/v3/get-management-token");

async function send(call, params) {
  const path = call.path.replace(/\{(\w+)\}/g, (_, k) => encodeURIComponent(String(params[k] ?? "x")));
  let url = `${emu.url}${path}`;
  let body;
  if (call.method === "GET") {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v !== undefined) q.append(k, typeof v === "object" ? JSON.stringify(v) : String(v));
    url += `?${q}`;
  } else body = JSON.stringify(params);
  const res = await fetch(url, { method: call.method, headers, body });
  const text = await res.text();
  // A query string over Node's header limit is refused by node:http itself (431, no body).
  if (res.status === 431) return { status: 431, body: { statusCode: 431 } };
  return { status: res.status, body: JSON.parse(text) };
}

test(`the ${stateful.length} stateful calls never answer 500, whatever their fields hold`, async () => {
  assert.ok(stateful.length >= 70, `${stateful.length} stateful calls`);
  const bad = [];
  let sent = 0;
  for (const call of stateful) {
    const names = call.fields.map((f) => f.wire);
    for (const name of names) {
      emu.reset();
      for (const v of VALUES) {
        const r = await send(call, { [name]: v });
        sent++;
        if (r.status >= 500 || r.body.statusCode >= 500) bad.push(`${call.name} ${name}=${JSON.stringify(v)?.slice(0, 40)}: ${r.body.statusCode} ${r.body.message}`);
      }
    }
    // Whole bodies that are not objects, and every field at once holding the same odd value.
    for (const v of [null, "x", [1], {}]) {
      const r = await send(call, Object.fromEntries(names.map((n) => [n, v])));
      sent++;
      if (r.status >= 500 || r.body.statusCode >= 500) bad.push(`${call.name} all=${JSON.stringify(v)}: ${r.body.statusCode} ${r.body.message}`);
    }
  }
  assert.equal(Object.prototype.polluted, undefined);
  assert.deepEqual(bad.slice(0, 30), [], `${bad.length} of ${sent} requests answered 500`);
  assert.ok(sent > 1000, `${sent} requests sent`);
});
