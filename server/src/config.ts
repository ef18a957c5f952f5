import { randomBytes } from 'node:crypto'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { CLEARANCES, ROLES } from './data/models.ts'
import { DEFAULT_LIMITS, type ReadLimits } from './modules/common/limits.ts'

const root = fileURLToPath(new URL('../..', import.meta.url))

/** A comma-separated setting as its trimmed, non-empty items (none when unset). */
const commaList = z
  .string()
  .default('')
  .transform((s) =>
    s
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean),
  )

const GroupMap = z.record(
  z.string().min(1),
  z.object({
    roles: z.array(z.enum(ROLES)).default([]),
    clearances: z.array(z.enum(CLEARANCES)).default([]),
  }),
)

const EnvShape = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  WB_HOST: z.string().default('127.0.0.1'),
  WB_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  WB_DATA_DIR: z.string().default(resolve(root, 'graph/data')),
  WB_GRAPH_BOLT_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  WB_GRAPH_HEAP_MB: z.coerce.number().int().min(256).default(1024),
  WB_GRAPH_PAGECACHE_MB: z.coerce.number().int().min(32).default(256),
  /** The audit chain's HMAC key (created 0600 when missing); beside the data directory by default. */
  WB_AUDIT_KEY_FILE: z.string().min(1).optional(),
  /** The append-only anchor of the audit chain's head; beside the data directory by default. */
  WB_AUDIT_ANCHOR_FILE: z.string().min(1).optional(),
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\//, 'must be a bolt:// or neo4j:// URI')
    .optional(),
  NEO4J_USER: z.string().min(1).optional(),
  NEO4J_PASSWORD: z.string().min(1).optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  /**
   * With NEO4J_URI: a directory this server writes and that database reads by absolute
   * `file://` URL (a Neo4j on this machine, without an import directory, allowing file URLs).
   * Large imports then hand it their links as CSV; without it they go as parameters.
   */
  NEO4J_LOAD_DIR: z.string().min(1).optional(),
  WB_SEED: z.enum(['demo', 'none']).default('demo'),
  WB_SEED_SCALE: z.coerce.number().positive().default(1),
  WB_ADMIN_PASSWORD: z.string().min(12, 'must have at least 12 characters').optional(),
  WB_CLIENT_DIR: z.string().default(resolve(root, 'client/dist')),
  /** A staged import whose process has not beaten for this long is rolled back. */
  WB_IMPORT_LEASE_SECONDS: z.coerce.number().int().min(1).default(120),
  /** How much of an uploaded file is read before it is refused (docs/import.md, "Limits"). */
  WB_IMPORT_MAX_FILE_MB: z.coerce
    .number()
    .positive()
    .default(DEFAULT_LIMITS.fileBytes / 2 ** 20),
  WB_IMPORT_MAX_ROWS: z.coerce.number().int().min(1).default(DEFAULT_LIMITS.rows),
  WB_IMPORT_MAX_COLUMNS: z.coerce.number().int().min(1).default(DEFAULT_LIMITS.columns),
  WB_IMPORT_MAX_CELL_CHARS: z.coerce.number().int().min(1).default(DEFAULT_LIMITS.cellChars),
  WB_IMPORT_MAX_CELLS: z.coerce.number().int().min(1).default(DEFAULT_LIMITS.cells),
  WB_IMPORT_MAX_TEXT_CHARS: z.coerce.number().int().min(1).default(DEFAULT_LIMITS.textChars),
  WB_IMPORT_MAX_UNZIPPED_MB: z.coerce
    .number()
    .positive()
    .default(DEFAULT_LIMITS.unzippedBytes / 2 ** 20),
  WB_IMPORT_HEAP_SHARE: z.coerce.number().min(0.1).max(1).default(DEFAULT_LIMITS.heapShare),
  /** Failed sign-ins from one client address within the window before it is refused. */
  WB_LOGIN_ADDRESS_FAILURES: z.coerce.number().int().min(1).default(20),
  WB_LOGIN_ADDRESS_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
  /** Failed sign-ins for one account before each attempt waits (1 s, doubling, up to the max). */
  WB_LOGIN_ACCOUNT_FREE_FAILURES: z.coerce.number().int().min(1).default(5),
  // At most an hour: an account's failures are forgotten after an hour without one.
  WB_LOGIN_ACCOUNT_MAX_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(300),
  /**
   * Reverse proxies whose X-Forwarded-For is believed (Express "trust proxy": addresses, subnets
   * or loopback/linklocal/uniquelocal), comma-separated. None by default: the client address is
   * the connection's, which behind a proxy would throttle everyone as one.
   */
  WB_TRUST_PROXY: commaList,
  /** The address users reach the workbench at; OIDC redirects and the production guard use it. */
  WB_PUBLIC_URL: z.url().optional(),
  /** Other origins allowed to call the API with credentials, comma-separated. None by default. */
  WB_CORS_ORIGINS: commaList.pipe(
    z.array(z.url({ message: 'must be a comma-separated list of origins' })),
  ),
  WB_OIDC_ISSUER: z.url().optional(),
  WB_OIDC_CLIENT_ID: z.string().min(1).optional(),
  WB_OIDC_CLIENT_SECRET: z.string().min(16, 'must have at least 16 characters').optional(),
  /** Audience that bearer access tokens must name; the client id when unset. */
  WB_OIDC_AUDIENCE: z.string().min(1).optional(),
  WB_OIDC_GROUPS_CLAIM: z.string().min(1).default('groups'),
  WB_OIDC_LABEL: z.string().min(1).max(60).default('Single sign-on'),
  /** JSON: provider group → { roles, clearances }. */
  WB_OIDC_GROUP_MAP: z
    .string()
    .optional()
    .transform((s, ctx) => {
      if (s === undefined) return undefined
      try {
        return JSON.parse(s) as unknown
      } catch {
        ctx.addIssue({ code: 'custom', message: 'must be JSON' })
        return z.NEVER
      }
    })
    .pipe(GroupMap.optional()),
})

const Env = EnvShape.superRefine((env, ctx) => {
  const oidc = [env.WB_OIDC_ISSUER, env.WB_OIDC_CLIENT_ID, env.WB_OIDC_CLIENT_SECRET]
  if (oidc.some(Boolean)) {
    for (const key of [
      'WB_OIDC_ISSUER',
      'WB_OIDC_CLIENT_ID',
      'WB_OIDC_CLIENT_SECRET',
      'WB_OIDC_GROUP_MAP',
      'WB_PUBLIC_URL',
    ] as const) {
      if (env[key] === undefined)
        ctx.addIssue({ code: 'custom', path: [key], message: 'required for OIDC sign-in' })
    }
  }
  if (env.NODE_ENV === 'production') productionGuard(env, ctx)
  if (env.NEO4J_URI && (!env.NEO4J_USER || !env.NEO4J_PASSWORD)) {
    ctx.addIssue({
      code: 'custom',
      path: ['NEO4J_USER'],
      message: 'NEO4J_USER and NEO4J_PASSWORD are required with NEO4J_URI',
    })
  }
})

const LOOPBACK = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/

/** Settings that are fine on a laptop and unsafe in production: the server refuses to start. */
function productionGuard(env: z.infer<typeof EnvShape>, ctx: z.RefinementCtx) {
  const refuse = (path: string, message: string) =>
    ctx.addIssue({ code: 'custom', path: [path], message: `production: ${message}` })
  const https = (u: string | undefined) => !!u && new URL(u).protocol === 'https:'
  if (!https(env.WB_PUBLIC_URL))
    refuse('WB_PUBLIC_URL', 'required and must be https:// (session cookies are Secure)')
  if (env.WB_SEED === 'demo')
    refuse('WB_SEED', 'demo data and demo accounts must not run here; set none')
  if (env.WB_OIDC_ISSUER && !https(env.WB_OIDC_ISSUER)) refuse('WB_OIDC_ISSUER', 'must be https://')
  for (const origin of env.WB_CORS_ORIGINS)
    if (!https(origin)) refuse('WB_CORS_ORIGINS', `${origin} must be https://`)
  if (env.NEO4J_URI) {
    const u = new URL(env.NEO4J_URI.replace(/^[a-z+]+:/, 'http:'))
    if (!/\+s(sc)?:/.test(env.NEO4J_URI) && !LOOPBACK.test(u.hostname))
      refuse('NEO4J_URI', 'a remote database needs an encrypted scheme (bolt+s:// or neo4j+s://)')
  }
}

export type Config = ReturnType<typeof loadConfig>
export type GroupMapping = z.infer<typeof GroupMap>

/** Validated once at start; throws with every problem listed, so the server never half-starts. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env) {
  const parsed = Env.safeParse(env)
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`)
  }
  const e = parsed.data
  return {
    env: e.NODE_ENV,
    production: e.NODE_ENV === 'production',
    host: e.WB_HOST,
    port: e.WB_PORT,
    clientDir: e.WB_CLIENT_DIR,
    seed: e.WB_SEED,
    seedScale: e.WB_SEED_SCALE,
    adminPassword: e.WB_ADMIN_PASSWORD,
    publicUrl: e.WB_PUBLIC_URL?.replace(/\/$/, ''),
    corsOrigins: e.WB_CORS_ORIGINS,
    importLeaseSeconds: e.WB_IMPORT_LEASE_SECONDS,
    trustProxy: e.WB_TRUST_PROXY,
    loginThrottle: {
      addressFailures: e.WB_LOGIN_ADDRESS_FAILURES,
      addressWindowMs: e.WB_LOGIN_ADDRESS_WINDOW_SECONDS * 1000,
      accountFreeFailures: e.WB_LOGIN_ACCOUNT_FREE_FAILURES,
      accountMaxDelayMs: e.WB_LOGIN_ACCOUNT_MAX_DELAY_SECONDS * 1000,
    },
    importLimits: {
      fileBytes: Math.round(e.WB_IMPORT_MAX_FILE_MB * 2 ** 20),
      rows: e.WB_IMPORT_MAX_ROWS,
      columns: e.WB_IMPORT_MAX_COLUMNS,
      cellChars: e.WB_IMPORT_MAX_CELL_CHARS,
      cells: e.WB_IMPORT_MAX_CELLS,
      textChars: e.WB_IMPORT_MAX_TEXT_CHARS,
      unzippedBytes: Math.round(e.WB_IMPORT_MAX_UNZIPPED_MB * 2 ** 20),
      heapShare: e.WB_IMPORT_HEAP_SHARE,
    } satisfies ReadLimits,
    // Outside the data directory, so a copy of the database carries neither the key nor the anchor.
    audit: {
      keyFile: resolve(e.WB_AUDIT_KEY_FILE ?? `${e.WB_DATA_DIR}.audit-key`),
      anchorFile: resolve(e.WB_AUDIT_ANCHOR_FILE ?? `${e.WB_DATA_DIR}.audit-anchor`),
    },
    oidc:
      e.WB_OIDC_ISSUER && e.WB_OIDC_CLIENT_ID && e.WB_OIDC_CLIENT_SECRET && e.WB_OIDC_GROUP_MAP
        ? {
            issuer: e.WB_OIDC_ISSUER,
            clientId: e.WB_OIDC_CLIENT_ID,
            clientSecret: e.WB_OIDC_CLIENT_SECRET,
            audience: e.WB_OIDC_AUDIENCE ?? e.WB_OIDC_CLIENT_ID,
            groupsClaim: e.WB_OIDC_GROUPS_CLAIM,
            label: e.WB_OIDC_LABEL,
            groupMap: e.WB_OIDC_GROUP_MAP,
          }
        : null,
    graph: e.NEO4J_URI
      ? {
          mode: 'external' as const,
          uri: e.NEO4J_URI,
          user: e.NEO4J_USER as string,
          password: e.NEO4J_PASSWORD as string,
          database: e.NEO4J_DATABASE,
          loadDir: e.NEO4J_LOAD_DIR,
        }
      : {
          mode: 'embedded' as const,
          dataDir: e.WB_DATA_DIR,
          boltPort: e.WB_GRAPH_BOLT_PORT,
          heapMb: e.WB_GRAPH_HEAP_MB,
          pageCacheMb: e.WB_GRAPH_PAGECACHE_MB,
          // The embedded database is a child process of ours: a fresh secret each launch.
          password: randomBytes(24).toString('base64url'),
          database: 'neo4j',
        },
  }
}
