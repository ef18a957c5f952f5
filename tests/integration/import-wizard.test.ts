import { describe, expect, it, inject } from 'vitest'
import { cypher, graphFingerprint } from '../support/db.ts'
import { cookieOf } from '../support/session.ts'

// An operator's export nobody wrote a mapping for: its own headers, month-first dates.
const OPERATOR =
  'Datum i vreme,Trajanje,A broj,B broj,Celija\n' +
  '05/13/2019 10:00,45,044963001,044963002,C-W1\n' +
  '05/14/2019 11:30,5,044963002,044963003,\n'

async function call(
  method: string,
  path: string,
  cookie: string,
  body?: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; text: string; json: () => Record<string, unknown> }> {
  const res = await fetch(`${inject('wbUrl')}${path}`, {
    method,
    headers: { cookie, 'x-htwb-import': '1', ...headers },
    body,
  })
  const text = await res.text()
  return { status: res.status, text, json: () => JSON.parse(text) as Record<string, unknown> }
}

interface Slot {
  column: string
  header: string | null
  required: boolean
}
interface Fit {
  id: string
  fit: number
  slots: Slot[]
  parse: { dateOrder: string }
}

describe('the import wizard behind the browser', () => {
  it('previews an unseen file and proposes the call-record mapping with its columns bound', async () => {
    const cookie = await cookieOf('investigator')
    const before = await graphFingerprint()
    const res = await call('POST', '/api/imports/preview?fileName=op.csv', cookie, OPERATOR)
    expect(res.status).toBe(200)
    const preview = res.json().preview as {
      headers: string[]
      rows: string[][]
      rowCount: number
      mappings: Fit[]
    }
    expect(preview.headers).toEqual(['Datum i vreme', 'Trajanje', 'A broj', 'B broj', 'Celija'])
    expect(preview.rows[0]).toEqual(['05/13/2019 10:00', '45', '044963001', '044963002', 'C-W1'])
    expect(preview.rowCount).toBe(2)
    const best = preview.mappings[0]!
    expect(best.id).toBe('call-records')
    expect(best.fit).toBe(1)
    expect(best.parse.dateOrder).toBe('MDY')
    expect(best.slots.find((s) => s.column === 'caller')?.header).toBe('A broj')
    expect(await graphFingerprint()).toBe(before)
  })

  it('imports the file with the binding, streaming progress, and the dates read month first', async () => {
    const cookie = await cookieOf('investigator')
    const binding = {
      columns: {
        caller: 'A broj',
        callee: 'B broj',
        start: 'Datum i vreme',
        duration: 'Trajanje',
        cell: 'Celija',
      },
      parse: { dateOrder: 'MDY' },
    }
    const q = new URLSearchParams({
      mapping: 'call-records',
      fileName: 'op.csv',
      binding: JSON.stringify(binding),
    })
    const res = await call('POST', `/api/imports?${q}`, cookie, OPERATOR, {
      accept: 'application/x-ndjson',
    })
    expect(res.status).toBe(200)
    const lines = res.text
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>)
    expect(lines.some((l) => 'progress' in l)).toBe(true)
    expect(lines.at(-1)).toMatchObject({ report: { rows: 2, dryRun: false } })
    const [call1] = await cypher<{ at: string }>(
      `MATCH (:Phone {number: '+38344963001'})-[c:CALLED]->(:Phone {number: '+38344963002'})
       RETURN toString(c.at) AS at`,
    )
    expect(call1?.at).toBe('2019-05-13T08:00:00Z')
  })

  it('refuses a binding that leaves out a needed column, and writes nothing', async () => {
    const cookie = await cookieOf('investigator')
    const before = await graphFingerprint()
    const q = new URLSearchParams({
      mapping: 'call-records',
      fileName: 'op2.csv',
      binding: JSON.stringify({ columns: { caller: null } }),
    })
    const res = await call('POST', `/api/imports?${q}`, cookie, OPERATOR.replace('963', '964'))
    expect(res.status).toBe(400)
    expect(res.json().error).toMatchObject({
      code: 'import/invalid_mapping',
      problems: expect.arrayContaining([expect.objectContaining({ path: 'columns.caller' })]),
    })
    expect(await graphFingerprint()).toBe(before)
  })

  it('saves a bound mapping for the team, reuses it by id, and keeps others from replacing it', async () => {
    const investigator = await cookieOf('investigator')
    const name = `Operator X ${Date.now()}`
    const saved = await call(
      'POST',
      '/api/imports/mappings',
      investigator,
      JSON.stringify({
        name,
        template: 'call-records',
        binding: {
          columns: {
            caller: 'A broj',
            callee: 'B broj',
            start: 'Datum i vreme',
            duration: 'Trajanje',
            cell: null,
          },
          parse: { dateOrder: 'MDY' },
        },
      }),
      { 'content-type': 'application/json' },
    )
    expect(saved.status).toBe(200)
    const id = (saved.json().mapping as { id: string }).id
    const supervisor = await cookieOf('supervisor')
    const list = await call('GET', '/api/imports/mappings', supervisor)
    expect(
      (list.json().mappings as Array<{ id: string; columns: string[] }>).find((m) => m.id === id)
        ?.columns,
    ).toEqual(['A broj', 'B broj', 'Datum i vreme', 'Trajanje'])
    // Reused without any binding: the saved mapping reads the operator's headers itself.
    const q = new URLSearchParams({ mapping: id, fileName: 'op3.csv', dryRun: 'true' })
    const dry = await call('POST', `/api/imports?${q}`, supervisor, OPERATOR.replace(/963/g, '965'))
    expect(dry.json().report).toMatchObject({ rows: 2, entities: [{ kind: 'Phone', created: 3 }] })

    // A supervisor may replace anyone's mapping; an investigator may not replace a supervisor's.
    const edited = (saved.json().mapping as { yaml: string }).yaml.replace(
      'One row per call',
      'Edited by the supervisor: one row per call',
    )
    const json0 = { 'content-type': 'application/json' }
    const replaced = await call(
      'POST',
      '/api/imports/mappings',
      supervisor,
      JSON.stringify({ yaml: edited }),
      json0,
    )
    expect((replaced.json().mapping as { id: string }).id).toBe(id)
    const [mine] = await cypher<{ yaml: string }>(
      'MATCH (m:ImportMapping {id: $id}) RETURN m.yaml AS yaml',
      { id },
    )
    expect(mine?.yaml).toContain('Edited by the supervisor')
    const theirs = `Supervisor's ${Date.now()}`
    const yaml = (saved.json().mapping as { yaml: string }).yaml.replace(name, theirs)
    const json = { 'content-type': 'application/json' }
    const bySupervisor = await call(
      'POST',
      '/api/imports/mappings',
      supervisor,
      JSON.stringify({ yaml }),
      json,
    )
    expect(bySupervisor.status).toBe(200)
    const theirId = (bySupervisor.json().mapping as { id: string }).id
    const replace = await call(
      'POST',
      '/api/imports/mappings',
      investigator,
      JSON.stringify({ yaml: yaml.replace('One row per call', 'Replaced: one row per call') }),
      json,
    )
    expect(replace.json().error).toMatchObject({ code: 'import/mapping_name_taken' })
    const [stored] = await cypher<{ yaml: string }>(
      'MATCH (m:ImportMapping {id: $id}) RETURN m.yaml AS yaml',
      { id: theirId },
    )
    expect(stored?.yaml).not.toContain('Replaced')
    expect((await call('DELETE', `/api/imports/mappings/${theirId}`, investigator)).status).toBe(
      404,
    )
    expect(
      (await call('DELETE', `/api/imports/mappings/${id}`, await cookieOf('analyst'))).status,
    ).toBe(403)
    expect((await call('DELETE', `/api/imports/mappings/${id}`, investigator)).status).toBe(200)
  })

  it('answers a malformed body with a JSON error, not a page', async () => {
    const res = await call(
      'POST',
      '/api/imports/mappings',
      await cookieOf('investigator'),
      '{"yaml": ',
      {
        'content-type': 'application/json',
      },
    )
    expect(res.status).toBe(400)
    expect(res.json().error).toMatchObject({ code: 'request/malformed', field: 'body' })
  })

  it('refuses a mapping that is not valid YAML or names what the model lacks, listing each problem', async () => {
    const cookie = await cookieOf('investigator')
    const [{ n: before } = { n: 0 }] = await cypher<{ n: number }>(
      'MATCH (m:ImportMapping) RETURN count(m) AS n',
    )
    const res = await call(
      'POST',
      '/api/imports/mappings',
      cookie,
      JSON.stringify({
        yaml: 'version: 1\nname: Bad\nsource: { name: x }\nentities: { a: { kind: Spaceship, key: [n], fields: { n: { column: n } } } }\n',
      }),
      { 'content-type': 'application/json' },
    )
    expect(res.status).toBe(400)
    expect(res.json().error).toMatchObject({ code: 'import/invalid_mapping' })
    expect((res.json().error as { problems: Array<{ path: string }> }).problems[0]?.path).toBe(
      'entities.a.kind',
    )
    const [{ n: after } = { n: 0 }] = await cypher<{ n: number }>(
      'MATCH (m:ImportMapping) RETURN count(m) AS n',
    )
    expect(after).toBe(before)
  })
})

describe('FollowTheMoney files through the same endpoint', () => {
  it('imports JSON lines with format=ftm, streaming progress, and finds them again on a re-run', async () => {
    const tag = Date.now()
    const file =
      [
        {
          id: `wz-p-${tag}`,
          schema: 'Person',
          properties: { name: [`Teuta Wizard ${tag}`], birthDate: ['1975-04-02'] },
        },
        { id: `wz-c-${tag}`, schema: 'Company', properties: { name: [`Wizard Trade ${tag}`] } },
        {
          id: `wz-d-${tag}`,
          schema: 'Directorship',
          properties: { director: [`wz-p-${tag}`], organization: [`wz-c-${tag}`] },
        },
      ]
        .map((e) => JSON.stringify(e))
        .join('\n') + '\n'
    const cookie = await cookieOf('investigator')
    const q = new URLSearchParams({ format: 'ftm', fileName: 'aleph.ijson' })
    const first = await call('POST', `/api/imports?${q}`, cookie, file, {
      accept: 'application/x-ndjson',
    })
    const last = JSON.parse(first.text.trim().split('\n').at(-1)!) as Record<string, unknown>
    expect(last).toMatchObject({
      report: {
        dryRun: false,
        entities: expect.arrayContaining([{ kind: 'Person', created: 1, matched: 0 }]),
      },
    })
    const [row] = await cypher<{ org: string }>(
      `MATCH (:Person {ftmId: $p})-[:DIRECTOR_OF]->(o:Organization) RETURN o.name AS org`,
      { p: `wz-p-${tag}` },
    )
    expect(row?.org).toBe(`Wizard Trade ${tag}`)
    const before = await graphFingerprint()
    const again = await call('POST', `/api/imports?${q}`, cookie, file)
    expect(again.json().report).toMatchObject({
      entities: expect.arrayContaining([{ kind: 'Person', created: 0, matched: 1 }]),
    })
    expect(await graphFingerprint()).toBe(before)
  })

  it('refuses a malformed line by its number and writes nothing', async () => {
    const before = await graphFingerprint()
    const q = new URLSearchParams({ format: 'ftm', fileName: 'broken.ijson' })
    const res = await call(
      'POST',
      `/api/imports?${q}`,
      await cookieOf('investigator'),
      '{"id": "wz-ok", "schema": "Person", "properties": {"name": ["A B"]}}\n{"id": "wz-bad", "schema": \n',
    )
    expect(res.status).toBe(400)
    expect(res.json().error).toMatchObject({
      code: 'import/invalid_rows',
      errors: [expect.objectContaining({ line: 2 })],
    })
    expect(await graphFingerprint()).toBe(before)
  })
})
