import { spawnSync } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  findLiveGraph,
  LIVE_GRAPH_FILE,
  publishLiveGraph,
  withdrawLiveGraph,
  type LiveGraph,
} from './live-graph.ts'

const dir = () => mkdtempSync(join(tmpdir(), 'htwb-live-'))
/** A process id that no longer runs: a child that has exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid
const graph = (over: Partial<LiveGraph> = {}): LiveGraph => ({
  version: 1,
  pid: process.pid,
  graphPid: process.pid,
  uri: 'bolt://127.0.0.1:7687',
  user: 'neo4j',
  password: 'launch-secret',
  database: 'neo4j',
  url: 'http://127.0.0.1:4000',
  audit: { keyFile: '/k', anchorFile: '/a' },
  startedAt: new Date().toISOString(),
  ...over,
})

describe('the running workbench’s database address', () => {
  it('is written for its owner only and found while its processes live', () => {
    const d = dir()
    expect(findLiveGraph(d)).toBeNull()
    publishLiveGraph(d, graph())
    expect(statSync(join(d, LIVE_GRAPH_FILE)).mode & 0o777).toBe(0o600)
    expect(findLiveGraph(d)).toEqual({ graph: graph({ startedAt: expect.any(String) }) })
  })

  it('is stale when the workbench or its database has stopped', () => {
    const d = dir()
    publishLiveGraph(d, graph({ pid: deadPid() }))
    expect(findLiveGraph(d)).toEqual({ stale: expect.stringMatching(/has stopped/) })
    publishLiveGraph(d, graph({ graphPid: deadPid() }))
    expect(findLiveGraph(d)).toEqual({ stale: expect.stringMatching(/database .* has stopped/) })
  })

  it('is stale when it is not a workbench’s file', () => {
    const d = dir()
    writeFileSync(join(d, LIVE_GRAPH_FILE), 'not json', { mode: 0o600 })
    expect(findLiveGraph(d)).toEqual({ stale: expect.stringMatching(/not JSON/) })
    writeFileSync(join(d, LIVE_GRAPH_FILE), JSON.stringify({ ...graph(), uri: 'http://x' }))
    expect(findLiveGraph(d)).toEqual({ stale: expect.stringMatching(/not a workbench/) })
  })

  it('is refused when others may read it (it holds the database password)', () => {
    const d = dir()
    publishLiveGraph(d, graph())
    chmodSync(join(d, LIVE_GRAPH_FILE), 0o644)
    expect(() => findLiveGraph(d)).toThrow(/readable by its owner only/)
  })

  it('is refused when it is a link (it could point the command at another database)', () => {
    const real = dir()
    publishLiveGraph(real, graph())
    const d = dir()
    symlinkSync(join(real, LIVE_GRAPH_FILE), join(d, LIVE_GRAPH_FILE))
    expect(() => findLiveGraph(d)).toThrow(/not a link/)
  })

  it('is withdrawn by the workbench that wrote it, never by another', () => {
    const d = dir()
    publishLiveGraph(d, graph())
    withdrawLiveGraph(d, process.pid + 1)
    expect(JSON.parse(readFileSync(join(d, LIVE_GRAPH_FILE), 'utf8')).pid).toBe(process.pid)
    withdrawLiveGraph(d)
    expect(existsSync(join(d, LIVE_GRAPH_FILE))).toBe(false)
  })
})
