import { describe, expect, it, inject } from 'vitest'
import { Api } from '../support/api.ts'
import { cypher, graphFingerprint } from '../support/db.ts'
import { PROVENANCE } from '../support/fixtures.ts'
import { cookieOf } from '../support/session.ts'

const CSV = 'caller;callee;start;duration;cell\n044 962 001;044 962 002;03.05.2019 10:00;45;\n'

async function post(
  query: Record<string, string>,
  headers: Record<string, string>,
): Promise<{ status: number; body: { error?: { code: string }; report?: unknown } }> {
  const res = await fetch(`${inject('wbUrl')}/api/imports?${new URLSearchParams(query)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', ...headers },
    body: CSV,
  })
  return { status: res.status, body: (await res.json()) as never }
}

const q = { mapping: 'call-records', fileName: 'api.csv' }

describe('the import endpoint', () => {
  it('refuses anonymous callers, cross-site forms and roles that do not collect data', async () => {
    const before = await graphFingerprint()
    expect(await post(q, { 'x-htwb-import': '1' })).toMatchObject({
      status: 401,
      body: { error: { code: 'auth/unauthenticated' } },
    })
    const investigator = await cookieOf('investigator')
    // A form posted from another site cannot set the custom header.
    expect(await post(q, { cookie: investigator })).toMatchObject({
      status: 400,
      body: { error: { code: 'input/invalid' } },
    })
    const analyst = await cookieOf('analyst')
    expect(await post(q, { cookie: analyst, 'x-htwb-import': '1' })).toMatchObject({
      status: 403,
      body: { error: { code: 'auth/forbidden' } },
    })
    expect(await graphFingerprint()).toBe(before)
    const [refusal] = await cypher<{ actor: string }>(
      `MATCH (a:AuditEntry {operation: 'import', outcome: 'REFUSED'}) RETURN a.actor AS actor ORDER BY a.seq DESC LIMIT 1`,
    )
    expect(refusal?.actor).toBe('analyst')
  })

  it('answers a case the importer does not hold as not found, and writes nothing', async () => {
    const admin = await Api.signedIn()
    const c = await admin.ok<{ createCase: { id: string } }>(
      `mutation($i: CreateCaseInput!) { createCase(input: $i) { id } }`,
      { i: { caseNumber: `API-${Date.now()}`, name: 'Not theirs', provenance: PROVENANCE } },
    )
    const before = await graphFingerprint()
    const investigator = await cookieOf('investigator')
    const res = await post(
      { ...q, caseId: c.createCase.id },
      { cookie: investigator, 'x-htwb-import': '1' },
    )
    expect(res).toMatchObject({ status: 404, body: { error: { code: 'case/not_found' } } })
    expect(await graphFingerprint()).toBe(before)
  })

  it('imports for an investigator and reports what it made', async () => {
    const investigator = await cookieOf('investigator')
    const res = await post(q, { cookie: investigator, 'x-htwb-import': '1' })
    expect(res.status).toBe(200)
    expect(res.body.report).toMatchObject({
      dryRun: false,
      rows: 1,
      entities: [{ kind: 'Phone', created: 2, matched: 0 }],
    })
  })
})
