// jest 27's node environment, plus the host's fetch (and the classes that go with it). jest 27
// runs every test file in a vm context that lacks them; the official client does not need them
// (it sends with axios over node:http), this package sends with fetch. WebCrypto is not added:
// the package's Node build takes node:crypto's own where the context has none.
const NodeEnvironment = require("jest-environment-node");

class WithFetch extends NodeEnvironment {
  constructor(config, context) {
    super(config, context);
    for (const name of ["fetch", "Headers", "Request", "Response", "FormData", "Blob"]) {
      if (globalThis[name] !== undefined) this.global[name] = globalThis[name];
    }
  }
}

module.exports = WithFetch;
