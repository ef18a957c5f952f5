import type { Record as NeoRecord } from 'neo4j-driver'
import { describe, expect, it } from 'vitest'
import { buildIdentities } from './protected-index.ts'
import { mentionedPersons, shield, shielded, type RunRead } from './shield.ts'

const identities = buildIdentities(
  [
    {
      id: 'per-v',
      category: 'VICTIM',
      name: 'Arben Krasniqi',
      firstName: 'Arben',
      lastName: 'Krasniqi',
      aliases: [],
      identifiers: [],
      phones: [{ id: 'pho-v', number: '+38344123456', imei: null }],
      assets: [{ id: 'ast-v', identifier: 'XK05 1212 0123 4567 8906' }],
    },
  ],
  'test-key',
)
const VICTIM = identities.matcher.subjects[0]!.label
const PHONE = identities.matcher.subjects.find((s) => s.id === 'pho-v')!.label

const event = (id: string, name: string, description: string | null = null) => ({
  id,
  kind: 'Event',
  name,
  description,
  version: 1,
  provenance: { sourceIds: [] },
})

/**
 * The database's answers: who stands next to each carrier, by name, and which protected persons
 * the viewer sees (all, unless told).
 */
function db(
  rows: Array<Record<string, unknown>>,
  visible?: string[],
): { run: RunRead; calls: unknown[] } {
  const calls: unknown[] = []
  const run: RunRead = async (_query, params) => {
    const carriers = params.carriers as Array<{ id: string }>
    if (carriers.length) calls.push({ carriers })
    const seen = (params.ids as string[]).filter((id) => !visible || visible.includes(id))
    const near = rows.filter((r) => carriers.some((c) => c.id === r.id))
    const answer: Record<string, unknown> = { seen, near }
    return [{ get: (k: string) => answer[k] } as unknown as NeoRecord]
  }
  return { run, calls }
}

const run = (value: unknown, cleared: boolean, runRead = db([]).run) => {
  const consulted = new Set<string>()
  return shield(value, { identities, cleared, consulted, viewer: 'reader', runRead }).then(
    () => consulted,
  )
}

describe('the free-text shield', () => {
  it('replaces the name in names, descriptions, aliases and link references for the uncleared', async () => {
    const result = {
      nodes: [
        event('evt-1', 'Interview with Arben Krasniqi', 'Krasniqi, Arben was calm'),
        { id: 'org-1', kind: 'Organization', name: 'Bar', aliases: ['Arben Krasniqi Sh.p.k.'] },
      ],
      links: [
        {
          id: 'lnk-1',
          kind: 'PAID',
          fromId: 'per-s',
          toId: 'per-t',
          reference: 'for Arben Krasniqi',
        },
      ],
    }
    const consulted = await run(result, false)
    expect(result.nodes[0]).toMatchObject({
      name: `Interview with ${VICTIM}`,
      description: `${VICTIM} was calm`,
    })
    expect(result.nodes[1]).toMatchObject({ aliases: [`${VICTIM} Sh.p.k.`] })
    expect(result.links[0]!.reference).toBe(`for ${VICTIM}`)
    expect(shielded(result.nodes[0]!)).toBe(true)
    expect([...consulted]).toEqual(['per-v'])
  })

  it('changes nothing for the cleared, but records whom the text names', async () => {
    const e = event('evt-1', 'Interview with Arben Krasniqi')
    expect([...(await run([e], true))]).toEqual(['per-v'])
    expect(e.name).toBe('Interview with Arben Krasniqi')
    expect(mentionedPersons({ hit: e }, identities)).toEqual(['per-v'])
  })

  it('never rewrites a person’s own name: a suspect may share a victim’s', async () => {
    const suspect = {
      id: 'per-s',
      kind: 'Person',
      name: 'Arben Krasniqi',
      firstName: 'Arben',
      lastName: 'Krasniqi',
      minorWhenRecorded: false,
    }
    await run([suspect], false)
    expect(suspect.name).toBe('Arben Krasniqi')
  })

  it('keeps the name in text about a visible unprotected namesake, and asks only then', async () => {
    const near = db([
      { id: 'evt-arrest', name: 'Arben Krasniqi', firstName: null, lastName: null, aliases: [] },
    ])
    const arrest = event('evt-arrest', 'Arrest of Arben Krasniqi')
    const other = event('evt-other', 'Statement of Arben Krasniqi')
    const plain = event('evt-plain', 'Meeting at the bar')
    await run([arrest, other, plain], false, near.run)
    expect(arrest.name).toBe('Arrest of Arben Krasniqi')
    expect(other.name).toBe(`Statement of ${VICTIM}`)
    expect(near.calls).toEqual([
      {
        carriers: [
          { id: 'evt-arrest', adjacent: true },
          { id: 'evt-other', adjacent: true },
        ],
      },
    ])
    const none = db([])
    await run([event('evt-3', 'Meeting at the bar')], false, none.run)
    expect(none.calls).toEqual([])
  })

  it("withholds a protected person's phone and asset, and the number written elsewhere", async () => {
    const phone = {
      id: 'pho-v',
      kind: 'Phone',
      name: '+38344123456',
      number: '+38344123456',
      imei: '1',
    }
    const asset = {
      id: 'ast-v',
      kind: 'Asset',
      name: 'Account',
      identifier: 'XK05…',
      description: 'x',
    }
    const note = event('evt-2', 'Call', 'She called from 044 123 456')
    const consulted = await run({ phone, asset, note }, false)
    expect(phone).toMatchObject({ name: PHONE, number: PHONE, imei: null, pseudonymised: true })
    expect(asset).toMatchObject({ identifier: null, pseudonymised: true })
    expect(asset.name).toMatch(/^Protected asset [0-9A-F]{6}$/)
    expect(note.description).toBe(`She called from ${PHONE}`)
    expect([...consulted]).toEqual(['per-v'])
    const own = { id: 'pho-v', kind: 'Phone', name: 'n', number: '+38344123456' }
    await run([own], true)
    expect(own.number).toBe('+38344123456')
  })

  it('withholds an unseen protected person’s name from all but the text’s recorder', async () => {
    const phone = { id: 'pho-v', kind: 'Phone', name: 'n', number: '+38344123456' }
    const note = event('evt-4', 'Statement of Arben Krasniqi, 044 123 456')
    const consulted = await run({ phone, note }, false, db([], []).run)
    // The number is the phone's own record: hiding it would reveal its hidden user.
    expect(phone.number).toBe('+38344123456')
    // Another reader learns that the text names someone protected, never who or of which kind.
    const pseudonym = VICTIM.slice(VICTIM.lastIndexOf(' ') + 1)
    expect(note.name).toBe(`Statement of Protected person ${pseudonym}, ${PHONE}`)
    expect([...consulted]).toEqual(['per-v'])
    // Whoever wrote it reads it as written: typing a name tells its writer nothing.
    const mine = {
      ...event('evt-5', 'Statement of Arben Krasniqi'),
      provenance: { sourceIds: [], recordedBy: 'reader' },
    }
    await run([mine], false, db([], []).run)
    expect(mine.name).toBe('Statement of Arben Krasniqi')
    expect(shielded(mine)).toBe(false)
  })

  it('reaches audit entries and other plain rows, but no driver objects', async () => {
    class NodeLike {
      name = 'Arben Krasniqi'
    }
    const row = { seq: 1, justification: 'Interview with Arben Krasniqi', personIds: ['per-v'] }
    const node = new NodeLike()
    await run({ row, node }, false)
    expect(row.justification).toBe(`Interview with ${VICTIM}`)
    expect(node.name).toBe('Arben Krasniqi')
  })
})
