// What the emulator's area tests share: an emulator started once per file and reset before each
// test, with a fresh management token, and a call helper that sends a request as a client does
// (a token, the user pool header, JSON) and resolves the envelope.
import { before, after, beforeEach } from "node:test";
import assert from "node:assert/strict";
import { startEmulator } from "../../emulator/index.mjs";

export const POOL = "62e221f85f5ac5cc47037a39";

/**
 * Registers the emulator's life for the file: `ctx.emu` (started before the tests, closed after,
 * reset before each) and `ctx.call(method, path, params, { lang, headers, arrays, status })`:
 * GET params go in the query string (arrays: "brackets" `k[]=a&k[]=b` as axios writes them,
 * "join" `k=a,b`, or "json"; objects as JSON), other methods' as the JSON body; `status` is the
 * HTTP status to assert (none by default); resolves the parsed envelope.
 */
export function useEmulator(options = {}) {
  const ctx = { emu: null, token: null };
  before(async () => {
    ctx.emu = await startEmulator(options);
  });
  after(() => ctx.emu.close());
  beforeEach(() => {
    ctx.emu.reset();
    ctx.token = ctx.emu.mintToken().access_token;
  });
  ctx.call = async (method, path, params = {}, { lang, headers = {}, arrays = "brackets", status } = {}) => {
    const h = { authorization: `Bearer ${ctx.token}`, "x-authing-userpool-id": POOL, "content-type": "application/json", ...headers };
    if (lang) h["x-authing-lang"] = lang;
    const url = new URL(`/api/v3/${path}`, ctx.emu.url);
    if (method === "GET") {
      for (const [k, v] of Object.entries(params)) {
        if (v === undefined) continue;
        if (Array.isArray(v) && arrays === "brackets") for (const x of v) url.searchParams.append(`${k}[]`, x);
        else if (Array.isArray(v) && arrays === "join") url.searchParams.append(k, String(v));
        else url.searchParams.append(k, typeof v === "string" ? v : typeof v === "object" || arrays === "json" ? JSON.stringify(v) : String(v));
      }
    }
    const res = await fetch(url, { method, headers: h, body: method === "GET" ? undefined : JSON.stringify(params) });
    if (status !== undefined) assert.equal(res.status, status);
    return res.json();
  };
  return ctx;
}
