export * from "./web/genauth_wasm.js";
