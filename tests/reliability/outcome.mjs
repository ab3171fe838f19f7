// How a promise settled, raced against a bound so that a hang fails a test instead of hanging
// it; shared by the edge and review suites and their child fixtures.
import assert from "node:assert/strict";
import { inspect } from "node:util";

/** Races `promise` against `limit` ms: `{ state: "fulfilled" | "rejected" | "hang", value, error, ms }`. */
export async function settle(promise, limit) {
  const t0 = performance.now();
  let timer;
  const hang = new Promise((resolve) => (timer = setTimeout(() => resolve({ state: "hang" }), limit)));
  const out = await Promise.race([
    Promise.resolve(promise).then(
      (value) => ({ state: "fulfilled", value }),
      (error) => ({ state: "rejected", error }),
    ),
    hang,
  ]);
  clearTimeout(timer);
  out.ms = Math.round(performance.now() - t0);
  return out;
}

/** One word for an outcome: `resolved 200`, `rejected TIMEOUT`, `hang`. */
export const outcomeOf = (out, isGenAuthError) =>
  out.state === "fulfilled"
    ? `resolved ${out.value?.statusCode}`
    : out.state === "rejected"
      ? `rejected ${isGenAuthError(out.error) ? out.error.code : `non-GenAuthError ${String(out.error)}`}`
      : out.state;

/** An outcome for a failure message. */
export const describeOut = (out, isGenAuthError) =>
  out.state === "fulfilled"
    ? `resolved to ${JSON.stringify(out.value)?.slice(0, 200)} after ${out.ms} ms`
    : out.state === "rejected"
      ? `rejected after ${out.ms} ms with ${isGenAuthError(out.error) ? `GenAuthError ${out.error.code}` : `a non-GenAuthError`}: ${String(out.error?.message ?? out.error).slice(0, 300)}`
      : `still pending after ${out.ms} ms`;

/** Asserts a rejection with a real `Error` that is a GenAuthError of `code` (one of them, when an array). */
export function assertRejected(out, code, what, isGenAuthError) {
  assert.equal(out.state, "rejected", `${what}: ${describeOut(out, isGenAuthError)}`);
  assert.ok(isGenAuthError(out.error), `${what}: not a GenAuthError: ${inspect(out.error)}`);
  assert.ok(out.error instanceof Error, `${what}: not an Error`);
  const codes = Array.isArray(code) ? code : [code];
  assert.ok(codes.includes(out.error.code), `${what}: code ${out.error.code}, expected ${codes.join(" or ")}: ${out.error.message}`);
  return out.error;
}

/** A JSON `Response`. */
export const json = (body, status = 200, headers = {}) =>
  new Response(typeof body === "string" ? body : JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });

/** A success envelope. */
export const ok = (data = { success: true }) => json({ statusCode: 200, message: "ok", data });
