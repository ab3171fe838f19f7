// The main job: start the local GenAuth emulator, show a department's members, remove two of
// them with genauth-wasm (signed requests, as a Node backend would), show the documented
// response and the members after.
import { startEmulator } from "../emulator/index.mjs";
import { ManagementClient, isGenAuthError } from "../pkg/node/index.js";

const ORG = "steamory";
const DEPT = "60b49eb83fd80adb96f26e68";

const emu = await startEmulator();
try {
  const show = (title) => {
    const ids = emu.members(ORG, DEPT);
    console.log(`\n${title} (${ids.length}):`);
    for (const id of ids) console.log(`  ${id}  ${emu.state.users[id]?.name ?? ""}`);
    return ids;
  };

  console.log(`GenAuth emulator on ${emu.url}`);
  const dept = emu.state.departments[DEPT];
  console.log(`organization ${ORG}, department ${dept.name} (${DEPT})`);
  const before = show("members before");

  // The emulator's test access key; a real backend reads its own from the environment.
  const client = new ManagementClient({
    accessKeyId: process.env.GENAUTH_ACCESS_KEY_ID ?? "test-access-key-id",
    accessKeySecret: process.env.GENAUTH_ACCESS_KEY_SECRET ?? "test-access-key-secret-0123456789",
    host: emu.url,
  });
  console.log(`\nclient: ${JSON.stringify(client)}`);

  const userIds = before.slice(0, 2);
  console.log(`\nremoveDepartmentMembers ${JSON.stringify({ organizationCode: ORG, departmentId: DEPT, userIds })}`);
  const res = await client.removeDepartmentMembers({ organizationCode: ORG, departmentId: DEPT, userIds });
  console.log("response:", JSON.stringify(res, null, 2));

  show("members after");

  // What a mistake looks like: rejected before anything is sent.
  try {
    await client.removeDepartmentMembers({ organizationCode: ORG, departmentId: DEPT, userId: userIds[0] });
  } catch (e) {
    if (!isGenAuthError(e)) throw e;
    console.log(`\na typo is caught before sending: ${e.code}: ${e.message}`);
  }
} finally {
  await emu.close();
}
console.log("\nThe admin page in a browser, against the emulator: make serve (node examples/serve.mjs)");
