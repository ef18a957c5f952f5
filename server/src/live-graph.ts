import { lstatSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'

/**
 * Where a running workbench's embedded Neo4j answers, for the command line. Neo4j Community lets
 * one process open a store; while the workbench holds it, `pnpm wb` connects to the same Neo4j
 * over Bolt as a second client (and runs the same service code, audit and need-to-know) instead
 * of opening the store. The file holds the database password (fresh each launch), so it is
 * written readable by its owner only, inside the data directory whose store files give the same
 * owner the same data anyway. A workbench that died leaves it behind: readers check that its
 * process lives (and the CLI that the database answers with these credentials) before using it.
 */
export const LIVE_GRAPH_FILE = 'workbench-graph.json'

const LiveGraphShape = z.object({
  version: z.literal(1),
  /** The workbench server's process. */
  pid: z.number().int().positive(),
  /** The embedded Neo4j's process (a child of the server). */
  graphPid: z.number().int().positive(),
  uri: z.string().regex(/^bolt:\/\//),
  user: z.string().min(1),
  password: z.string().min(1),
  database: z.string().min(1),
  /** The workbench's HTTP address, for messages. */
  url: z.string(),
  /** The audit chain's key and anchor the server seals with: entries the CLI adds must verify. */
  audit: z.object({ keyFile: z.string().min(1), anchorFile: z.string().min(1) }),
  startedAt: z.string(),
})
export type LiveGraph = z.infer<typeof LiveGraphShape>

const fileIn = (dataDir: string) => join(dataDir, LIVE_GRAPH_FILE)

/** Writes the file (0600, whole or not at all: a reader never sees half of it). */
export function publishLiveGraph(dataDir: string, graph: LiveGraph): void {
  const path = fileIn(dataDir)
  const tmp = `${path}.${process.pid}.tmp`
  rmSync(tmp, { force: true })
  writeFileSync(tmp, `${JSON.stringify(graph, null, 2)}\n`, { mode: 0o600, flag: 'wx' })
  renameSync(tmp, path)
}

/** Removes the file if this process wrote it (a stopping server; never another's). */
export function withdrawLiveGraph(dataDir: string, pid = process.pid): void {
  try {
    const found = readFile(dataDir)
    if (found && 'graph' in found && found.graph.pid === pid)
      rmSync(fileIn(dataDir), { force: true })
  } catch {
    // Stopping goes on: a file left behind is recognised as stale by its dead process.
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    // EPERM: it lives, as another user.
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

type Found = { graph: LiveGraph } | { stale: string }

function readFile(dataDir: string): Found | null {
  const path = fileIn(dataDir)
  let text: string
  try {
    text = readFileSync(path, 'utf8')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw new Error(`${path}: cannot be read (${(e as NodeJS.ErrnoException).code})`)
  }
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return { stale: `${path} is not JSON` }
  }
  const parsed = LiveGraphShape.safeParse(raw)
  return parsed.success ? { graph: parsed.data } : { stale: `${path} is not a workbench's` }
}

/**
 * The running workbench's database, `{ stale }` with the reason when the file is left from one
 * that is gone, null when there is none. Throws for a file others may read: whoever can read it
 * holds the database password, and using it would hide that.
 */
export function findLiveGraph(dataDir: string): Found | null {
  const found = readFile(dataDir)
  if (!found || 'stale' in found) return found
  const path = fileIn(dataDir)
  // The file itself, not what a link points at; and the caller's own: another user's file
  // could point this command at a database of their choosing.
  const st = lstatSync(path)
  if (!st.isFile()) throw new Error(`${path}: must be a regular file, not a link`)
  if (typeof process.getuid === 'function' && st.uid !== process.getuid())
    throw new Error(`${path}: must belong to the user running the command`)
  if ((st.mode & 0o077) !== 0)
    throw new Error(
      `${path}: holds the database password and must be readable by its owner only (chmod 600)`,
    )
  const { pid, graphPid } = found.graph
  if (!alive(pid)) return { stale: `the workbench that wrote ${path} (process ${pid}) has stopped` }
  if (!alive(graphPid))
    return { stale: `the database of the workbench (process ${graphPid}) has stopped` }
  return found
}
