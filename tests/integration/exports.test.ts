import { randomUUID } from 'node:crypto'
import { inflateRawSync } from 'node:zlib'
import { createUser, SystemAccess } from '@htwb/server'
import { beforeAll, describe, expect, it } from 'vitest'
import { Api } from '../support/api.ts'
import { cypher, testDb } from '../support/db.ts'
import { createEntity, createLink, createSource, person, PROVENANCE } from '../support/fixtures.ts'

/**
 * A case with a victim, a suspect who exploits her and uses a phone, and a bar with a name a
 * spreadsheet would run; an investigator assigned to it and to nothing else. A second case holds
 * a person the investigator may not see, linked to the suspect. The investigator exports a chart
 * naming everything, the hidden person too, as the browser would send it.
 */
const tag = randomUUID().slice(0, 6)
const VICTIM = `Vjosa Eksport${tag}`
const SUSPECT = `Dardan Eksport${tag}`
const HIDDEN = `Hidden Eksport${tag}`
const BAR = `@Bar Dardania ${tag}, "Prishtinë"`
const PASSWORD = 'exports-test-pw-1'
const PURPOSE = `Chart for the prosecutor, case EXP-${tag}`
let insider: Api
let adminOnly: Api
let ids: Record<'victim' | 'suspect' | 'phone' | 'bar' | 'hidden', string>
let linkIds: Record<'exploited' | 'uses' | 'member' | 'hiddenLink', string>

const EXPORT = `mutation($i: ChartExportInput!) {
  exportChart(input: $i) { format entityCount linkCount restricted fileName mimeType content skipped { what count } }
}`
interface Exported {
  format: string
  entityCount: number
  linkCount: number
  restricted: number
  fileName: string | null
  mimeType: string | null
  content: string | null
  skipped: Array<{ what: string; count: number }>
}

const chart = (format: string, extra: Record<string, unknown> = {}) => ({
  i: {
    format,
    entityIds: [ids.victim, ids.suspect, ids.phone, ids.bar, ids.hidden],
    linkIds: Object.values(linkIds),
    purpose: PURPOSE,
    ...extra,
  },
})
const run = async (api: Api, vars: ReturnType<typeof chart>) =>
  (await api.ok<{ exportChart: Exported }>(EXPORT, vars)).exportChart
const text = (e: Exported) => Buffer.from(e.content ?? '', 'base64').toString('utf8')

function unzip(bytes: Buffer): Map<string, string> {
  const out = new Map<string, string>()
  let p = 0
  while (bytes.readUInt32LE(p) === 0x04034b50) {
    const size = bytes.readUInt32LE(p + 18)
    const nameLength = bytes.readUInt16LE(p + 26)
    const name = bytes.subarray(p + 30, p + 30 + nameLength).toString('utf8')
    const start = p + 30 + nameLength + bytes.readUInt16LE(p + 28)
    out.set(name, inflateRawSync(bytes.subarray(start, start + size)).toString('utf8'))
    p = start + size
  }
  return out
}

beforeAll(async () => {
  const admin = await Api.signedIn()
  const system = new SystemAccess(testDb())
  await createUser(system, {
    username: `exp.in.${tag}`,
    displayName: 'Exporter',
    roles: ['INVESTIGATOR'],
    clearances: [],
    password: PASSWORD,
  })
  await createUser(system, {
    username: `exp.admin.${tag}`,
    displayName: 'Accounts only',
    roles: ['ADMINISTRATOR'],
    clearances: [],
    password: PASSWORD,
  })
  const newCase = async (n: string) =>
    (
      await admin.ok<{ createCase: { id: string } }>(
        `mutation($i: CreateCaseInput!) { createCase(input: $i) { id } }`,
        { i: { caseNumber: n, name: `Operation ${n}`, provenance: PROVENANCE } },
      )
    ).createCase.id
  const caseId = await newCase(`EXP-${tag}`)
  const otherCase = await newCase(`EXP-OTHER-${tag}`)
  const src = await createSource(admin, `Statement ${tag}`)
  const make = async (input: Record<string, unknown>) => (await createEntity(admin, src, input)).id
  ids = {
    victim: await make({ ...person(VICTIM, 'VICTIM', { dateOfBirth: '1999-04-05' }), caseId }),
    suspect: await make({ ...person(SUSPECT, 'SUSPECT', { nationality: 'XK' }), caseId }),
    phone: await make({
      kind: 'Phone',
      name: '+38349555111',
      phone: { number: '+38349555111' },
      caseId,
    }),
    // The bar's record may not be passed on without its provider's consent (handling H2).
    bar: await make({
      kind: 'Organization',
      name: BAR,
      organization: { orgType: 'COMPANY' },
      caseId,
      provenance: { ...PROVENANCE, sourceIds: [src], handling: 'H2' },
    }),
    hidden: await make({ ...person(HIDDEN, 'SUSPECT'), caseId: otherCase }),
  }
  linkIds = {
    exploited: (
      await createLink(admin, src, 'EXPLOITED', ids.suspect, ids.victim, {
        exploitationForm: 'SEXUAL',
      })
    ).id,
    uses: (await createLink(admin, src, 'USES_PHONE', ids.suspect, ids.phone)).id,
    member: (await createLink(admin, src, 'EMPLOYED_BY', ids.suspect, ids.bar)).id,
    hiddenLink: (await createLink(admin, src, 'ASSOCIATE', ids.hidden, ids.suspect)).id,
  }
  await admin.ok(`mutation($c: ID!, $u: String!) { assignCase(caseId: $c, username: $u) { id } }`, {
    c: caseId,
    u: `exp.in.${tag}`,
  })
  insider = await Api.signedIn(`exp.in.${tag}`, PASSWORD)
  adminOnly = await Api.signedIn(`exp.admin.${tag}`, PASSWORD)
})

/** The newest DISCLOSE entry of the exporter: what the audit trail says left. */
async function lastDisclosure() {
  const [entry] = await cypher<{
    action: string
    detail: string
    justification: string
    entityIds: string[]
    personIds: string[]
  }>(
    `MATCH (a:AuditEntry {action: 'DISCLOSE', operation: 'exportChart', actor: $actor})
     RETURN a.action AS action, a.detail AS detail, a.justification AS justification,
       a.entityIds AS entityIds, a.personIds AS personIds
     ORDER BY a.seq DESC LIMIT 1`,
    { actor: `exp.in.${tag}` },
  )
  return entry!
}

describe('chart exports from the browser', () => {
  it('writes GraphML of what the viewer sees: the victim under her pseudonym, the hidden person not at all', async () => {
    const e = await run(insider, chart('GRAPHML'))
    expect(e).toMatchObject({
      format: 'GRAPHML',
      entityCount: 4,
      linkCount: 3,
      restricted: 1,
      skipped: [],
    })
    expect(e.fileName).toMatch(/^chart-\d{8}-\d{4}\.graphml$/)
    expect(e.mimeType).toBe('application/graphml+xml')
    const xml = text(e)
    expect(xml.match(/<node /g)).toHaveLength(4)
    expect(xml.match(/<edge /g)).toHaveLength(3)
    for (const secret of [VICTIM, 'Vjosa', ids.hidden, HIDDEN, linkIds.hiddenLink, '1999-04-05'])
      expect(xml).not.toContain(secret)
    expect(xml).toMatch(/>Victim [0-9A-F]{6}</)
    expect(xml).toContain(`>${SUSPECT}<`)
    expect(xml).toContain('@Bar Dardania')

    const entry = await lastDisclosure()
    expect(entry.action).toBe('DISCLOSE')
    expect(entry.detail).toBe('chart graphml entities:4 links:3 restricted:1')
    expect(entry.justification).toBe(PURPOSE)
    expect([...entry.entityIds].sort()).toEqual(
      [ids.victim, ids.suspect, ids.phone, ids.bar].sort(),
    )
    expect(entry.personIds).toContain(ids.victim)
  })

  it('answers for a hidden id exactly as for one that does not exist', async () => {
    const withHidden = await run(insider, chart('GRAPHML'))
    const withMissing = await run(
      insider,
      chart('GRAPHML', {
        entityIds: [ids.victim, ids.suspect, ids.phone, ids.bar, `per-${randomUUID()}`],
        linkIds: [linkIds.exploited, linkIds.uses, linkIds.member, `lnk-${randomUUID()}`],
      }),
    )
    const strip = (e: Exported) => ({ ...e, fileName: null })
    expect(strip(withHidden)).toEqual(strip(withMissing))
  })

  it('writes the CSV of entities and of links in one zip, UTF-8 with a BOM, formulas defused', async () => {
    const e = await run(insider, chart('CSV'))
    expect(e.fileName).toMatch(/\.csv\.zip$/)
    const files = unzip(Buffer.from(e.content!, 'base64'))
    expect([...files.keys()]).toEqual(['entities.csv', 'links.csv'])
    const entities = files.get('entities.csv')!
    expect(entities.startsWith('\uFEFFid,kind,name,')).toBe(true)
    expect(entities.split('\r\n').filter(Boolean)).toHaveLength(5)
    // The bar's name begins with @: a leading apostrophe, and quoted for its comma and quotes.
    expect(entities).toContain(`"'@Bar Dardania ${tag}, ""Prishtinë"""`)
    expect(entities).toContain("'+38349555111")
    expect(entities).not.toContain(VICTIM)
    expect(entities).not.toContain(HIDDEN)
    const links = files.get('links.csv')!
    expect(links.split('\r\n').filter(Boolean)).toHaveLength(4)
    expect(links).toMatch(
      new RegExp(
        `${linkIds.exploited},EXPLOITED,${ids.suspect},${ids.victim},${SUSPECT},Victim [0-9A-F]{6},`,
      ),
    )
    expect((await lastDisclosure()).detail).toBe('chart csv entities:4 links:3 restricted:1')
  })

  it('writes FollowTheMoney lines through the FtM export, the victim as a pseudonym under our id', async () => {
    const e = await run(insider, chart('FTM'))
    expect(e.fileName).toMatch(/\.ftm\.ijson$/)
    const lines = text(e)
      .split('\n')
      .filter(Boolean)
      .map(
        (l) =>
          JSON.parse(l) as { id: string; schema: string; properties: Record<string, string[]> },
      )
    const victim = lines.find((l) => l.id === ids.victim)
    expect(victim?.schema).toBe('Person')
    expect(victim?.properties).toEqual({ name: [expect.stringMatching(/^Victim [0-9A-F]{6}$/)] })
    expect(lines.find((l) => l.id === ids.suspect)?.properties.phone).toEqual(['+38349555111'])
    expect(lines.some((l) => l.schema === 'Employment')).toBe(true)
    expect(JSON.stringify(lines)).not.toContain(HIDDEN)
    expect(JSON.stringify(lines)).not.toContain(VICTIM)
    expect(e.entityCount).toBe(4)
    expect((await lastDisclosure()).detail).toMatch(
      /^chart ftm entities:4 links:3 restricted:1 ftm-entities:\d+ intervals:\d+$/,
    )
  })

  it('records a PNG or SVG before the browser draws it, and sends no file', async () => {
    for (const format of ['PNG', 'SVG']) {
      const e = await run(insider, chart(format))
      expect(e).toMatchObject({
        format,
        entityCount: 4,
        linkCount: 3,
        content: null,
        fileName: null,
      })
      const entry = await lastDisclosure()
      expect(entry.detail).toBe(`chart ${format.toLowerCase()} entities:4 links:3 restricted:1`)
      expect(entry.entityIds).not.toContain(ids.hidden)
    }
  })

  it('refuses a role without the ability, an export without a purpose, and a chart too large', async () => {
    const before = await cypher<{ n: number }>(
      `MATCH (a:AuditEntry {action: 'DISCLOSE', operation: 'exportChart'}) RETURN count(a) AS n`,
    )
    expect(await adminOnly.code(EXPORT, chart('GRAPHML'))).toBe('auth/forbidden')
    expect(await insider.code(EXPORT, chart('CSV', { purpose: 'why' }))).toBe('input/invalid')
    const many = Array.from({ length: 10_001 }, (_, i) => `per-${i}`)
    expect(await insider.code(EXPORT, chart('CSV', { entityIds: many }))).toBe('export/too_large')
    const after = await cypher<{ n: number }>(
      `MATCH (a:AuditEntry {action: 'DISCLOSE', operation: 'exportChart'}) RETURN count(a) AS n`,
    )
    expect(after).toEqual(before)
  })
})

/**
 * A victim with her home and her phone, an informant and an arrest labelled with him, exported
 * by a supervisor cleared for both: the clearance lets him read the numbers and the informant's
 * name in the workbench, but no file may carry them (architecture rule 13).
 */
describe('chart exports by a cleared user', () => {
  const HOME = `Rruga Fshehtë ${tag} 7`
  const TOWN = `Fshat${tag}`
  const NUMBER = `+3834999${tag.replace(/\D/g, '').padEnd(4, '0').slice(0, 4)}`
  const IMEI = `35${tag.replace(/\D/g, '').padEnd(4, '1').slice(0, 4)}0987654321`
  const INFORMANT = `Burim Informant${tag}`
  let cleared: Api
  let p: Record<'victim' | 'home' | 'phone' | 'informant' | 'arrest', string>
  let l: Record<'lives' | 'uses', string>

  beforeAll(async () => {
    const admin = await Api.signedIn()
    await createUser(new SystemAccess(testDb()), {
      username: `exp.sup.${tag}`,
      displayName: 'Cleared supervisor',
      roles: ['SUPERVISOR'],
      clearances: ['VICTIM_IDENTITY', 'INFORMANT_IDENTITY'],
      password: PASSWORD,
    })
    const caseId = (
      await admin.ok<{ createCase: { id: string } }>(
        `mutation($i: CreateCaseInput!) { createCase(input: $i) { id } }`,
        {
          i: {
            caseNumber: `EXP-HOME-${tag}`,
            name: `Operation home ${tag}`,
            provenance: PROVENANCE,
          },
        },
      )
    ).createCase.id
    const src = await createSource(admin, `Home statement ${tag}`)
    const make = async (input: Record<string, unknown>) =>
      (await createEntity(admin, src, { ...input, caseId })).id
    p = {
      victim: await make(person(`Arta Shtëpia${tag}`, 'VICTIM')),
      home: await make({
        kind: 'Location',
        name: HOME,
        location: {
          locType: 'ADDRESS',
          address: HOME,
          municipality: TOWN,
          country: 'XK',
          point: { lat: 42.6712345, lon: 21.1654321 },
        },
      }),
      phone: await make({ kind: 'Phone', name: NUMBER, phone: { number: NUMBER, imei: IMEI } }),
      informant: await make(person(INFORMANT, 'INFORMANT')),
      arrest: await make({ kind: 'Event', name: `Arrest ${tag}`, event: { eventType: 'ARREST' } }),
    }
    l = {
      lives: (await createLink(admin, src, 'LIVES_AT', p.victim, p.home)).id,
      uses: (await createLink(admin, src, 'USES_PHONE', p.victim, p.phone)).id,
    }
    // A derived label, as the demo data and imports store them: "Arrest of @<informant id>".
    await cypher(
      `MATCH (e:Event {id: $id}) SET e.labelKey = 'ARREST_OF', e.labelArgs = ['@' + $informant],
         e.labelFor = e.name`,
      { id: p.arrest, informant: p.informant },
    )
    cleared = await Api.signedIn(`exp.sup.${tag}`, PASSWORD)
  })

  const whole = (format: string) => ({
    i: { format, entityIds: Object.values(p), linkIds: Object.values(l), purpose: PURPOSE },
  })
  const SECRETS = () => [
    HOME,
    TOWN,
    '42.67',
    '21.16',
    NUMBER,
    NUMBER.slice(1),
    IMEI,
    INFORMANT,
    'Informant' + tag,
  ]

  it('reads the numbers and the informant in the workbench: the clearance does lift them there', async () => {
    const read = await cleared.ok<{ a: { name: string }; b: { name: string } }>(
      `query($a: ID!, $b: ID!) { a: entity(id: $a) { name } b: entity(id: $b) { name } }`,
      { a: p.phone, b: p.informant },
    )
    expect(read).toEqual({ a: { name: NUMBER }, b: { name: INFORMANT } })
  })

  it('leaves the victim’s lone home, her phone’s number and the informant’s name out of the CSV', async () => {
    const e = await run(cleared, whole('CSV'))
    const files = unzip(Buffer.from(e.content!, 'base64'))
    const all = [...files.values()].join('\n')
    for (const secret of SECRETS()) expect(all).not.toContain(secret)
    expect(all).not.toContain(p.home)
    expect(all).not.toContain(l.lives)
    expect(files.get('entities.csv')!).toMatch(/Protected phone [0-9A-F]{6}/)
    expect(files.get('entities.csv')!).toMatch(/Arrest of Protected person [0-9A-F]{6}/)
    expect(e).toMatchObject({ entityCount: 4, linkCount: 1 })
    expect(e.skipped).toEqual([
      { what: 'Address (home of a protected person)', count: 1 },
      { what: 'LIVES_AT (Person → Location)', count: 1 },
      { what: 'Phone number (of a protected person)', count: 1 },
    ])
    const entry = await cypher<{ ids: string[] }>(
      `MATCH (a:AuditEntry {action: 'DISCLOSE', operation: 'exportChart', actor: $actor})
       RETURN a.entityIds AS ids ORDER BY a.seq DESC LIMIT 1`,
      { actor: `exp.sup.${tag}` },
    )
    expect(entry[0]!.ids).not.toContain(p.home)
  })

  it('leaves them out of the GraphML and the FtM file too', async () => {
    for (const format of ['GRAPHML', 'FTM']) {
      const e = await run(cleared, whole(format))
      const file = text(e)
      for (const secret of SECRETS()) expect(file, format).not.toContain(secret)
      expect(file, format).not.toContain(p.home)
      expect(file, format).toMatch(/Arrest of Protected person [0-9A-F]{6}/)
    }
  })
})
