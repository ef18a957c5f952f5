import { createHash } from 'node:crypto'
import {
  KIND_PROPS,
  LABEL_PROPS,
  LINK_ENDS,
  LINK_PROPS,
  PROVENANCE_PROPS,
  ageOn,
  type GraphBatch,
  type NodeRecord,
} from '@htwb/graph'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { MAX_BATCH, countsByYear, expectedCounts, generate } from './index.ts'

const hash = (batches: Iterable<GraphBatch>) => {
  const h = createHash('sha256')
  for (const b of batches) h.update(JSON.stringify(b))
  return h.digest('hex')
}

let batches: GraphBatch[] = []
let nodes: NodeRecord[] = []
let byId = new Map<string, NodeRecord>()

// Generating and scanning ~70k records takes seconds, more on a busy machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 })

beforeAll(() => {
  batches = [...generate()]
  nodes = batches.flatMap((b) => b.nodes)
  byId = new Map(nodes.map((n) => [n.id, n]))
})

describe('determinism', () => {
  it('gives identical output for the same seed and scale', () => {
    expect(hash(generate())).toBe(hash(batches))
  })
  it('gives different output for a different seed', () => {
    expect(hash(generate({ seed: 7 }))).not.toBe(hash(batches))
  })
})

describe('structure', () => {
  it('keeps batches within the size limit', () => {
    for (const b of batches) expect(b.nodes.length + b.links.length).toBeLessThanOrEqual(MAX_BATCH)
  })

  it('mints unique ids with kind prefixes', () => {
    expect(byId.size).toBe(nodes.length)
    const prefix = {
      Person: 'per',
      Organization: 'org',
      Location: 'loc',
      Phone: 'pho',
      Asset: 'ast',
      Event: 'evt',
      Case: 'cas',
      Source: 'src',
    }
    for (const n of nodes) expect(n.id).toMatch(new RegExp(`^${prefix[n.kind]}-\\d{6,}$`))
    const links = batches.flatMap((b) => b.links.map((l) => l.id))
    expect(new Set(links).size).toBe(links.length)
  })

  it('emits link endpoints no later than the link, joining kinds LINK_ENDS allows', () => {
    const seen = new Map<string, string>()
    const problems: string[] = []
    for (const b of batches) {
      for (const n of b.nodes) seen.set(n.id, n.kind)
      for (const l of b.links) {
        const from = seen.get(l.from) ?? 'missing'
        const to = seen.get(l.to) ?? 'missing'
        const [fromKinds, toKinds] = LINK_ENDS[l.kind]
        const ok =
          (fromKinds as readonly string[]).includes(from) &&
          (toKinds as readonly string[]).includes(to)
        if (!ok && problems.length < 20)
          problems.push(`${l.id} ${l.kind} ${from} ${l.from} → ${to} ${l.to}`)
      }
    }
    expect(problems).toEqual([])
  })

  it('stores only known props, with full provenance citing existing sources', () => {
    // Plain checks collecting problems: one expect per prop would take minutes.
    const sources = new Set(nodes.filter((n) => n.kind === 'Source').map((n) => n.id))
    const problems: string[] = []
    const bad = (cond: boolean, what: string) => {
      if (!cond && problems.length < 20) problems.push(what)
    }
    const date = /^\d{4}-\d{2}-\d{2}$/
    const checkProv = (p: Record<string, unknown>, what: string) => {
      for (const k of PROVENANCE_PROPS) bad(k in p, `${what} lacks ${k}`)
      const ids = p['sourceIds']
      bad(
        Array.isArray(ids) && ids.length > 0 && ids.every((s) => sources.has(s)),
        `${what} sourceIds ${String(ids)}`,
      )
      bad(/^[A-F]$/.test(String(p['reliability'])), `${what} reliability`)
      bad([1, 2, 3, 4, 5, 6].includes(p['credibility'] as number), `${what} credibility`)
      bad(/^H[0-3]$/.test(String(p['handling'])), `${what} handling`)
      for (const k of ['validFrom', 'validTo'])
        bad(p[k] === null || date.test(String(p[k])), `${what} ${k}`)
      if (p['validFrom'] && p['validTo'])
        bad(String(p['validFrom']) <= String(p['validTo']), `${what} valid range`)
      bad(typeof p['recordedBy'] === 'string', `${what} recordedBy`)
      bad(
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(String(p['recordedAt'])),
        `${what} recordedAt`,
      )
      bad(p['version'] === 1, `${what} version`)
    }
    for (const n of nodes) {
      checkProv(n.props, n.id)
      bad(
        typeof n.props['name'] === 'string' && /\S/.test(String(n.props['searchText'])),
        `${n.id} name/searchText`,
      )
      const allowed = new Set<string>([
        'name',
        'searchText',
        'version',
        ...PROVENANCE_PROPS,
        ...KIND_PROPS[n.kind],
        ...LABEL_PROPS,
      ])
      for (const k of Object.keys(n.props)) bad(allowed.has(k), `${n.kind}.${k}`)
    }
    const linkAllowed = new Set<string>(['version', ...PROVENANCE_PROPS, ...LINK_PROPS])
    for (const b of batches) {
      for (const l of b.links) {
        checkProv(l.props, l.id)
        for (const k of Object.keys(l.props)) bad(linkAllowed.has(k), `${l.kind}.${k}`)
      }
    }
    expect(problems).toEqual([])
  })

  it('writes dates, points, phone numbers and amounts in the stored formats', () => {
    for (const n of nodes) {
      const p = n.props
      for (const k of ['dateOfBirth', 'date', 'openedOn'])
        if (p[k] != null) expect(p[k]).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      if (n.kind === 'Phone')
        expect(p['number']).toMatch(
          /^\+(3834[459]\d{6}|355\d{9}|381\d{9}|373\d{8}|380\d{9}|40\d{9})$/,
        )
      if (n.kind === 'Location' && p['country'] === 'XK') {
        const pt = p['point'] as { lat: number; lon: number }
        expect(pt.lat).toBeGreaterThan(41.8)
        expect(pt.lat).toBeLessThan(43.35)
        expect(pt.lon).toBeGreaterThan(20)
        expect(pt.lon).toBeLessThan(21.85)
      }
      if (n.kind === 'Person') {
        expect(Array.isArray(p['aliases'])).toBe(true)
        expect(Array.isArray(p['identifiers'])).toBe(true)
      }
    }
    for (const b of batches) {
      for (const l of b.links) {
        if (l.kind === 'CALLED') {
          expect(l.props['at']).toMatch(/Z$/)
          expect(l.props['durationSeconds']).toBeGreaterThan(0)
        }
        if (l.kind === 'PAID') expect(l.props['currency']).toBe('EUR')
      }
    }
    const caseNumbers = nodes.filter((n) => n.kind === 'Case').map((n) => n.props['caseNumber'])
    expect(new Set(caseNumbers).size).toBe(caseNumbers.length)
  })
})

describe('content', () => {
  it('matches the yearly figures of the strategy at scale 1', () => {
    const counts = countsByYear(batches)
    expect(counts).toEqual(expectedCounts(1))
    // Quoted in the National Strategy 2015–2019, chapter IV.
    expect([2011, 2012, 2013].map((y) => counts[y]?.arrests)).toEqual([183, 223, 182])
    expect(counts[2012]?.investigations).toBe(104)
    expect(counts[2012]?.victimsIdentified).toBe(43)
    expect(counts[2013]?.victimsIdentified).toBe(52)
    expect(counts[2012]?.prosecutions).toEqual({
      THB: 34,
      FACILITATION: 27,
      PROSTITUTION: 37,
      OTHER: 4,
    })
    expect(counts[2013]?.prosecutions).toEqual({
      THB: 38,
      FACILITATION: 18,
      PROSTITUTION: 15,
      OTHER: 17,
    })
    expect([2011, 2012].map((y) => counts[y]?.convictions)).toEqual([37, 41])
  })

  it('has victims who were minors when exploited', () => {
    const victimOf = new Map<string, string>()
    for (const b of batches) {
      for (const l of b.links)
        if (l.kind === 'INVOLVED_IN' && l.props['role'] === 'VICTIM') victimOf.set(l.to, l.from)
    }
    let minors = 0
    let total = 0
    for (const n of nodes) {
      if (n.kind !== 'Event' || n.props['eventType'] !== 'EXPLOITATION') continue
      const v = byId.get(victimOf.get(n.id) ?? '')
      expect(v?.props['category']).toBe('VICTIM')
      total++
      if (ageOn(String(v?.props['dateOfBirth']), String(n.props['date'])) < 18) minors++
    }
    expect(minors).toBeGreaterThan(total * 0.15)
    expect(minors).toBeLessThan(total * 0.7)
  })

  it('spells names as regional records do', () => {
    const persons = nodes.filter((n) => n.kind === 'Person')
    const krasniqi = persons.filter((n) => n.props['lastName'] === 'Krasniqi')
    expect(
      krasniqi.some((n) => (n.props['aliases'] as string[]).some((a) => a.endsWith(' Krasnići'))),
    ).toBe(true)
    const cyrillic = persons.filter((n) =>
      (n.props['aliases'] as string[]).some((a) => /[\u0400-\u04ff]/.test(a)),
    )
    expect(cyrillic.length).toBeGreaterThan(0)
    // Albanian and Serbian spellings share search keys.
    for (const n of krasniqi) expect(String(n.props['searchText']).split(' ')).toContain('krasnici')
  })

  it('orders each case: opened, filed with the prosecutor, convicted', () => {
    const caseOf = new Map<string, string>()
    for (const b of batches)
      for (const l of b.links) if (l.kind === 'PART_OF_CASE') caseOf.set(l.from, l.to)
    for (const n of nodes) {
      const t = n.props['eventType']
      if (t !== 'PROSECUTION' && t !== 'ARREST') continue
      const c = byId.get(caseOf.get(n.id) ?? '')
      expect(String(n.props['date']) >= String(c?.props['openedOn'])).toBe(true)
    }
  })
})

describe('scale', () => {
  it('roughly doubles at scale 2, with exactly doubled figures', () => {
    const two = [...generate({ scale: 2 })]
    const ratio = two.reduce((s, b) => s + b.nodes.length, 0) / nodes.length
    expect(ratio).toBeGreaterThan(1.85)
    expect(ratio).toBeLessThan(2.15)
    expect(countsByYear(two)).toEqual(expectedCounts(2))
  })

  it('streams: the first batch of scale 300 comes without building the rest', () => {
    const it300 = generate({ scale: 300 })
    const first = it300.next()
    expect(first.done).toBe(false)
    expect(first.value?.nodes.length).toBeGreaterThan(0)
    it300.return(undefined)
  })
})
