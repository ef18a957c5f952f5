import { describe, expect, it } from 'vitest'
import { builtInMappings } from './builtin.ts'
import { planImport } from './plan.ts'
import { setAside } from './quarantine.ts'
import { rebind } from './rebind.ts'
import { readCsv } from './source-file.ts'

/** A built-in mapping without the columns these small files lack (as the wizard binds them). */
const mapping = (id: string) => {
  const m = builtInMappings().find((b) => b.id === id)!.mapping
  const absent =
    {
      'call-records': ['cell'],
      payments: ['currency', 'payer_type', 'payee_type'],
      'person-list': ['gender', 'nationality', 'phone', 'address'],
    }[id] ?? []
  const res = rebind(m, { columns: Object.fromEntries(absent.map((c) => [c, null])), parse: {} })
  if (!('mapping' in res)) throw new Error(JSON.stringify(res.problems))
  return res.mapping
}
const table = (csv: string) => readCsv(Buffer.from(csv), 'utf-8', 'auto')
const withEpoch = (id: string) => {
  const m = structuredClone(mapping(id))
  m.parse.timeZone = 'UTC'
  return m
}

describe('what an import does to rows, said in its notes', () => {
  it('keeps bare subscriber ids as phones known within their file only, and keeps self-calls', () => {
    const plan = planImport(
      withEpoch('call-records'),
      table(`caller,callee,start,duration
5,17,01.06.2019 10:00,60
5,5,01.06.2019 11:00,12
+38344123456,5,01.06.2019 12:00,30
`),
      'file-a',
    )
    expect(plan.errorCount).toBe(0)
    const phones = plan.entities.map((e) => [e.props.name, e.props.subscriberId, e.match])
    expect(phones).toEqual([
      ['Subscriber 5', '5', 'import'],
      ['Subscriber 17', '17', 'import'],
      ['+38344123456', undefined, 'graph'],
    ])
    // Phone 5 of another anonymised file is another line.
    const other = planImport(
      withEpoch('call-records'),
      table('caller,callee,start,duration\n5,17,01.06.2019 10:00,1\n'),
      'file-b',
    )
    expect(other.entities[0]!.ref).not.toBe(plan.entities[0]!.ref)
    expect(plan.links.filter((l) => l.kind === 'CALLED')).toHaveLength(3)
    expect(plan.notes).toContainEqual(
      expect.objectContaining({ code: 'self_link', count: 1, lines: [3] }),
    )
    expect(plan.notes).toContainEqual(
      expect.objectContaining({ code: 'file_local', field: 'caller.subscriberId' }),
    )
  })

  it('keeps two namesakes with different identifiers as two people', () => {
    const plan = planImport(
      mapping('person-list'),
      table(`first_name,last_name,date_of_birth,id_number,category
Arben,Krasniqi,01.02.1980,1234567890,suspect
Arben,Krasniqi,01.02.1980,9876543210,suspect
Arben,Krasniqi,01.02.1980,,suspect
`),
      'src',
    )
    expect(plan.entities.map((e) => e.props.identifiers)).toEqual([['1234567890'], ['9876543210']])
    expect(plan.notes).toContainEqual(
      expect.objectContaining({ code: 'namesakes', count: 1, lines: [3] }),
    )
    expect(plan.notes).toContainEqual(
      expect.objectContaining({ code: 'same_entity', count: 1, lines: [4] }),
    )
  })

  it('makes councils, banks and firms organisations and redacted payees one person per row', () => {
    const plan = planImport(
      mapping('payments'),
      table(`payer,payee,amount,date,reference
Oxford City Council,BIFFA WASTE SERVICES LTD,1925,15/01/2014,46279931_1
Oxford City Council,Redacted personal data,500.00,16/01/2014,46279932_1
Oxford City Council,Redacted personal data,500.00,17/01/2014,46279933_1
Oxford City Council,Oxford City Council,-12.50,17/01/2014,46279934_1
`),
      'src',
    )
    expect(plan.errorCount).toBe(0)
    expect(
      plan.entities.map((e) => [e.kind, e.props.name, e.props.orgType ?? e.props.category]),
    ).toEqual([
      ['Organization', 'Oxford City Council', 'OTHER'],
      ['Organization', 'BIFFA WASTE SERVICES LTD', 'COMPANY'],
      ['Person', 'Redacted personal data (line 3)', 'CONTACT'],
      ['Person', 'Redacted personal data (line 4)', 'CONTACT'],
    ])
    expect(plan.links.map((l) => l.props.amount)).toEqual([1925, 500, 500, -12.5])
    expect(plan.notes).toContainEqual(expect.objectContaining({ code: 'self_link', lines: [5] }))
  })

  it('counts one problem once and sets bad rows aside with their problems, to fix and re-import', () => {
    const csv = `caller,callee,start,duration
044 123 456,044 12x 456,01.06.2019 10:00,60
044 123 456,+381631234567,32.01.2019 10:00,60
044 123 456,+381631234567,01.06.2019 11:00,60
`
    const t = table(csv)
    const plan = planImport(mapping('call-records'), t, 'f'.repeat(64))
    // The bad callee is one problem, not also "key missing".
    expect(plan.errors.map((e) => [e.line, e.field])).toEqual([
      [2, 'callee.number'],
      [3, 'links[0].at'],
    ])
    expect(plan.errorCount).toBe(2)
    expect(plan.bad!.map((b) => b.line)).toEqual([2, 3])
    expect(plan.links).toHaveLength(1)
    const aside = setAside(plan, t, 'f'.repeat(64))
    expect(aside.rows).toBe(2)
    const back = table(aside.csv)
    expect(back.headers).toEqual([
      'caller',
      'callee',
      'start',
      'duration',
      'problems',
      'import_scope',
      'import_line',
    ])
    expect(back.rows.map((r) => r.cells.slice(0, 4))).toEqual([
      ['044 123 456', '044 12x 456', '01.06.2019 10:00', '60'],
      // A leading + is written as '+, so a spreadsheet shows the number, not a formula.
      ['044 123 456', "'+381631234567", '32.01.2019 10:00', '60'],
    ])
    expect(back.rows[0]!.cells.slice(5)).toEqual([`sha256:${'f'.repeat(64)}`, '2'])
  })

  it('writes formula-like cells so no spreadsheet runs them, and reads them back as they were', () => {
    const t = table('caller,callee,start,duration\n=2+5,+381631234567,01.06.2019 10:00,-5\n')
    const plan = planImport(mapping('call-records'), t, 'f'.repeat(64))
    const csv = setAside(plan, t, 'f'.repeat(64)).csv
    expect(csv).toContain(`'=2+5`)
    expect(csv).not.toMatch(/(^|,)=/m)
    // Imported again, the cell is the file's own text (and still not a phone number).
    const again = planImport(mapping('call-records'), table(csv), 'e'.repeat(64))
    expect(again.errors[0]).toMatchObject({ line: 2, field: 'caller.number' })
    expect(setAside(again, table(csv), 'e'.repeat(64)).csv).toBe(csv)
  })

  it('keeps a fixed repeat call and a fixed namesake as their own records', () => {
    const scope = `sha256:${'a'.repeat(64)}`
    const original = planImport(
      mapping('call-records'),
      table('caller,callee,start,duration\n+38344123456,+38345987654,01.06.2019 10:00,60\n'),
      'a'.repeat(64),
    )
    const fixed = planImport(
      mapping('call-records'),
      table(
        `caller,callee,start,duration,problems,import_scope,import_line\n+38344123456,+38345987654,01.06.2019 10:00,60,fixed,${scope},3\n`,
      ),
      'b'.repeat(64),
    )
    // The same call at the same time, logged twice in the original: not taken for the first.
    expect(fixed.links[0]!.importKey).not.toBe(original.links[0]!.importKey)
    const persons = (csv: string) => planImport(mapping('person-list'), table(csv), 'c'.repeat(64))
    const head = 'first_name,last_name,date_of_birth,id_number,category'
    const fixedNamesake = persons(
      `${head},problems,import_scope,import_line\nIlir,Zeqiraj,01.02.1980,9876543210,suspect,fixed,${scope},3\n`,
    )
    const first = persons(`${head}\nIlir,Zeqiraj,01.02.1980,1234567890,suspect\n`)
    expect(fixedNamesake.entities[0]!.ref).not.toBe(first.entities[0]!.ref)
  })

  it('meets the graph with each namesake by its own identifiers', () => {
    const plan = planImport(
      mapping('person-list'),
      table(`first_name,last_name,date_of_birth,id_number,category
Ilir,Zeqiraj,01.02.1980,1234567890,suspect
Ilir,Zeqiraj,01.02.1980,9876543210,suspect
`),
      'src',
    )
    expect(plan.entities.map((e) => e.key.identifiers)).toEqual([['1234567890'], ['9876543210']])
  })

  it('lets fixed set-aside rows meet the ids of the file they came from', () => {
    const first = planImport(
      withEpoch('call-records'),
      table('caller,callee,start,duration\n5,17,01.06.2019 10:00,1\n'),
      'a'.repeat(64),
    )
    const fixed = planImport(
      withEpoch('call-records'),
      table(
        `caller,callee,start,duration,problems,import_scope\n5,18,01.06.2019 11:00,1,fixed,sha256:${'a'.repeat(64)}\n`,
      ),
      'b'.repeat(64),
    )
    expect(fixed.entities[0]!.ref).toBe(first.entities[0]!.ref)
  })
})

describe('parties', () => {
  it('tells people from organisations by title, legal form and words, else the default', async () => {
    const { partyKind } = await import('./party.ts')
    const kinds = [
      'MR Y ALI',
      'Mrs. J Smith',
      'G 4 S SECURITY SERVICES',
      'Oak Lane Care Ltd',
      'Dardania Trans SH.P.K.',
      'Raiffeisen Bank Kosovo J.S.C.',
      'Komuna e Prishtinës',
      'Ilir Zeqiraj',
    ].map((n) => partyKind(n, undefined, 'Person'))
    expect(kinds.map((k) => k.orgType ?? k.kind)).toEqual([
      'Person',
      'Person',
      'COMPANY',
      'COMPANY',
      'COMPANY',
      'COMPANY',
      'OTHER',
      'Person',
    ])
    expect(partyKind('Ilir Zeqiraj', 'pravno lice', 'Person').kind).toBe('Organization')
    expect(partyKind('Acme', 'individual', 'Organization').kind).toBe('Person')
  })
})

describe('a type column', () => {
  it('decides whether a bank holder is a person or an organisation', () => {
    const m = builtInMappings().find((b) => b.id === 'bank-transactions')!.mapping
    const res = rebind(m, { columns: { currency: null, reference: null }, parse: {} })
    if (!('mapping' in res)) throw new Error(JSON.stringify(res.problems))
    const plan = planImport(
      res.mapping,
      table(`payer_account;payer_name;payer_type;payee_account;payee_name;payee_type;amount;date
XK051212012345678906;Arta;pravno lice;XK221212055500011122;Genti Shop;fizičko lice;10,00;01.02.2019
`),
      'src',
    )
    expect(
      plan.entities.filter((e) => e.kind !== 'Asset').map((e) => [e.props.name, e.kind]),
    ).toEqual([
      ['Arta', 'Organization'],
      ['Genti Shop', 'Person'],
    ])
  })
})

describe('columns', () => {
  it('names the columns the mapping does not read and the optional ones the file lacks', () => {
    const m = builtInMappings().find((b) => b.id === 'call-records')!.mapping
    const plan = planImport(
      m,
      table(
        'caller,callee,start,IMSI,Tower name\n+38344123456,+38345987654,01.06.2019 10:00,21901,North\n',
      ),
      'src',
    )
    expect(plan.errorCount).toBe(0)
    expect(plan.notes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'absent_columns', field: 'cell, duration', count: 2 }),
        expect.objectContaining({ code: 'unread_columns', field: 'IMSI, Tower name', count: 2 }),
      ]),
    )
  })
})

describe('match auto', () => {
  it('meets the graph by real identifiers whatever the length of a name, and long cell ids', () => {
    const persons = planImport(
      mapping('person-list'),
      table(`first_name,last_name,date_of_birth,id_number,category
Ana,Ly,01.01.1990,,contact
`),
      'src',
    )
    expect(persons.entities[0]!.match).toBe('graph')
    const cells = planImport(
      builtInMappings().find((b) => b.id === 'call-records')!.mapping,
      table(`caller,callee,start,duration,cell
+38344123456,+38345987654,01.06.2019 10:00,5,LAC 1201-CI 33
+38344123456,+38345987654,01.06.2019 11:00,5,C17
`),
      'src',
    )
    expect(cells.entities.filter((e) => e.kind === 'Location').map((e) => e.match)).toEqual([
      'graph',
      'import',
    ])
  })
})
