// The browser entry exposes exactly the Node build's API (already instantiated).
export * from "./node/genauth_wasm.js";
