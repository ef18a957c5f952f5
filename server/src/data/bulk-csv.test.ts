import { describe, expect, it } from 'vitest'
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { linksAsCsv, nodesAsCsv, sweepLoadFiles, unreadable } from './bulk-csv.ts'

const link = (props: Record<string, unknown>, id = 'lnk-1') => ({
  id,
  kind: 'CALLED' as const,
  from: 'pho-1',
  to: 'pho-2',
  props: props as never,
})

describe('bulk links as CSV', () => {
  it('writes typed columns the statement reads back as the parameter path stores them', () => {
    const out = linksAsCsv([
      link({
        at: '2019-03-01T10:00:00.000Z',
        durationSeconds: 61,
        amount: 2.5,
        sourceIds: ['src-1', 'src-2'],
        validFrom: '2019-01-01',
        role: 'say "hi"',
      }),
      link({ durationSeconds: 5, validFrom: null }, 'lnk-2'),
    ])!
    const [head, first, second] = out.csv.trimEnd().split('\n')
    expect(head).toBe('from,to,id,at,durationSeconds,amount,sourceIds,validFrom,role')
    expect(first).toBe(
      '"pho-1","pho-2","lnk-1","2019-03-01T10:00:00.000Z",61,2.5,"src-1\u001fsrc-2","2019-01-01","say ""hi"""',
    )
    // Absent values are empty cells: LOAD CSV reads them as null and SET stores nothing.
    expect(second).toBe('"pho-1","pho-2","lnk-2",,5,,,,')
    expect(out.statement).toContain('r.`at` = datetime(row.`at`)')
    expect(out.statement).toContain('r.`durationSeconds` = toInteger(row.`durationSeconds`)')
    expect(out.statement).toContain('r.`amount` = toFloat(row.`amount`)')
    expect(out.statement).toContain("r.`sourceIds` = split(row.`sourceIds`, '\u001f')")
    expect(out.statement).toContain('r.`validFrom` = date(row.`validFrom`)')
    expect(out.statement).toContain('IN TRANSACTIONS OF 10000 ROWS')
    // The type is written into the statement, checked against the model: one kind per file.
    expect(out.statement).toContain('CREATE (a)-[r:CALLED]->(b)')
  })

  it('leaves to the parameter path what a cell would not carry unchanged', () => {
    expect(linksAsCsv([link({ role: 'two\nlines' })])).toBeNull()
    expect(linksAsCsv([link({ role: '' })])).toBeNull()
    // LOAD CSV reads a backslash before a quote as an escape (legacy quote escaping).
    expect(linksAsCsv([link({ role: 'ends in \\' })])).toBeNull()
    expect(linksAsCsv([link({ sourceIds: ['a\\"b'] })])).toBeNull()
    expect(linksAsCsv([link({ sourceIds: [] })])).toBeNull()
    expect(linksAsCsv([link({ 'bad key': 'x' })])).toBeNull()
    expect(linksAsCsv([link({ role: 'a' }), link({ role: 3 }, 'lnk-2')])).toBeNull()
    expect(linksAsCsv([{ ...link({}), kind: 'NOT_A_KIND' as never }])).toBeNull()
    expect(linksAsCsv([link({}), { ...link({}, 'lnk-2'), kind: 'PAID' }])).toBeNull()
    expect(linksAsCsv([])).toBeNull()
  })

  it('writes a staged import’s entities of one kind with their labels, or leaves them to parameters', () => {
    const phone = (id: string, props: Record<string, unknown>) => ({
      id,
      kind: 'Phone' as const,
      props: props as never,
    })
    const out = nodesAsCsv(
      [
        phone('pho-1', { number: '+38344123456', importRun: 'imp-1' }),
        phone('pho-2', { number: '+38344654321', importRun: 'imp-1' }),
      ],
      ['Entity', 'Phone', 'Staged'],
      { set: 'n += $prov' },
    )!
    expect(out.csv).toBe(
      'id,number,importRun\n"pho-1","+38344123456","imp-1"\n"pho-2","+38344654321","imp-1"\n',
    )
    expect(out.statement).toContain('CREATE (n:Entity:Phone:Staged)')
    expect(out.statement).toContain('SET n.id = row.id, n.`number` = row.`number`')
    expect(out.statement).toContain('SET n += $prov')
    // Labels other than the kind's own, Entity and Staged never reach the statement.
    expect(nodesAsCsv([phone('pho-1', {})], ['Entity', 'Person'])).toBeNull()
    expect(nodesAsCsv([phone('pho-1', {})], ['Entity', 'Phone`) DETACH DELETE (x'])).toBeNull()
    expect(nodesAsCsv([phone('pho-1', { name: 'a\\' })], ['Entity', 'Phone'])).toBeNull()
    expect(nodesAsCsv([phone('pho-"1', {})], ['Entity', 'Phone'])).toBeNull()
  })

  it('sweeps what a dead import left in the load directory, and nothing else', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'htwb-sweep-')), 'load')
    sweepLoadFiles(dir) // not made yet: nothing to do
    mkdirSync(dir)
    writeFileSync(join(dir, 'htwb-load-1.csv'), 'from,to,id\n')
    writeFileSync(join(dir, 'someone-elses.csv'), 'x\n')
    sweepLoadFiles(dir)
    expect(readdirSync(dir)).toEqual(['someone-elses.csv'])
  })

  it('tells a file the database could not open from other failures', () => {
    expect(unreadable({ code: 'Neo.ClientError.Statement.ExternalResourceFailed' })).toBe(true)
    expect(unreadable({ code: 'Neo.ClientError.Schema.ConstraintValidationFailed' })).toBe(false)
    expect(unreadable(new Error('x'))).toBe(false)
  })
})
