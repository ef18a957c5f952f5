import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import * as prettier from 'prettier'
import { fileURLToPath } from 'node:url'
import { chartBench, type BrowserResult } from './browser.ts'
import { runImportBench, type ImportResult } from './imports.ts'
import { machine, type Machine } from './machine.ts'
import { replaceSection } from './markdown.ts'
import { measure, type QuestionResult } from './measure.ts'
import { peerQuestions, startPeer } from './ngql.ts'
import { Progress, type Stage } from './progress.ts'
import { pickSamples, questions } from './questions.ts'
import { render, type ScaleResult } from './report.ts'
import { buildClient, measureStartup, type BuildResult, type StartupResult } from './startup.ts'
import { startBenchWorkbench } from './workbench.ts'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '47' },
    'small-scale': { type: 'string', default: '2' },
    samples: { type: 'string', default: '40' },
    warmup: { type: 'string', default: '5' },
    'import-rows': { type: 'string', default: '1000000' },
    charts: { type: 'string', default: '5000,20000' },
    skip: { type: 'string', default: '' },
    quick: { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    note: { type: 'string' },
  },
})
// --quick: a few minutes, for trying the bench itself; never the figures of record.
const quick = values.quick
const scale = Number(quick ? 2 : values.scale)
const smallScale = quick ? 0 : Number(values['small-scale'])
const samples = Number(quick ? 10 : values.samples)
const warmup = Number(quick ? 2 : values.warmup)
const importRows = Number(quick ? 20_000 : values['import-rows'])
const charts = (quick ? '1000,5000' : values.charts).split(',').map(Number).filter(Boolean)
const skip = new Set(values.skip.split(',').filter(Boolean))

// ~82k records per unit of scale (nodes + links), measured at scale 1.
const estimate = (s: number) => 82_000 * s
// The million nodes first, with the browser and start-up against them: the figures of record
// come before the smaller scale and the imports, should a long run be cut short.
const scales = [scale, smallScale].filter((s) => s > 0)
const stages: Stage[] = [{ name: 'build client', weight: 1 }]
for (const s of scales) {
  stages.push({ name: `load scale ${s}`, weight: s / 4 })
  stages.push({ name: `questions scale ${s}`, weight: Math.max(1, s / 10) })
  if (s !== scale) continue
  if (!skip.has('browser')) stages.push({ name: 'browser', weight: 3 })
  if (!skip.has('startup')) stages.push({ name: 'pnpm start', weight: 2 })
}
if (!skip.has('import')) stages.push({ name: 'import', weight: Math.max(1, importRows / 150_000) })
if (!skip.has('ftm')) stages.push({ name: 'ftm', weight: 1 })
const progress = new Progress(stages)
const log = (s: string) => progress.log(s)

const started = new Date()
const results: ScaleResult[] = []
let browser: BrowserResult | null = null
let startup: StartupResult | null = null
let imports: ImportResult | null = null
let host: Machine | null = null

/** Writes what is measured so far, so a run cut short still leaves its figures in the doc. */
async function write(partial: boolean): Promise<void> {
  const section = render({
    started,
    finished: new Date(),
    machine: host,
    build: build ?? { ms: Number.NaN },
    results,
    browser,
    startup,
    imports,
    quick,
    partial,
    command: process.argv.slice(2).join(' '),
    note: values.note,
  })
  if (!partial) console.log(section)
  if (values['no-write']) return
  const doc = join(ROOT, 'docs/benchmarks.md')
  const text = replaceSection(readFileSync(doc, 'utf8'), section)
  // As `pnpm format` would write it, so the generated tables pass `prettier --check`.
  const options = (await prettier.resolveConfig(doc)) ?? {}
  writeFileSync(doc, await prettier.format(text, { ...options, filepath: doc }))
  if (!partial) log('docs/benchmarks.md: generated section written')
}

progress.stage('build client')
let build: BuildResult | null = null
build = await buildClient(ROOT)
log(`client built in ${(build.ms / 1000).toFixed(1)} s`)

for (const s of scales) {
  const big = s === scale
  const dataDir = mkdtempSync(join(tmpdir(), `htwb-bench-${s}-`))
  try {
    progress.stage(`load scale ${s}`)
    const { bench, loaded, loadSeconds, password } = await startBenchWorkbench(dataDir, s, (r) =>
      progress.update(Math.min(0.99, r / estimate(s)), `${r.toLocaleString('en-US')} records`),
    )
    log(
      `scale ${s}: ${loaded.nodes.toLocaleString('en-US')} nodes + ${loaded.links.toLocaleString('en-US')} links in ${loadSeconds.toFixed(0)} s`,
    )
    const entry: ScaleResult = {
      scale: s,
      nodes: loaded.nodes,
      links: loaded.links,
      loadSeconds,
      questions: [],
    }
    results.push(entry)
    try {
      host ??= await machine(bench.wb)
      progress.stage(`questions scale ${s}`)
      const samplesOf = await pickSamples(bench.wb)
      const peer = skip.has('peer') ? null : await startPeer(bench.wb.db.driver)
      try {
        entry.questions = await measure(
          bench,
          questions(samplesOf),
          peer?.url ?? null,
          peerQuestions(samplesOf),
          { samples, warmup },
          (f, note) => progress.update(f, note),
          (r: QuestionResult) =>
            log(
              `  ${r.key.padEnd(11)} ${r.apiFailure ? `FAILED ${r.apiFailure} ` : ''}api p50 ${r.api.p50.toFixed(1)} p95 ${r.api.p95.toFixed(1)} max ${r.api.max.toFixed(1)} (server reads ${r.serverReadMs.toFixed(1)}, writes ${r.serverWriteMs.toFixed(1)}) | raw p50 ${r.raw.p50.toFixed(1)} p95 ${r.raw.p95.toFixed(1)} | peer ${r.peer ? `p50 ${r.peer.p50.toFixed(1)} p95 ${r.peer.p95.toFixed(1)}` : (r.peerFailure ?? '—')} ms`,
            ),
        )
      } finally {
        await peer?.stop()
      }
      await write(true)
      if (big && !skip.has('browser')) {
        progress.stage('browser')
        browser = await chartBench(bench.url, bench.username, password, charts, (f, note) =>
          progress.update(f, note),
        )
        for (const c of browser.charts)
          log(
            `  chart ${c.nodes}: draw ${(c.drawMs / 1000).toFixed(1)} s, ${c.fps.toFixed(1)} fps; alone ${(c.presetDrawMs / 1000).toFixed(1)} s, ${c.presetFps.toFixed(1)} fps${c.failure ? ` (${c.failure})` : ''}`,
          )
      }
    } finally {
      await bench.stop()
    }
    await write(true)
    if (big && !skip.has('startup')) {
      progress.stage('pnpm start')
      startup = await measureStartup(ROOT, dataDir, loaded.nodes)
      log(`pnpm start: ready in ${(startup.readyMs / 1000).toFixed(1)} s`)
      await write(true)
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true })
  }
}

if (!skip.has('import') || !skip.has('ftm')) {
  progress.stage(skip.has('import') ? 'ftm' : 'import')
  imports = await runImportBench(ROOT, {
    rows: skip.has('import') ? 0 : importRows,
    ftm: !skip.has('ftm'),
    onStage: (name) => progress.stage(name),
    onProgress: (f, note) => progress.update(f, note),
    log,
  })
}
progress.done()

await write(false)
process.exit(0)
