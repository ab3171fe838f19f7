// Default data set of the local GenAuth emulator: three organizations, a few departments and
// users, one tenant. defaultSeed() returns a fresh copy each time, so callers may change it freely.
//
// USERPOOL is the user pool's own organization, "root 用户池": the official suite's tenant has it (every
// department test finds it with searchOrganizations({keywords: "root 用户池"}) and works under its root),
// and so does its user 5a597f35085a2000144a10ed (addDepartmentMembers and isUserInDepartment name it).
// That user is the newest of the seed: deleteUsersBatch's test deletes the last user of listUsers'
// first page (newest first), which must not be it whatever order jest runs the files in.

export const STEAMORY = {
  organizationCode: "steamory",
  rootDepartmentId: "60b49eb83fd80adb96f26e60",
  devDepartmentId: "60b49eb83fd80adb96f26e68",
  frontendDepartmentId: "60b49eb83fd80adb96f26e6a",
  marketingDepartmentId: "60b49eb83fd80adb96f26e6c",
};

export const CLOUDHARBOR = {
  organizationCode: "cloudharbor",
  rootDepartmentId: "61c2a3f4e5d6c7b8a9f0e1d0",
  productDepartmentId: "61c2a3f4e5d6c7b8a9f0e1d2",
};

export const USERPOOL = {
  organizationCode: "userpool",
  rootDepartmentId: "62e221f95f5ac5cc47037a41",
  memberUserId: "5a597f35085a2000144a10ed",
};

// A tenant of the pool with two members (one its admin): the official suite's tenant tests read
// its id from AUTHING_SDK_TEST_TENANT_ID.
export const TENANT = {
  tenantId: "6390b4a1c2d3e4f5a6b7c8d0",
  name: "蒸汽记忆华东",
};

// The demo application (oidc.mjs): the one a test or a page signs in to. Any loopback redirect
// URI (http(s)://127.0.0.1, localhost or [::1], any port and path) is accepted for it, as test
// servers listen on random ports; its token, introspection and revocation endpoints accept every
// client authentication method (client_secret_post, client_secret_basic, none with PKCE).
export const DEFAULT_APP = Object.freeze({
  appId: "62e22a5c5f5ac5cc47037a40",
  appSecret: "emulator-app-secret-0123456789abcdef",
  appName: "示例应用",
  redirectUris: ["http://127.0.0.1/callback", "http://localhost/callback"],
  logoutRedirectUris: ["http://127.0.0.1/", "http://localhost/"],
  tokenEndPointAuthMethod: ["client_secret_post", "client_secret_basic", "none"],
  allowLoopbackRedirects: true,
});

// The password of the demo users zhangsan and alice (the others have none, and cannot sign in).
export const DEMO_PASSWORD = "Passw0rd!";

const user = (userId, name, username, email, phone, extra = {}) => ({
  userId,
  name,
  username,
  nickname: name,
  email,
  phone,
  phoneCountryCode: "+86",
  gender: "U",
  status: "Activated",
  workStatus: "Active",
  emailVerified: true,
  phoneVerified: false,
  photo: "https://files.authing.co/authing-console/default-user-avatar.png",
  userSourceType: "adminCreated",
  createdAt: "2022-03-24T07:43:14.337Z",
  updatedAt: "2022-08-02T03:21:09.114Z",
  ...extra,
});

export function defaultSeed() {
  return {
    applications: [{ ...DEFAULT_APP, redirectUris: [...DEFAULT_APP.redirectUris], logoutRedirectUris: [...DEFAULT_APP.logoutRedirectUris], tokenEndPointAuthMethod: [...DEFAULT_APP.tokenEndPointAuthMethod] }],
    organizations: [
      {
        organizationCode: STEAMORY.organizationCode,
        organizationName: "蒸汽记忆",
        departmentId: STEAMORY.rootDepartmentId,
        openDepartmentId: "steamory-root",
        description: "蒸汽记忆科技有限公司",
        createdAt: "2021-05-31T08:15:20.000Z",
        updatedAt: "2022-07-28T09:00:00.000Z",
        leaderUserIds: ["623c20b2a062aaaaf41b17da"],
        status: "Activated",
      },
      {
        organizationCode: CLOUDHARBOR.organizationCode,
        organizationName: "云港科技",
        departmentId: CLOUDHARBOR.rootDepartmentId,
        openDepartmentId: "cloudharbor-root",
        description: "Cloud Harbor Technology",
        createdAt: "2021-12-22T02:04:11.000Z",
        updatedAt: "2022-06-01T10:30:00.000Z",
        status: "Activated",
      },
      {
        organizationCode: USERPOOL.organizationCode,
        organizationName: "root 用户池",
        departmentId: USERPOOL.rootDepartmentId,
        description: "",
        createdAt: "2022-07-28T05:44:57.000Z",
        updatedAt: "2022-07-28T05:44:57.000Z",
        status: "Activated",
      },
    ],
    departments: [
      {
        departmentId: STEAMORY.devDepartmentId,
        organizationCode: STEAMORY.organizationCode,
        parentDepartmentId: STEAMORY.rootDepartmentId,
        name: "开发部",
        code: "dev",
        openDepartmentId: "od-steamory-dev",
        description: "负责产品研发",
        leaderUserIds: ["623c20b2a062aaaaf41b17db"],
        customData: { costCenter: "CC-1001", floor: 7 },
        i18n: { name: { "en-US": { enabled: true, value: "Development" } } },
        createdAt: "2021-05-31T08:16:02.000Z",
        updatedAt: "2022-04-11T06:12:45.000Z",
      },
      {
        departmentId: STEAMORY.frontendDepartmentId,
        organizationCode: STEAMORY.organizationCode,
        parentDepartmentId: STEAMORY.devDepartmentId,
        name: "前端组",
        code: "dev-frontend",
        openDepartmentId: "od-steamory-dev-frontend",
        description: "Web 与小程序前端",
        createdAt: "2021-06-02T01:00:00.000Z",
        updatedAt: "2022-04-11T06:13:10.000Z",
      },
      {
        departmentId: STEAMORY.marketingDepartmentId,
        organizationCode: STEAMORY.organizationCode,
        parentDepartmentId: STEAMORY.rootDepartmentId,
        name: "市场部",
        code: "marketing",
        openDepartmentId: "od-steamory-marketing",
        description: "品牌与市场推广",
        createdAt: "2021-06-05T03:30:00.000Z",
        updatedAt: "2022-02-17T11:20:00.000Z",
      },
      {
        departmentId: CLOUDHARBOR.productDepartmentId,
        organizationCode: CLOUDHARBOR.organizationCode,
        parentDepartmentId: CLOUDHARBOR.rootDepartmentId,
        name: "产品部",
        code: "product",
        openDepartmentId: "od-cloudharbor-product",
        description: "Product management",
        createdAt: "2021-12-22T02:10:00.000Z",
        updatedAt: "2022-05-09T08:45:00.000Z",
      },
    ],
    users: [
      user("623c20b2a062aaaaf41b17da", "张三", "zhangsan", "zhangsan@steamory.cn", "13800138001", { gender: "M", password: DEMO_PASSWORD }),
      user("623c20b2a062aaaaf41b17db", "李四", "lisi", "lisi@steamory.cn", "13800138002", { gender: "M" }),
      user("623c2211c7e1f09a3b5d8e21", "王芳", "wangfang", "wangfang@steamory.cn", "13800138003", { gender: "F" }),
      user("623c2211c7e1f09a3b5d8e22", "赵敏", "zhaomin", "zhaomin@steamory.cn", "13800138004", { gender: "F", phoneVerified: true }),
      user("6241a7d05c3e2b1f8a9c0d11", "陈晓明", "chenxm", "chenxm@steamory.cn", "13900139005", { gender: "M" }),
      user("6241a7d05c3e2b1f8a9c0d12", "林雨桐", "linyt", "linyt@steamory.cn", "13900139006", { gender: "F", status: "Suspended" }),
      user("62a0f3e1b7c94d2e6f1a3b41", "Alice Zhou", "alice", "alice.zhou@cloudharbor.io", "13700137007", { gender: "F", externalId: "CH-0007", password: DEMO_PASSWORD }),
      user("62a0f3e1b7c94d2e6f1a3b42", "Bob Wu", "bob", "bob.wu@cloudharbor.io", "13700137008", { gender: "M", workStatus: "Closed", status: "Resigned" }),
      user(USERPOOL.memberUserId, "周建国", "zhoujg", "zhoujg@example.com", "13600136009", {
        gender: "M", createdAt: "2022-07-28T05:50:00.000Z", updatedAt: "2022-07-28T05:50:00.000Z",
      }),
    ],
    memberships: {
      [STEAMORY.rootDepartmentId]: ["6241a7d05c3e2b1f8a9c0d12"],
      [STEAMORY.devDepartmentId]: [
        "623c20b2a062aaaaf41b17da",
        "623c20b2a062aaaaf41b17db",
        "623c2211c7e1f09a3b5d8e21",
        "623c2211c7e1f09a3b5d8e22",
      ],
      [STEAMORY.frontendDepartmentId]: ["623c2211c7e1f09a3b5d8e22", "6241a7d05c3e2b1f8a9c0d11"],
      [STEAMORY.marketingDepartmentId]: ["6241a7d05c3e2b1f8a9c0d12"],
      [CLOUDHARBOR.productDepartmentId]: ["62a0f3e1b7c94d2e6f1a3b41", "62a0f3e1b7c94d2e6f1a3b42", "623c20b2a062aaaaf41b17da"],
      [USERPOOL.rootDepartmentId]: [USERPOOL.memberUserId],
    },
    tenants: [
      {
        ...TENANT,
        description: "蒸汽记忆华东区",
        createdAt: "2022-06-01T08:00:00.000Z",
        members: [
          { userId: "623c20b2a062aaaaf41b17da", memberId: "6390b4a1c2d3e4f5a6b7c8e1", isTenantAdmin: true },
          { userId: "623c20b2a062aaaaf41b17db", memberId: "6390b4a1c2d3e4f5a6b7c8e2" },
        ],
      },
    ],
  };
}

export default defaultSeed;
