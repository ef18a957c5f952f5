/**
 * The import benches as child processes of their own (each starts its own embedded Neo4j, after
 * the query benches' database has stopped): call records through tests/bench/import.ts, whose
 * measurement is the import work's own; this file only passes the size and reads its lines.
 */
import { spawn } from 'node:child_process'
import { join } from 'node:path'

export interface ImportLine {
  label: string
  seconds: number
  rowsPerSecond: number
}

export interface ImportResult {
  rows: number
  /** The import bench's own lines, as printed. */
  lines: string[]
  workbench?: ImportLine
  loadCsv?: ImportLine
  loadCsvSame?: ImportLine
  /** The same into the workbench's own labels, constraints and indexes. */
  loadCsvSchema?: ImportLine
  failure?: string
  ftm?: { lines: string[]; failure?: string }
}

function child(
  root: string,
  script: string,
  args: string[],
  expectedSeconds: number,
  onProgress: (f: number, note: string) => void,
): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const t0 = performance.now()
    const p = spawn(join(root, 'node_modules/.bin/tsx'), [script, ...args], {
      cwd: root,
      // A million rows are held in memory while they are checked and staged.
      env: {
        ...process.env,
        WB_LOG_LEVEL: 'warn',
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=8192`.trim(),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    p.stdout.on('data', (d: Buffer) => (out += d.toString()))
    p.stderr.on('data', (d: Buffer) => (out += d.toString()))
    const tick = setInterval(() => {
      const s = (performance.now() - t0) / 1000
      onProgress(Math.min(0.95, s / expectedSeconds), `${Math.round(s)} s`)
    }, 1000)
    p.on('exit', (code) => {
      clearInterval(tick)
      resolve({ code, out })
    })
  })
}

/** "label … 12.3 s  4148 rows/s" as printed by import.ts. */
export function parseImportLine(line: string): ImportLine | null {
  const m = /^\s*(.*?)\s+([\d.]+) s\s+(\d+) rows\/s/.exec(line)
  return m ? { label: m[1]!.trim(), seconds: Number(m[2]), rowsPerSecond: Number(m[3]) } : null
}

export async function runImportBench(
  root: string,
  opts: {
    rows: number
    ftm: boolean
    onStage: (name: string) => void
    onProgress: (f: number, note: string) => void
    log: (s: string) => void
  },
): Promise<ImportResult> {
  const result: ImportResult = { rows: opts.rows, lines: [] }
  if (opts.rows > 0) {
    opts.onStage('import')
    // About 4,000 rows/s for the workbench, then two LOAD CSV peers; plus start and warm-up.
    const expected = 60 + opts.rows / 3000
    const { code, out } = await child(
      root,
      'tests/bench/import.ts',
      ['--rows', String(opts.rows)],
      expected,
      opts.onProgress,
    )
    result.lines = out.split('\n').filter((l) => l.trim())
    for (const line of result.lines) {
      const parsed = parseImportLine(line)
      if (!parsed) continue
      if (/^workbench import/.test(parsed.label)) result.workbench = parsed
      else if (/^LOAD CSV, same properties into/.test(parsed.label)) result.loadCsvSchema = parsed
      else if (/^LOAD CSV,/.test(parsed.label)) result.loadCsvSame = parsed
      else if (/^LOAD CSV/.test(parsed.label)) result.loadCsv = parsed
    }
    if (code !== 0)
      result.failure = `exit ${code}: ${result.lines.slice(-3).join(' / ').slice(0, 300)}`
    opts.log(
      `import: ${result.workbench ? `${result.workbench.rowsPerSecond} rows/s` : (result.failure ?? '?')}`,
    )
  }
  if (opts.ftm) {
    opts.onStage('ftm')
    const { code, out } = await child(root, 'tests/bench/ftm.ts', [], 120, opts.onProgress)
    const lines = out.split('\n').filter((l) => l.trim())
    result.ftm = {
      lines,
      ...(code !== 0
        ? { failure: `exit ${code}: ${lines.slice(-3).join(' / ').slice(0, 300)}` }
        : {}),
    }
  }
  return result
}
