import { describe, expect, it } from 'vitest'
import type { QuestionResult } from './measure.ts'
import { targets, type ScaleResult } from './report.ts'

const s = (p50: number, p95: number) => ({ n: 40, p50, p95, max: p95 * 2 })

describe('bench targets', () => {
  const q: QuestionResult = {
    key: 'expand1',
    title: 'expansion depth 1',
    target: 15,
    api: s(10, 30),
    raw: s(8, 20),
    peer: s(5, 40),
    serverReadMs: 6,
    serverWriteMs: 2,
    statements: 4,
    transactions: 5,
  }
  const big: ScaleResult = { scale: 47, nodes: 1e6, links: 2.6e6, loadSeconds: 600, questions: [q] }

  it('says for each question by how much its target, the raw ratio and the peer ratio are missed', () => {
    expect(targets(big, null)).toEqual([
      ['expansion depth 1: p95 ≤ 15 ms', '30.0 ms', 'missed by 2.0×'],
      ['expansion depth 1: API ≤ 1.3× raw Cypher (p95)', '1.50×', 'missed by 1.2×'],
      ['expansion depth 1: API no slower than @neo4j/graphql (p95)', '0.75×', 'met'],
    ])
  })

  it('judges the 5,000-node chart by its panning rate', () => {
    const browser = {
      chromium: '1',
      load: { loginMs: 1, loginBytes: 1, loginRequests: 1, workbenchMs: 1, workbenchBytes: 1 },
      charts: [{ nodes: 5000, links: 7499, drawMs: 1, fps: 12, presetDrawMs: 1, presetFps: 20 }],
    }
    expect(targets(undefined, browser)).toEqual([
      ['5,000-node chart ≥ 30 fps while panning', '12.0 fps', 'missed by 2.5×'],
    ])
  })
})
