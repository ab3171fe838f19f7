// Real usage, compiled with tsc --strict against the installed package's types.
import { ManagementClient, removeDepartmentMembers, isGenAuthError } from "genauth-wasm";
import type { Envelope, IsSuccess, GenAuthError, GenAuthErrorCode, ClientOptions } from "genauth-wasm";

export async function main(keyId: string, secret: string, token: string): Promise<number> {
  const client = new ManagementClient({ accessKeyId: keyId, accessKeySecret: secret, brand: "authing", auth: "token", timeout: 5000 });
  const page = new ManagementClient({ accessToken: token, userPoolId: "pool", lang: "en-US" });
  const res: Envelope<IsSuccess> = await client.removeDepartmentMembers(
    { organizationCode: "steamory", departmentId: "d", userIds: ["u"], departmentIdType: "code" },
    { signal: new AbortController().signal, throwOnApiError: true },
  );
  const ok: boolean = res.statusCode === 200 && res.data?.success === true;
  const requestId: string | undefined = res.requestId;
  await page.removeDepartmentMembers({ organizationCode: "o", departmentId: "d", userIds: [] });
  await removeDepartmentMembers({ accessToken: token }, { organizationCode: "o", departmentId: "d", userIds: ["u"] });
  try {
    await client.removeDepartmentMembers({ organizationCode: "o", departmentId: "d", userIds: ["u"] });
  } catch (e: unknown) {
    if (isGenAuthError(e)) {
      const err: GenAuthError = e;
      const code: GenAuthErrorCode = err.code;
      const status: number | undefined = err.statusCode;
      return code.length + (status ?? 0);
    }
  }
  const summary = client.toJSON();
  const auth: "signature" | "token" | "accessToken" = summary.auth;

  // Mistakes the types catch:
  // @ts-expect-error a misspelt field
  await client.removeDepartmentMembers({ organizationCode: "o", departmentId: "d", userId: ["u"] });
  // @ts-expect-error userIds must be an array
  await client.removeDepartmentMembers({ organizationCode: "o", departmentId: "d", userIds: "u" });
  // @ts-expect-error not a departmentIdType
  await client.removeDepartmentMembers({ organizationCode: "o", departmentId: "d", userIds: ["u"], departmentIdType: "id" });
  // @ts-expect-error both kinds of credentials
  const both: ClientOptions = { accessKeyId: keyId, accessKeySecret: secret, accessToken: token };
  // @ts-expect-error not a brand
  new ManagementClient({ accessToken: token, brand: "okta" });
  return Number(ok) + (requestId?.length ?? 0) + auth.length + (both ? 1 : 0);
}
