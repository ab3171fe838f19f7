// genauth-wasm/emulator: a local GenAuth (Management API v3) on 127.0.0.1, for tests.

/** The data an emulator starts from (and returns to on reset). Every key is optional. */
export interface EmulatorSeed {
  organizations?: Array<{ organizationCode: string; departmentId: string; organizationName?: string; [field: string]: unknown }>;
  departments?: Array<{ departmentId: string; organizationCode: string; parentDepartmentId: string; name?: string; [field: string]: unknown }>;
  users?: Array<{ userId: string; [field: string]: unknown }>;
  /** department id -> the ids of its member users */
  memberships?: Record<string, string[]>;
  [area: string]: unknown;
}

export interface EmulatorOptions {
  /** 0 (default) picks a free port. The emulator listens on 127.0.0.1 only. */
  port?: number;
  /** The starting data, or the path (or file: URL) of a JSON file holding it. Default: the demo data. `{}`: an empty user pool. */
  seed?: EmulatorSeed | string | URL;
  accessKeyId?: string;
  accessKeySecret?: string;
  userPoolId?: string;
  /** Lifetime of issued management tokens, seconds (7200). */
  tokenExpiresIn?: number;
  /** How far a signed request's `date` may be from the server clock, seconds (900). */
  skewWindowSeconds?: number;
  /** false: log every request to stderr. */
  quiet?: boolean;
}

/** One request as the emulator received it (the authorization header redacted). */
export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, unknown>;
  rawQuery?: string;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  t: number;
  status: number;
  brand?: "authing" | "genauth";
  auth?: "signature" | "bearer";
  fault?: string;
}

export type FaultSpec =
  | { kind: "delay"; ms: number; path?: string; method?: string; count?: number; probability?: number }
  | { kind: "status"; status: number; httpStatus?: number; apiCode?: number; retryAfter?: number | string; message?: string; envelope?: boolean; path?: string; method?: string; count?: number; probability?: number }
  | { kind: "nonjson" | "truncate"; path?: string; method?: string; count?: number; probability?: number }
  | { kind: "throttle"; httpStatus?: number; retryAfter?: number | string; path?: string; method?: string; count?: number; probability?: number }
  | { kind: "drop"; after?: boolean; path?: string; method?: string; count?: number; probability?: number }
  | { kind: "expireTokens" }
  | { kind: "skew"; seconds: number };

export interface Emulator {
  /** http://127.0.0.1:<port>: the `host` option of a client. */
  readonly url: string;
  readonly port: number;
  /** The live state, by area (users, organizations, departments, memberships, groups, roles, ...). */
  readonly state: Record<string, any>;
  /** The request log, oldest first (the last 5 000). */
  readonly requests: LoggedRequest[];
  /** Back to the seed (the given one, or the start's): data, tokens, nonces, faults, clock, counters and the log. */
  reset(seed?: EmulatorSeed): void;
  /** Replaces the data only. */
  seed(data: EmulatorSeed): void;
  /** Creates `count` users with realistic names; resolves nothing, returns their ids. */
  addUsers(count: number, prefix?: string): string[];
  /** The member user ids of a department. */
  members(organizationCode: string, departmentId: string, departmentIdType?: string): string[];
  /** A management token without a signed request (for Bearer tests). */
  mintToken(expiresIn?: number): { access_token: string; expires_in: number; userPoolId: string };
  /** Queues a fault for the next matching requests. */
  fault(spec: FaultSpec): unknown[];
  clearFaults(): void;
  readonly config: { tokenExpiresIn: number; skewWindowSeconds: number; clockOffsetSeconds: number };
  close(): Promise<void>;
}

export function startEmulator(options?: EmulatorOptions): Promise<Emulator>;
/** A fresh copy of the demo data. */
export function defaultSeed(): EmulatorSeed;
