// The endpoint table for tests: the emulator's reading of it (emulator/table.mjs), and values
// for its fields.
export * from "../../emulator/table.mjs";

/** A realistic value for a field of the table. */
export function valueFor(f, call) {
  const c = f.code;
  if (f.values) return f.values.filter(Boolean).at(-1);
  if (c === "b") return f.default === undefined ? true : !f.default;
  if (c === "n") return 3;
  if (c.startsWith("i")) return f.name === "limit" ? 20 : 2;
  if (/^k\d*$/.test(c)) return /Code$/.test(f.name) ? `${f.name.replace(/Code$/, "")}-code-1` : "6390a5c1f3b2d4e5a6b7c8d9";
  if (c === "s") return `${f.name} value`;
  if (c === "l") return [`${f.name}-1`, `${f.name}-2`];
  if (c === "L") return ["6390a5c1f3b2d4e5a6b7c801", "6390a5c1f3b2d4e5a6b7c802"];
  if (c === "o") return { key: "value", n: 1 };
  if (c === "O") return [{ key: "value" }];
  if (c === "a") return [`${f.name}-1`];
  if (c === "j") return { key: "value" };
  throw new Error(`${call?.name}.${f.name}: no value for type ${c}`);
}

/** Parameters for a call: its required fields, and with `all` every optional field too. */
export function paramsFor(call, { all = false } = {}) {
  const p = {};
  for (const f of call.fields) if (!f.constant && (f.required || all)) p[f.name] = valueFor(f, call);
  return p;
}
