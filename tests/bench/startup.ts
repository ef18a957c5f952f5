/**
 * `pnpm start` to a ready API (the client build it begins with, then the server: embedded Neo4j,
 * migrations, recovery, Apollo) against the bench database, and the client build alone.
 */
import { freePort } from '@htwb/graph'
import { spawn } from 'node:child_process'
import { benchEnv } from './workbench.ts'

export interface BuildResult {
  ms: number
}

export interface StartupResult {
  /** From spawning `pnpm start` to its "ready" line. */
  readyMs: number
  /** Of which the client build (until the server's start began). */
  buildMs: number
  /** From spawning to the first GraphQL answer. */
  firstAnswerMs: number
  nodes: number
}

function run(cmd: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] })
    let err = ''
    child.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-2000)))
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')}: ${code}\n${err}`)),
    )
  })
}

export async function buildClient(root: string): Promise<BuildResult> {
  const t = performance.now()
  await run('pnpm', ['--filter', '@htwb/client', 'build'], root)
  return { ms: performance.now() - t }
}

async function answers(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    })
    // Any GraphQL answer (a refusal for a signed-out caller too) means the API is up.
    return (res.headers.get('content-type') ?? '').includes('json')
  } catch {
    return false
  }
}

export async function measureStartup(
  root: string,
  dataDir: string,
  nodes: number,
): Promise<StartupResult> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const t0 = performance.now()
  // Its own process group, so stopping it stops pnpm, the server and the JVM it started.
  const child = spawn('pnpm', ['start'], {
    cwd: root,
    env: { ...benchEnv(dataDir), WB_PORT: String(port), WB_LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let buildMs = Number.NaN
  let readyMs = Number.NaN
  let out = ''
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`pnpm start not ready in 10 min: ${out.slice(-1500)}`)),
      600_000,
    )
    const onData = (d: Buffer) => {
      const text = d.toString()
      out = (out + text).slice(-20_000)
      if (Number.isNaN(buildMs) && /built in/.test(text)) buildMs = performance.now() - t0
      if (/workbench ready at/.test(text)) {
        readyMs = performance.now() - t0
        clearTimeout(timer)
        resolve()
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.on('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`pnpm start exited (${code}): ${out.slice(-1500)}`))
    })
  })
  try {
    // The first answer may come before the ready line is read: poll from the start.
    let firstAnswerMs = Number.NaN
    const poll = (async () => {
      for (;;) {
        if (await answers(url)) return (firstAnswerMs = performance.now() - t0)
        await new Promise((r) => setTimeout(r, 100))
      }
    })()
    await ready
    await poll
    return { readyMs, buildMs, firstAnswerMs, nodes }
  } finally {
    if (child.exitCode === null && child.pid) {
      const exited = new Promise((r) => child.once('exit', r))
      process.kill(-child.pid, 'SIGTERM')
      await Promise.race([exited, new Promise((r) => setTimeout(r, 60_000))])
      if (child.exitCode === null) process.kill(-child.pid, 'SIGKILL')
    }
  }
}
