// genauth-wasm/emulator: a local GenAuth (Management API v3, and an OpenID Connect provider with the
// authentication API) on 127.0.0.1, for tests.

export type ClientAuthMethod = "client_secret_post" | "client_secret_basic" | "none";

/** An application users sign in to (the OIDC client). */
export interface EmulatorApplication {
  appId: string;
  appSecret: string;
  appName?: string;
  appLogo?: string;
  appLoginUrl?: string;
  /** The redirect_uri values allowed (exactly); the first is the default. */
  redirectUris?: string[];
  /** The post_logout_redirect_uri values allowed (exactly). */
  logoutRedirectUris?: string[];
  /** The client authentication the token endpoint accepts (one method, or several). Default "client_secret_post". */
  tokenEndPointAuthMethod?: ClientAuthMethod | ClientAuthMethod[];
  /** Default: tokenEndPointAuthMethod. */
  introspectionEndPointAuthMethod?: ClientAuthMethod | ClientAuthMethod[];
  /** Default: tokenEndPointAuthMethod. */
  revocationEndPointAuthMethod?: ClientAuthMethod | ClientAuthMethod[];
  /** RS256 (default, the emulator's key) or HS256 (the app secret). */
  idTokenSigningAlg?: "RS256" | "HS256";
  /** true: any http(s) URI on 127.0.0.1, localhost or [::1] (any port and path, no fragment) is allowed too. Default false. */
  allowLoopbackRedirects?: boolean;
}

/** A message send-sms or send-email recorded (nothing is sent). */
export interface EmulatorMessage {
  kind: "sms" | "email";
  channel: string;
  /** The phone number or email address. */
  to: string;
  phoneCountryCode?: string;
  /** The pass code the message would carry: always the configured one. */
  passCode: string;
  appId?: string;
  t: number;
}

/** The data an emulator starts from (and returns to on reset). Every key is optional. */
export interface EmulatorSeed {
  organizations?: Array<{ organizationCode: string; departmentId: string; organizationName?: string; [field: string]: unknown }>;
  departments?: Array<{ departmentId: string; organizationCode: string; parentDepartmentId: string; name?: string; [field: string]: unknown }>;
  /** A user may carry `password` (what sign-in checks; never answered). */
  users?: Array<{ userId: string; password?: string; [field: string]: unknown }>;
  /** The applications users sign in to. defaultSeed() has DEFAULT_APP; `{}` has none. */
  applications?: EmulatorApplication[];
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
  /** The one pass code every passCode-taking authentication call accepts ("123456"). */
  passCode?: string;
  /** Lifetime of authorization codes and CAS tickets, seconds (60). */
  codeExpiresIn?: number;
  /** Lifetime of user access tokens and ID tokens, seconds (3600). */
  accessTokenExpiresIn?: number;
  /** Lifetime of refresh tokens, seconds (2 592 000). */
  refreshTokenExpiresIn?: number;
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
  readonly config: {
    tokenExpiresIn: number; skewWindowSeconds: number; clockOffsetSeconds: number;
    passCode: string; codeExpiresIn: number; accessTokenExpiresIn: number; refreshTokenExpiresIn: number;
  };
  /** Adds (or replaces) an application, checked; throws naming the problem. Until the next reset. */
  addApplication(app: EmulatorApplication): EmulatorApplication;
  /** What send-sms and send-email recorded, oldest first (the last 1 000). */
  readonly messages: EmulatorMessage[];
  close(): Promise<void>;
}

export function startEmulator(options?: EmulatorOptions): Promise<Emulator>;
/** A fresh copy of the demo data. */
export function defaultSeed(): EmulatorSeed;
/** The demo application: appId 62e22a5c5f5ac5cc47037a40, any loopback redirect URI, every client authentication method. */
export const DEFAULT_APP: Readonly<Required<Pick<EmulatorApplication, "appId" | "appSecret" | "appName" | "redirectUris" | "logoutRedirectUris" | "allowLoopbackRedirects">> & {
  tokenEndPointAuthMethod: ClientAuthMethod[];
}>;
/** The password of the demo users zhangsan and alice: "Passw0rd!". */
export const DEMO_PASSWORD: string;
