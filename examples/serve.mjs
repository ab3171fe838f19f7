// The admin page (www/) and the sign-in example (www/login/) against the local GenAuth emulator:
// starts both on loopback, mints a management token for the admin page (the page never sees an
// access key secret) and prints the addresses to open. The sign-in page uses the emulator's
// default application (no secret: PKCE); sign in as zhangsan with the demo password.
// Stops on Ctrl-C.   node examples/serve.mjs [--port N]
import { startEmulator, DEFAULT_APP } from "../emulator/index.mjs";
import { DEMO_PASSWORD } from "../emulator/seed.mjs";
import { startStaticServer } from "../tests/browser/server.mjs";

const i = process.argv.indexOf("--port");
const port = i > 0 ? Number(process.argv[i + 1]) : 8080;
const emu = await startEmulator();
const site = await startStaticServer({ port });
const token = emu.mintToken(24 * 3600);
const query = new URLSearchParams({ host: emu.url, token: token.access_token });
console.log(`GenAuth emulator: ${emu.url}`);
console.log(`Admin page:       ${site.url}/www/index.html?${query}`);
const login = new URLSearchParams({ appHost: emu.url, appId: DEFAULT_APP.appId });
console.log(`Sign-in example:  ${site.url}/www/login/index.html?${login} (zhangsan / ${DEMO_PASSWORD})`);
console.log("Ctrl-C stops both.");
const stop = async () => {
  await site.close();
  await emu.close();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
