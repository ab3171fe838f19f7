// Browser entry: instantiates the module once, then exposes the same API as the Node build.
import init, { ManagementClient, removeDepartmentMembers, isGenAuthError } from "./web/genauth_wasm.js";

await init({ module_or_path: new URL("./web/genauth_wasm_bg.wasm", import.meta.url) });

export { ManagementClient, removeDepartmentMembers, isGenAuthError };
