// Real usage, compiled with tsc --strict against the installed package's types.
import { ManagementClient, removeDepartmentMembers, isGenAuthError, endpoints } from "genauth-wasm";
import type { Envelope, IsSuccess, GenAuthError, GenAuthErrorCode, ClientOptions, BulkReport, Models } from "genauth-wasm";

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
  // The organization module: typed params and data, iterators, bulk, the tree walk.
  const org = await client.createOrganization({ organizationName: "n", organizationCode: "c", i18n: { organizationName: { "zh-CN": { enabled: true, value: "N" }, "en-US": { enabled: true, value: "N" }, "zh-TW": { enabled: true, value: "N" }, "ja-JP": { enabled: true, value: "N" } } } });
  const rootId: string | undefined = org.data?.departmentId;
  const members = await client.listDepartmentMembers({ organizationCode: "c", departmentId: "d", sortBy: "userId", limit: 50 });
  const firstName: string | undefined = members.data?.list[0]?.name;
  const inDept: boolean | undefined = (await client.isUserInDepartment({ userId: "u", organizationCode: "c", departmentId: "d" })).data?.inDepartment;
  const ids: string[] | undefined = (await client.call("listDepartmentMemberIds", { organizationCode: "c", departmentId: "d" })).data;
  for await (const user of client.iterate.listDepartmentMembers({ organizationCode: "c", departmentId: "d" }, { pageSize: 20 })) {
    const userId: string = user.userId;
    void userId;
  }
  const report: BulkReport = await client.bulk.removeDepartmentMembers({ organizationCode: "c", departmentId: "d", userIds: ["u"] }, { batchSize: 10, onProgress: ({ done, total }) => void (done / total) });
  const failedIds: string[] = report.failed.flatMap((f) => f.userIds);
  for await (const node of client.walkDepartments({ organizationCode: "c" })) {
    const depth: number = node.depth;
    void depth;
  }
  const rows = endpoints().filter((e) => e.pageable).map((e) => e.name);
  // @ts-expect-error listChildrenDepartments takes no page: no iterator
  client.iterate.listChildrenDepartments;
  // @ts-expect-error sortBy is an enum
  await client.listDepartmentMembers({ organizationCode: "c", departmentId: "d", sortBy: "name" });
  // @ts-expect-error createOrganization needs organizationName
  await client.createOrganization({ organizationCode: "c" });
  // @ts-expect-error a call that does not exist
  await client.call("listEverything", {});
  void [rootId, firstName, inDept, ids, failedIds, rows];

  // The rest of the Management API: typed params and data from the official models.
  const user = await client.getUser({ userId: "u", userIdType: "email", withCustomData: true });
  const email: string | undefined = user.data?.email;
  const roles = await client.getUserRoles({ userId: "u" });
  const roleCodes: string[] | undefined = roles.data?.list.map((r) => r.code);
  await client.deleteById({ id: "ip-1" });
  await client.pub({ eventName: "e", data: "{}" });
  for await (const g of client.iterate.listGroups({ keywords: "dev" })) {
    const code: string = g.code;
    void code;
  }
  await client.listUsers({ options: { withCustomData: true, pagination: { page: 1, limit: 10 } } });
  const models: Models.UserDto | undefined = user.data;
  // @ts-expect-error userIdType is an enum
  await client.getUser({ userId: "u", userIdType: "nickname" });
  // @ts-expect-error getUser needs userId
  await client.getUser({});
  void [email, roleCodes, models];

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
