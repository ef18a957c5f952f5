import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { inject } from 'vitest'

const root = fileURLToPath(new URL('../..', import.meta.url))

export interface CliResult {
  code: number | null
  stdout: string
  stderr: string
}

/**
 * `pnpm wb …` as a user would run it, against the test database. A variable given as undefined
 * is left out (NEO4J_URI: undefined, for the embedded database under WB_DATA_DIR).
 */
export function startWb(
  args: string[],
  env: Record<string, string | undefined> = {},
): { child: ChildProcess; done: Promise<CliResult> } {
  const merged: Record<string, string | undefined> = {
    ...process.env,
    NODE_ENV: 'test',
    NEO4J_URI: inject('boltUri'),
    NEO4J_USER: 'neo4j',
    NEO4J_PASSWORD: inject('boltPassword'),
    WB_LOG_LEVEL: 'warn',
    // The workbench's audit key and anchor: entries the CLI appends must verify with them.
    WB_AUDIT_KEY_FILE: inject('auditFiles').keyFile,
    WB_AUDIT_ANCHOR_FILE: inject('auditFiles').anchorFile,
    ...env,
  }
  // Node itself with tsx's loader: the tsx launcher would run the script in a child that a
  // SIGKILL of the launcher leaves running.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/cli/wb.ts', ...args], {
    cwd: root,
    env: Object.fromEntries(Object.entries(merged).filter(([, v]) => v !== undefined)),
  })
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()))
  const done = new Promise<CliResult>((resolve) =>
    child.on('close', (code) => resolve({ code, stdout, stderr })),
  )
  return { child, done }
}

export const wb = (args: string[], env: Record<string, string | undefined> = {}) =>
  startWb(args, env).done

/** Resolves once the import reports writing; fails if the process ends before that. */
export function untilWriting(child: ChildProcess): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    child.stderr!.on('data', (d: Buffer) => {
      if (/write\s+\d+/.test(d.toString())) resolve()
    })
    child.on('close', () => reject(new Error('the import ended before it started writing')))
  })
}
