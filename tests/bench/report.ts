/** The generated section of docs/benchmarks.md, from one run's figures. */
import type { BrowserResult } from './browser.ts'
import type { ImportResult } from './imports.ts'
import type { Machine } from './machine.ts'
import { int, ms, ratio, table } from './markdown.ts'
import type { QuestionResult } from './measure.ts'
import { againstFloor, againstTarget } from './stats.ts'
import type { BuildResult, StartupResult } from './startup.ts'

export interface ScaleResult {
  scale: number
  nodes: number
  links: number
  loadSeconds: number
  questions: QuestionResult[]
}

export interface RunFigures {
  started: Date
  finished: Date
  machine: Machine | null
  build: BuildResult
  results: ScaleResult[]
  browser: BrowserResult | null
  startup: StartupResult | null
  imports: ImportResult | null
  quick: boolean
  /** Written mid-run: the stages after the last figure have not run yet. */
  partial?: boolean
  command: string
  note?: string
}

/** API over the raw Cypher it ran: at most this much (issue 12). */
export const RAW_RATIO_TARGET = 1.3
export const CHART_FPS_TARGET = 30

const kB = (b: number) => `${(b / 1024).toFixed(1)} kB`
const s1 = (msv: number) => (Number.isFinite(msv) ? `${(msv / 1000).toFixed(1)} s` : '—')

function questionTable(qs: readonly QuestionResult[]): string {
  return table(
    [
      'question',
      'API p50 / p95 / max',
      'raw Cypher p50 / p95',
      '@neo4j/graphql p50 / p95',
      'API ÷ raw (p95)',
      'API ÷ @neo4j/graphql (p95)',
      'in the server, p50: reads / audit writes',
      'statements / request',
    ],
    qs.map((q) => [
      q.title,
      q.api.n
        ? `${ms(q.api.p50)} / ${ms(q.api.p95)} / ${ms(q.api.max)}${q.apiFailure ? ` (${q.apiFailure})` : ''}`
        : `failed: ${q.apiFailure ?? '?'}`,
      `${ms(q.raw.p50)} / ${ms(q.raw.p95)}`,
      q.peer ? `${ms(q.peer.p50)} / ${ms(q.peer.p95)}` : `— (${q.peerFailure ?? 'not run'})`,
      ratio(q.api.p95 / q.raw.p95),
      q.peer ? ratio(q.api.p95 / q.peer.p95) : '—',
      `${ms(q.serverReadMs)} / ${ms(q.serverWriteMs)}`,
      `${q.statements.toFixed(1)} in ${q.transactions.toFixed(1)} tx`,
    ]),
  )
}

/** Every target of issue 12 at the largest scale, met or missed by how much. */
export function targets(big: ScaleResult | undefined, browser: BrowserResult | null): string[][] {
  const rows: string[][] = []
  for (const q of big?.questions ?? []) {
    if (q.target !== undefined)
      rows.push([
        `${q.title}: p95 ≤ ${q.target} ms`,
        ms(q.api.p95),
        againstTarget(q.api.p95, q.target),
      ])
    rows.push([
      `${q.title}: API ≤ ${RAW_RATIO_TARGET}× raw Cypher (p95)`,
      ratio(q.api.p95 / q.raw.p95),
      againstTarget(q.api.p95 / q.raw.p95, RAW_RATIO_TARGET),
    ])
    rows.push([
      `${q.title}: API no slower than @neo4j/graphql (p95)`,
      q.peer ? ratio(q.api.p95 / q.peer.p95) : '—',
      q.peer ? againstTarget(q.api.p95 / q.peer.p95, 1) : 'not measured',
    ])
  }
  const five = browser?.charts.find((c) => c.nodes === 5000)
  if (five)
    rows.push([
      '5,000-node chart ≥ 30 fps while panning',
      `${five.fps.toFixed(1)} fps`,
      againstFloor(five.fps, CHART_FPS_TARGET),
    ])
  return rows
}

export function render(f: RunFigures): string {
  const m = f.machine
  const minutes = ((f.finished.getTime() - f.started.getTime()) / 60_000).toFixed(0)
  const out: string[] = []
  out.push(
    `## Latest \`pnpm bench\` (generated ${f.finished.toISOString().slice(0, 16).replace('T', ' ')} UTC, ${minutes} min${f.quick ? ', --quick: not figures of record' : ''})`,
  )
  if (f.note) out.push(`> ${f.note}`)
  out.push(
    m
      ? `Machine: ${m.cores} cores (${m.cpu}), ${m.memoryGiB} GiB, Node ${m.node}, ${m.neo4j} (embedded, heap ${process.env.WB_GRAPH_HEAP_MB ?? '4096'} MB, page cache ${process.env.WB_GRAPH_PAGECACHE_MB ?? '4096'} MB), ${m.java}, @neo4j/graphql ${m.neo4jGraphql}${f.browser ? `, Chromium ${f.browser.chromium}` : ''}. Load average when the questions began: ${m.load}. Command: \`pnpm bench${f.command ? ` ${f.command}` : ''}\`.`
      : 'Machine: not read.',
  )
  out.push(
    "Every question is asked as the client asks it (its own operations from `client/src/**/*.graphql`, the variables its composables send) over HTTP to the real server (`server/src/start.ts`: Express, Apollo, the permission guard, cost limit, need-to-know, pseudonyms, shield, consultation audit), signed in as an investigator assigned to 60 open cases, without clearances and without all-cases rights. **Raw Cypher** is the same statements the server ran for that request (recorded from its read transactions, with the same parameters, visibility included), replayed one transaction after another through neo4j-driver: what the API adds is the difference (the audit write, GraphQL, conversion, shield); the server's own time in its read and write transactions is timed too (write: the consultation audit). **@neo4j/graphql** is the same question through Neo4j's generated GraphQL API over the same database (type definitions for the workbench's labels and link types, served by a second Apollo server in the process): it has no need-to-know, shield or audit and returns ids and names only; its depth 2 is the neighbours of each neighbour per link type, its search a `CONTAINS` on names, its shortest path a `@cypher` field. Samples are interleaved (API, raw, peer) after warm-up requests; p95 is nearest-rank.",
  )
  for (const r of f.results) {
    out.push(`### Scale ${r.scale}: ${int(r.nodes)} nodes, ${int(r.links)} links`)
    out.push(
      `Loaded with the bulk loader (generation and derived need-to-know fields included) in ${r.loadSeconds.toFixed(0)} s, ${int((r.nodes + r.links) / r.loadSeconds)} records/s.`,
    )
    if (r.questions.length) out.push(questionTable(r.questions))
  }
  const big = f.results.find(
    (r) => r.questions.length && r.scale === Math.max(...f.results.map((x) => x.scale)),
  )
  const t = targets(big, f.browser)
  if (big?.questions.some((q) => q.heaviest)) {
    out.push(
      'Where the raw Cypher time goes at the largest scale (the statement the replay spent most in):',
    )
    out.push(
      table(
        ['question', 'share of raw time', 'statement'],
        big.questions
          .filter((q) => q.heaviest)
          .map((q) => [
            q.title,
            `${Math.round(q.heaviest!.share * 100)} %`,
            `\`${q.heaviest!.gist}…\``,
          ]),
      ),
    )
  }
  if (t.length) {
    out.push(`### Targets of issue 12 at scale ${big?.scale} (${int(big?.nodes ?? 0)} nodes)`)
    out.push(table(['target', 'measured', 'verdict'], t))
  }
  if (f.browser) {
    const l = f.browser.load
    out.push('### Client in headless Chromium')
    out.push(
      table(
        ['what', 'time', 'over the wire'],
        [
          [
            'first load, to the sign-in form (cache off)',
            `${l.loginMs} ms`,
            `${kB(l.loginBytes)} in ${l.loginRequests} responses`,
          ],
          [
            'signing in, to the workbench with its chart',
            `${l.workbenchMs} ms`,
            kB(l.workbenchBytes),
          ],
        ],
      ),
    )
    out.push(
      table(
        [
          'chart',
          'time to draw (store → layout → first frame)',
          'panning',
          'drawing alone (grid, no layout)',
          'panning it',
          'target (panning)',
        ],
        f.browser.charts.map((c) => [
          `${int(c.nodes)} nodes, ${int(c.links)} links`,
          c.failure && !Number.isFinite(c.drawMs) ? c.failure : s1(c.drawMs),
          Number.isFinite(c.fps) ? `${c.fps.toFixed(1)} fps` : '—',
          s1(c.presetDrawMs),
          Number.isFinite(c.presetFps) ? `${c.presetFps.toFixed(1)} fps` : '—',
          c.nodes === 5000 ? againstFloor(c.fps, CHART_FPS_TARGET) : '',
        ]),
      ),
    )
    out.push(
      "Entities are handed to the chart's own store, so its sync, styles and full fcose layout run as when a case is opened; frames are requestAnimationFrame callbacks per second while `cy.panBy` moves the view every frame (software rendering, `--disable-gpu`). “Drawing alone” puts the same elements on the chart's Cytoscape at grid positions, with the data, classes and badge images the store gives each kind, without the layout.",
    )
  }
  out.push(`### Start`)
  out.push(`Client build (\`pnpm --filter @htwb/client build\`): ${s1(f.build.ms)}.`)
  if (f.startup)
    out.push(
      `\`pnpm start\` against the ${int(f.startup.nodes)}-node database: ready line after ${s1(f.startup.readyMs)} (client build until ${s1(f.startup.buildMs)}, then the server), first GraphQL answer after ${s1(f.startup.firstAnswerMs)}.`,
    )
  const im = f.imports
  if (im) {
    out.push('### Imports against LOAD CSV')
    if (im.rows) {
      out.push(
        `${int(im.rows)} call records (\`tests/bench/import.ts --rows ${im.rows}\`, its own embedded Neo4j):`,
      )
      if (im.workbench && im.loadCsv && im.loadCsvSame)
        out.push(
          table(
            ['what', 'time', 'rows/s', 'workbench ÷ peer (rate)'],
            [
              [
                'workbench import',
                `${im.workbench.seconds} s`,
                int(im.workbench.rowsPerSecond),
                '',
              ],
              [
                'LOAD CSV, raw strings',
                `${im.loadCsv.seconds} s`,
                int(im.loadCsv.rowsPerSecond),
                ratio(im.workbench.rowsPerSecond / im.loadCsv.rowsPerSecond),
              ],
              [
                'LOAD CSV, same properties',
                `${im.loadCsvSame.seconds} s`,
                int(im.loadCsvSame.rowsPerSecond),
                `${ratio(im.workbench.rowsPerSecond / im.loadCsvSame.rowsPerSecond)} (target ≥ 1.00×: ${againstFloor(im.workbench.rowsPerSecond / im.loadCsvSame.rowsPerSecond, 1)})`,
              ],
              ...(im.loadCsvSchema
                ? [
                    [
                      'LOAD CSV, same properties into the workbench’s schema (constraints, indexes)',
                      `${im.loadCsvSchema.seconds} s`,
                      int(im.loadCsvSchema.rowsPerSecond),
                      ratio(im.workbench.rowsPerSecond / im.loadCsvSchema.rowsPerSecond),
                    ],
                  ]
                : []),
            ],
          ),
        )
      out.push(`\`\`\`\n${im.lines.join('\n')}\n\`\`\``)
      if (im.failure) out.push(`Failed: ${im.failure}`)
    }
    if (im.ftm) {
      out.push('FollowTheMoney file:')
      out.push(`\`\`\`\n${im.ftm.lines.join('\n')}\n\`\`\``)
      if (im.ftm.failure) out.push(`Failed: ${im.ftm.failure}`)
    }
  }
  return out.join('\n\n')
}
