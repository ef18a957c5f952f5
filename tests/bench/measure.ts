/**
 * Asks every question as the client does, over HTTP against the real workbench, then the same
 * Cypher it ran (recorded from its read transactions, same parameters, visibility included)
 * directly through the driver, then the same question through @neo4j/graphql. Interleaved per
 * sample, so all three meet the same caches and the same load from the machine.
 */
import neo4j from 'neo4j-driver'
import { askPeer, type PeerQuestion } from './ngql.ts'
import type { Question } from './questions.ts'
import { summarize, type Summary } from './stats.ts'
import { gql, type BenchWorkbench, type Statement } from './workbench.ts'

export interface QuestionResult {
  key: string
  title: string
  target?: number
  api: Summary
  raw: Summary
  peer: Summary | null
  /** Why the peer has no figure (an error, a timeout), if it has none. */
  peerFailure?: string
  /** Why the API has no figure (a refused or failed request), if it has none. */
  apiFailure?: string
  /** p50 of the time the server spent in read and in write (audit) transactions per request. */
  serverReadMs: number
  serverWriteMs: number
  /** The statement the raw replay spent most time in, and its share of the replay. */
  heaviest?: { gist: string; share: number }
  /** Statements and read transactions per request, as recorded. */
  statements: number
  transactions: number
}

const PEER_TIMEOUT_MS = 30_000
// The first request of a question plans its Cypher: @neo4j/graphql's depth 2 is one statement
// with over a thousand subqueries, whose planning alone takes tens of seconds.
const PEER_WARMUP_TIMEOUT_MS = 180_000

/** A statement's opening words, to tell which named query it is. */
export const gist = (query: string) => query.replace(/\s+/g, ' ').trim().slice(0, 90)

async function replay(
  bench: BenchWorkbench,
  transactions: Statement[][],
  spent: Map<string, number>,
): Promise<void> {
  const { driver, database } = bench.wb.db
  for (const statements of transactions) {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ })
    try {
      await session.executeRead(async (tx) => {
        for (const s of statements) {
          const t = performance.now()
          await tx.run(s.query, s.params)
          const key = gist(s.query)
          spent.set(key, (spent.get(key) ?? 0) + performance.now() - t)
        }
      })
    } finally {
      await session.close()
    }
  }
}

export async function measure(
  bench: BenchWorkbench,
  qs: readonly Question[],
  peerUrl: string | null,
  peerQs: Record<string, PeerQuestion[]>,
  opts: { samples: number; warmup: number },
  onProgress: (fraction: number, note: string) => void,
  onResult: (result: QuestionResult) => void = () => {},
): Promise<QuestionResult[]> {
  const results: QuestionResult[] = []
  const steps = qs.length * (opts.samples + opts.warmup)
  let done = 0
  for (const q of qs) {
    const api: number[] = []
    const raw: number[] = []
    const peer: number[] = []
    let peerFailure: string | undefined = peerUrl ? undefined : 'not run'
    let apiFailure: string | undefined
    let apiFailures = 0
    const spent = new Map<string, number>()
    const reads: number[] = []
    const writes: number[] = []
    let statements = 0
    let transactions = 0
    for (let i = -opts.warmup; i < opts.samples; i++) {
      const n = i + opts.warmup
      bench.recorder.take()
      bench.recorder.on = true
      const answers: unknown[] = []
      let t = performance.now()
      try {
        for (let step = 0; step < q.steps; step++) {
          const r = q.requests(n, answers)
          if (!r) break
          answers.push(await gql(bench.url, bench.cookie, r.op, r.variables))
        }
      } catch (e) {
        // A refused sample is not timed; the others still are, and the report says how many.
        apiFailure ??= (e as Error).message.slice(0, 300)
        apiFailures++
        bench.recorder.on = false
        bench.recorder.take()
        onProgress(++done / steps, q.key)
        continue
      } finally {
        bench.recorder.on = false
      }
      const apiMs = performance.now() - t
      const { readMs, writeMs } = bench.recorder
      const recorded = bench.recorder.take()
      t = performance.now()
      await replay(bench, recorded, i >= 0 ? spent : new Map())
      const rawMs = performance.now() - t
      let peerMs = Number.NaN
      if (!peerFailure) {
        t = performance.now()
        const limit = i < 0 ? PEER_WARMUP_TIMEOUT_MS : PEER_TIMEOUT_MS
        try {
          for (const pq of peerQs[q.key] ?? [])
            await Promise.race([
              askPeer(peerUrl!, pq, n),
              new Promise((_, reject) =>
                setTimeout(() => reject(new Error(`over ${limit / 1000} s`)), limit).unref(),
              ),
            ])
          peerMs = performance.now() - t
        } catch (e) {
          peerFailure = (e as Error).message.slice(0, 200)
        }
      }
      if (i >= 0) {
        api.push(apiMs)
        reads.push(readMs)
        writes.push(writeMs)
        raw.push(rawMs)
        if (Number.isFinite(peerMs)) peer.push(peerMs)
        statements += recorded.reduce((s, tx) => s + tx.length, 0)
        transactions += recorded.length
      }
      onProgress(++done / steps, q.key)
    }
    done = (qs.indexOf(q) + 1) * (opts.samples + opts.warmup)
    const total = [...spent.values()].reduce((a, b) => a + b, 0)
    const top = [...spent.entries()].sort((a, b) => b[1] - a[1])[0]
    const result: QuestionResult = {
      heaviest: top && total > 0 ? { gist: top[0], share: top[1] / total } : undefined,
      key: q.key,
      title: q.title,
      target: q.target,
      api: summarize(api),
      raw: summarize(raw),
      peer: peer.length && !peerFailure ? summarize(peer) : null,
      peerFailure,
      apiFailure:
        apiFailure &&
        `${apiFailures} of ${opts.samples + opts.warmup} refused, first: ${apiFailure}`,
      serverReadMs: summarize(reads).p50,
      serverWriteMs: summarize(writes).p50,
      statements: statements / Math.max(1, api.length),
      transactions: transactions / Math.max(1, api.length),
    }
    results.push(result)
    onResult(result)
  }
  return results
}
