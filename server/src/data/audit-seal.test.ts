import {
  appendFileSync,
  chmodSync,
  mkdtempSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AuditSeal } from './audit-seal.ts'

const files = () => {
  const dir = mkdtempSync(join(tmpdir(), 'htwb-seal-'))
  return { keyFile: join(dir, 'key'), anchorFile: join(dir, 'anchor') }
}

describe('audit seal', () => {
  it('creates a key readable by its owner only, and keeps it on the next start', () => {
    const f = files()
    const a = AuditSeal.open(f)
    expect(statSync(f.keyFile).mode & 0o777).toBe(0o600)
    expect(readFileSync(f.keyFile, 'utf8').trim()).toMatch(/^[0-9a-f]{64}$/)
    const b = AuditSeal.open(f)
    expect(b.mac('entry', 'x')).toBe(a.mac('entry', 'x'))
    expect(a.mac('entry', 'x')).not.toBe(a.mac('justification', 'x'))
    expect(AuditSeal.open(files()).mac('entry', 'x')).not.toBe(a.mac('entry', 'x'))
  })

  it('refuses a key others can read, and a key too short', () => {
    const f = files()
    AuditSeal.open(f)
    chmodSync(f.keyFile, 0o644)
    expect(() => AuditSeal.open(f)).toThrow(/chmod 600/)
    const g = files()
    writeFileSync(g.keyFile, 'abcd\n', { mode: 0o600 })
    expect(() => AuditSeal.open(g)).toThrow(/64 hex digits/)
  })

  it('appends anchors and skips a last line a crash cut short', async () => {
    const f = files()
    const seal = AuditSeal.open(f)
    const h = (c: string) => c.repeat(64)
    await seal.anchor([{ seq: 1, hash: h('a') }])
    await seal.anchor([
      { seq: 2, hash: h('b') },
      { seq: 3, hash: h('c') },
    ])
    appendFileSync(f.anchorFile, `4 ${h('d').slice(0, 10)}`)
    expect(await seal.anchored()).toEqual([
      { seq: 1, hash: h('a') },
      { seq: 2, hash: h('b') },
      { seq: 3, hash: h('c') },
    ])
    appendFileSync(f.anchorFile, '\n')
    await expect(seal.anchored()).rejects.toThrow(/line 4/)
  })
})
