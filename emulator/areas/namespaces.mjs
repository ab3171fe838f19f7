// namespaces: not yet stateful (the generic answer of index.mjs serves its calls).
export function init() {}
export const routes = {};
