// One realistic, successful call for every row of the endpoint table, against the emulator's
// default seed; shared by the Node and the browser tests.
import { STEAMORY } from "../../emulator/seed.mjs";

export const IDS = {
  ORG: STEAMORY.organizationCode,
  DEV: STEAMORY.devDepartmentId,
  FRONTEND: STEAMORY.frontendDepartmentId,
  MARKETING: STEAMORY.marketingDepartmentId,
  USER: "623c20b2a062aaaaf41b17da",
};
const { ORG, DEV, FRONTEND, MARKETING, USER } = IDS;

export const FIXTURES = {
  listOrganizations: {},
  createOrganization: { organizationName: "新组织", organizationCode: "neworg", description: "一个新的组织" },
  updateOrganization: { organizationCode: ORG, organizationName: "蒸汽记忆科技" },
  deleteOrganization: { organizationCode: "cloudharbor" },
  searchOrganizations: { keywords: "steam" },
  getDepartment: { organizationCode: ORG, departmentId: DEV },
  createDepartment: { organizationCode: ORG, name: "测试部", parentDepartmentId: "root", code: "qa" },
  updateDepartment: { organizationCode: ORG, departmentId: DEV, name: "研发部" },
  deleteDepartment: { organizationCode: ORG, departmentId: FRONTEND },
  searchDepartments: { keywords: "开发", organizationCode: ORG },
  searchDepartmentsList: { organizationCode: ORG, page: 1, limit: 10 },
  listChildrenDepartments: { organizationCode: ORG, departmentId: DEV },
  listDepartmentMembers: { organizationCode: ORG, departmentId: DEV },
  listDepartmentMemberIds: { organizationCode: ORG, departmentId: DEV },
  searchDepartmentMembers: { organizationCode: ORG, departmentId: DEV, keywords: "张" },
  addDepartmentMembers: { organizationCode: ORG, departmentId: MARKETING, userIds: [USER] },
  removeDepartmentMembers: { organizationCode: ORG, departmentId: DEV, userIds: [USER] },
  getParentDepartment: { organizationCode: ORG, departmentId: DEV },
  isUserInDepartment: { userId: USER, organizationCode: ORG, departmentId: DEV },
};
