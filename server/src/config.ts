import { randomBytes } from 'node:crypto'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'

const root = fileURLToPath(new URL('../..', import.meta.url))

const Env = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    WB_HOST: z.string().default('127.0.0.1'),
    WB_PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    WB_DATA_DIR: z.string().default(resolve(root, 'graph/data')),
    WB_GRAPH_BOLT_PORT: z.coerce.number().int().min(0).max(65535).default(0),
    WB_GRAPH_HEAP_MB: z.coerce.number().int().min(256).default(1024),
    WB_GRAPH_PAGECACHE_MB: z.coerce.number().int().min(32).default(256),
    NEO4J_URI: z
      .string()
      .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\//, 'must be a bolt:// or neo4j:// URI')
      .optional(),
    NEO4J_USER: z.string().min(1).optional(),
    NEO4J_PASSWORD: z.string().min(1).optional(),
    NEO4J_DATABASE: z.string().min(1).default('neo4j'),
    WB_SEED: z.enum(['demo', 'none']).default('demo'),
    WB_SEED_SCALE: z.coerce.number().positive().default(1),
    WB_ADMIN_PASSWORD: z.string().min(12, 'must have at least 12 characters').optional(),
    WB_CLIENT_DIR: z.string().default(resolve(root, 'client/dist')),
  })
  .superRefine((env, ctx) => {
    if (env.NEO4J_URI && (!env.NEO4J_USER || !env.NEO4J_PASSWORD)) {
      ctx.addIssue({
        code: 'custom',
        path: ['NEO4J_USER'],
        message: 'NEO4J_USER and NEO4J_PASSWORD are required with NEO4J_URI',
      })
    }
  })

export type Config = ReturnType<typeof loadConfig>

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
    graph: e.NEO4J_URI
      ? {
          mode: 'external' as const,
          uri: e.NEO4J_URI,
          user: e.NEO4J_USER as string,
          password: e.NEO4J_PASSWORD as string,
          database: e.NEO4J_DATABASE,
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
