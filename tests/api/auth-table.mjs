// The AuthenticationClient's endpoint table for tests: src/auth-api.txt read by the emulator's
// parser (independently of the module), and values for its fields (tests/api/table.mjs's).
import fs from "node:fs";
import { parseTable } from "../../emulator/table.mjs";
export { valueFor, paramsFor } from "./table.mjs";

export const AUTH_CALLS = parseTable(fs.readFileSync(new URL("../../src/auth-api.txt", import.meta.url), "utf8"));
