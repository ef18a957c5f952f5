import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const launcherDir = fileURLToPath(new URL('../launcher', import.meta.url))
const jarPath = join(launcherDir, 'target', 'graph-launcher.jar')

function newestSource(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? newestSource(p) : statSync(p).mtimeMs)
  }
  return newest
}

/** Builds the Java launcher with Maven when the jar is missing or older than its sources. */
export function ensureLauncherBuilt(log: (line: string) => void = () => {}): string {
  const sourcesAt = Math.max(
    statSync(join(launcherDir, 'pom.xml')).mtimeMs,
    newestSource(join(launcherDir, 'src')),
  )
  if (existsSync(jarPath) && statSync(jarPath).mtimeMs >= sourcesAt) return jarPath
  log('Building the embedded Neo4j launcher with Maven (first run downloads Neo4j 5.26)…')
  const res = spawnSync(
    'mvn',
    ['-B', '-q', '-f', join(launcherDir, 'pom.xml'), 'package', '-DskipTests'],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  )
  if (res.status !== 0 || !existsSync(jarPath)) {
    throw new Error(
      `Maven could not build the graph launcher (exit ${res.status ?? res.error?.message})`,
    )
  }
  return jarPath
}

export interface EmbeddedGraph {
  uri: string
  user: string
  password: string
  /** The JVM's process id (for checks that its environment holds no secret). */
  pid: number
  stop(): Promise<void>
}

export interface StartOptions {
  dataDir: string
  port: number
  password: string
  pageCacheMb?: number
  heapMb?: number
  log?: (line: string) => void
  readyTimeoutMs?: number
}

/** Starts Neo4j embedded in a child JVM and resolves once Bolt accepts connections. */
export async function startEmbeddedGraph(opts: StartOptions): Promise<EmbeddedGraph> {
  const jar = ensureLauncherBuilt(opts.log)
  mkdirSync(opts.dataDir, { recursive: true })
  if (/[\r\n]/.test(opts.password)) throw new Error('the graph password must be one line')
  const child = spawn('java', [`-Xmx${opts.heapMb ?? 1024}m`, '-XX:+UseG1GC', '-jar', jar], {
    env: {
      ...jvmEnvironment(),
      WB_GRAPH_DATA_DIR: opts.dataDir,
      WB_GRAPH_BOLT_PORT: String(opts.port),
      WB_GRAPH_PAGECACHE_MB: String(opts.pageCacheMb ?? 256),
    },
    // stdin carries the password as its first line, then stays open as a liveness pipe: the JVM
    // exits when this process dies.
    stdio: ['pipe', 'pipe', 'pipe'],
  })
  child.stdin?.write(`${opts.password}\n`)
  const uri = await waitForReady(child, opts.readyTimeoutMs ?? 120_000, opts.log)
  return {
    uri,
    user: 'neo4j',
    password: opts.password,
    pid: child.pid ?? -1,
    stop: () => stopChild(child),
  }
}

/**
 * What the JVM inherits of our environment: what Java needs to run, nothing else. Our own
 * environment may hold secrets (WB_ADMIN_PASSWORD, the OIDC client secret, an audit key), and a
 * process's environment is readable by every process of its user through /proc/<pid>/environ.
 */
function jvmEnvironment(): NodeJS.ProcessEnv {
  const keep = ['PATH', 'HOME', 'JAVA_HOME', 'LANG', 'LC_ALL', 'TZ', 'TMPDIR']
  return Object.fromEntries(keep.filter((k) => process.env[k]).map((k) => [k, process.env[k]]))
}

function waitForReady(
  child: ChildProcess,
  timeoutMs: number,
  log?: (l: string) => void,
): Promise<string> {
  return new Promise((resolve, reject) => {
    let stderr = ''
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`Neo4j did not start within ${timeoutMs} ms: ${stderr.slice(-2000)}`))
    }, timeoutMs)
    child.stderr?.on('data', (d: Buffer) => {
      stderr += d.toString()
    })
    child.stdout?.on('data', (d: Buffer) => {
      for (const line of d.toString().split('\n')) {
        const m = /^WB_GRAPH_READY (\S+)/.exec(line)
        if (m) {
          clearTimeout(timer)
          resolve(m[1] as string)
        } else if (line.trim()) log?.(line)
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`Neo4j exited during start (code ${code}): ${stderr.slice(-2000)}`))
    })
  })
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 30_000)
    child.once('exit', () => {
      clearTimeout(force)
      resolve()
    })
    child.kill('SIGTERM')
  })
}
