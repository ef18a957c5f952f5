import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, inject, it } from 'vitest'
import type * as Wire from '../../graph/src/import-api.ts'
import { Api } from '../support/api.ts'
import { createUser, SystemAccess } from '@htwb/server'
import { createHash } from 'node:crypto'
import { graphFingerprint, testDb } from '../support/db.ts'
import { wb } from '../support/cli.ts'
import { openProfile } from '../support/profile.ts'
import { cookieOf } from '../support/session.ts'

/**
 * The corpus of real-shaped files (tests/fixtures/real-shaped, README there): each is imported
 * through the wizard's own requests with the built-in mappings, the suggested columns and at
 * most the corrections a person makes in the wizard, and every entity it brings opens.
 */
const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/real-shaped/${name}`, import.meta.url))

async function post(path: string, cookie: string, body: Buffer | string) {
  const res = await fetch(`${inject('wbUrl')}${path}`, {
    method: 'POST',
    headers: { cookie, 'x-htwb-import': '1' },
    body,
  })
  return { status: res.status, json: (await res.json()) as Record<string, unknown> }
}

interface Run {
  preview: Wire.FilePreview
  fit: Wire.MappingFit
  binding: Wire.Binding
}

/**
 * Upload and take the mapping's suggested columns, as the wizard does. The mapping must fit best
 * (tied at most with a mapping other tests saved for such files, which the wizard also offers).
 */
async function suggest(cookie: string, name: string, bytes: Buffer, mapping: string): Promise<Run> {
  const res = await post(`/api/imports/preview?fileName=${encodeURIComponent(name)}`, cookie, bytes)
  expect(res.status, JSON.stringify(res.json)).toBe(200)
  const preview = res.json.preview as Wire.FilePreview
  const fit = preview.mappings.find((m) => m.id === mapping)!
  expect(fit.fit).toBe(preview.mappings[0]!.fit)
  const columns = Object.fromEntries(fit.slots.map((s) => [s.column, s.header]))
  return { preview, fit, binding: { columns, parse: { ...fit.parse } } }
}

async function importFile(
  cookie: string,
  name: string,
  bytes: Buffer,
  run: Run,
  opts: { dryRun?: boolean; badRows?: Wire.BadRows } = {},
) {
  const q = new URLSearchParams({
    mapping: run.fit.id,
    fileName: name,
    binding: JSON.stringify(run.binding),
    dryRun: String(opts.dryRun ?? false),
    badRows: opts.badRows ?? 'refuse',
  })
  return post(`/api/imports?${q}`, cookie, bytes)
}

const total = (counts: Wire.KindCount[], kind: string) => {
  const c = counts.find((x) => x.kind === kind)
  return c ? c.created + c.matched : 0
}
const note = (r: Wire.ImportReport, code: Wire.ReportNote['code'], field?: string) =>
  r.notes.find((n) => n.code === code && (field === undefined || n.field === field))

/** Every entity the import made or met opens in the profile, as the browser asks for it. */
async function profilesOpen(api: Api, r: Wire.ImportReport) {
  const ids = [...r.createdIds, ...r.matches.map((m) => m.id)]
  expect(ids.length).toBeGreaterThan(0)
  return Promise.all(ids.map((id) => openProfile(api, id)))
}

describe('real-shaped files import with the built-in mappings', () => {
  it('an anonymised call log: subscriber ids, second offsets from a chosen start, -1 durations, repeats, self-calls', async () => {
    const cookie = await cookieOf('investigator')
    const api = await Api.signedIn('investigator')
    const bytes = fixture('cdr-anonymised.csv')
    const run = await suggest(cookie, 'cdr-anonymised.csv', bytes, 'call-records')
    const start = run.fit.slots.find((s) => s.column === 'start')!
    expect(start.header).toBe('timestamp')
    expect(start.hint).toBe('time_offsets')
    expect(run.fit.slots.find((s) => s.column === 'caller')!.hint).toBe('subscriber_ids')
    // Without a start the offsets are refused, saying why; the person sets one (two clicks).
    const refused = await importFile(cookie, 'cdr-anonymised.csv', bytes, run, { dryRun: true })
    expect((refused.json.error as Wire.ImportError).code).toBe('import/invalid_rows')
    run.binding.parse = {
      ...run.binding.parse,
      epoch: '2019-06-01T00:00:00.000Z',
      offsetUnit: 'seconds',
    }
    const res = await importFile(cookie, 'cdr-anonymised.csv', bytes, run)
    expect(res.status, JSON.stringify(res.json)).toBe(200)
    const r = res.json.report as Wire.ImportReport
    expect(total(r.entities, 'Phone')).toBe(8)
    expect(total(r.links, 'CALLED')).toBe(10)
    expect(note(r, 'self_link')?.count).toBe(1)
    expect(note(r, 'equal_rows')?.count).toBe(1)
    expect(note(r, 'value_flagged', 'CALLED.durationSeconds')?.count).toBe(1)
    expect(note(r, 'file_local')).toBeTruthy()
    const profiles = await profilesOpen(api, r)
    expect(profiles.map((p) => p.subscriberId).sort()).toEqual([
      '0',
      '12',
      '139',
      '3',
      '5',
      '546',
      '7',
      '846',
    ])
    // Phone 5 of another anonymised file is another line: nothing merges across the files.
    const other = Buffer.from('timestamp,caller,callee,duration\n100,5,846,10\n')
    const second = await importFile(cookie, 'other-study.csv', other, run)
    const r2 = second.json.report as Wire.ImportReport
    expect(r2.entities).toEqual([{ kind: 'Phone', created: 2, matched: 0 }])
    // Exported as FollowTheMoney, a line known only by its subscriber id carries no number.
    const file = join(mkdtempSync(join(tmpdir(), 'htwb-ftm-')), 'export.ijson')
    const out = await wb(['export', '--format', 'ftm', '--as', 'investigator', '--out', file])
    expect(out.code, out.stderr).toBe(0)
    const text = readFileSync(file, 'utf8')
    const calls = text
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { schema: string; properties: Record<string, string[]> })
      .filter((e) => e.schema === 'Call')
    expect(calls.length).toBeGreaterThanOrEqual(10)
    expect(text).not.toMatch(/undefined|"null"/)
  })

  it('an operator dump: compact timestamps, national numbers, hh:mm:ss durations, cells, a self-call', async () => {
    const cookie = await cookieOf('investigator')
    const bytes = fixture('cdr-operator-compact.csv')
    const run = await suggest(cookie, 'cdr-operator-compact.csv', bytes, 'call-records')
    expect(run.fit.fit).toBe(1)
    const res = await importFile(cookie, 'cdr-operator-compact.csv', bytes, run)
    expect(res.status, JSON.stringify(res.json)).toBe(200)
    const r = res.json.report as Wire.ImportReport
    expect(total(r.entities, 'Phone')).toBe(3)
    expect(total(r.entities, 'Location')).toBe(2)
    expect(total(r.links, 'CALLED')).toBe(5)
    expect(total(r.links, 'LOCATED_AT')).toBe(4)
    expect(note(r, 'self_link')?.count).toBe(1)
    await profilesOpen(await Api.signedIn('investigator'), r)
    // The same file again adds nothing.
    const again = (await importFile(cookie, 'cdr-operator-compact.csv', bytes, run)).json
      .report as Wire.ImportReport
    expect([...again.entities, ...again.links].every((c) => c.created === 0)).toBe(true)
  })

  it('a council spending export: refused for its junk row, or imported with the row set aside', async () => {
    const cookie = await cookieOf('investigator')
    const bytes = fixture('payments-council.csv')
    const run = await suggest(cookie, 'payments-council.csv', bytes, 'payments')
    expect(run.binding.parse.dateOrder).toBe('DMY')
    const before = await graphFingerprint()
    const refused = await importFile(cookie, 'payments-council.csv', bytes, run)
    const err = refused.json.error as Wire.ImportError
    expect(err.code).toBe('import/invalid_rows')
    expect(err.errors!.every((e) => e.line === 7)).toBe(true)
    expect(err.errorCount).toBe(4)
    expect(await graphFingerprint()).toBe(before)
    const res = await importFile(cookie, 'payments-council.csv', bytes, run, {
      badRows: 'quarantine',
    })
    expect(res.status, JSON.stringify(res.json)).toBe(200)
    const r = res.json.report as Wire.ImportReport
    expect(r.setAside?.rows).toBe(1)
    expect(r.setAside?.csv.split('\r\n')[1]).toMatch(/^,,xxx,/)
    expect(total(r.entities, 'Organization')).toBe(3)
    // "Redacted personal data" stands for a different person on each row.
    expect(total(r.entities, 'Person')).toBe(2)
    expect(total(r.links, 'PAID')).toBe(5)
    const profiles = await profilesOpen(await Api.signedIn('investigator'), r)
    expect(profiles.find((p) => p.name === 'BIFFA WASTE SERVICES LTD')).toMatchObject({
      orgType: 'COMPANY',
    })
  })

  it('a report export with a preamble, padded empty lines, a total row and repeated invoices', async () => {
    const cookie = await cookieOf('investigator')
    const bytes = readFileSync(new URL('../fixtures/report-export-payments.csv', import.meta.url))
    const run = await suggest(cookie, 'report-export-payments.csv', bytes, 'payments')
    expect(run.preview.headerRow).toBe(10)
    const res = await importFile(cookie, 'report-export-payments.csv', bytes, run)
    expect(res.status, JSON.stringify(res.json)).toBe(200)
    const r = res.json.report as Wire.ImportReport
    expect(r.rows).toBe(4)
    // Two identical weekly invoices are two payments, not one.
    expect(total(r.links, 'PAID')).toBe(4)
    expect(note(r, 'equal_rows')?.count).toBe(1)
    expect(note(r, 'skipped_lines', 'total')?.count).toBe(1)
    await profilesOpen(await Api.signedIn('investigator'), r)
  })

  it('a simulated transaction log: steps as hours from a chosen start, amounts in scientific notation', async () => {
    const cookie = await cookieOf('investigator')
    const bytes = fixture('transactions-simulated.csv')
    const run = await suggest(cookie, 'transactions-simulated.csv', bytes, 'bank-transactions')
    run.binding.parse = {
      ...run.binding.parse,
      epoch: '2019-01-01T00:00:00.000Z',
      offsetUnit: 'hours',
    }
    const res = await importFile(cookie, 'transactions-simulated.csv', bytes, run)
    expect(res.status, JSON.stringify(res.json)).toBe(200)
    const r = res.json.report as Wire.ImportReport
    expect(total(r.entities, 'Asset')).toBe(8)
    expect(total(r.links, 'PAID')).toBe(6)
    expect(note(r, 'self_link')?.count).toBe(1)
    const api = await Api.signedIn('investigator')
    const links = (await profilesOpen(api, r)).flatMap(
      (p) => (p.links as { nodes: Array<Record<string, unknown>> }).nodes,
    )
    expect(links.some((l) => l.amount === 56898523.47 && l.at === '2019-01-01T02:00:00.000Z')).toBe(
      true,
    )
  })

  it('a bank statement saved as Unicode text: UTF-16, tabs, month-name dates, IBANs, a bank as holder', async () => {
    const cookie = await cookieOf('investigator')
    const bytes = fixture('bank-statement-utf16.txt')
    const run = await suggest(cookie, 'bank-statement-utf16.txt', bytes, 'bank-transactions')
    expect(run.preview.encodingGuess.encoding).toBe('utf-16le')
    expect(run.preview.headers[0]).toBe('Booking date')
    const res = await importFile(cookie, 'bank-statement-utf16.txt', bytes, run)
    expect(res.status, JSON.stringify(res.json)).toBe(200)
    const r = res.json.report as Wire.ImportReport
    expect(total(r.entities, 'Asset')).toBe(5)
    expect(total(r.entities, 'Person')).toBe(2)
    expect(total(r.entities, 'Organization')).toBe(2)
    expect(total(r.links, 'PAID')).toBe(4)
    expect(total(r.links, 'OWNS')).toBe(5)
    const profiles = await profilesOpen(await Api.signedIn('investigator'), r)
    expect(profiles.find((p) => p.name === 'Raiffeisen Bank Kosovo J.S.C.')).toMatchObject({
      orgType: 'COMPANY',
    })
  })

  it('a person list in Latin-1: namesakes with other identity numbers stay two people, M/F read', async () => {
    const cookie = await cookieOf('investigator')
    const bytes = fixture('persons-latin1.csv')
    const run = await suggest(cookie, 'persons-latin1.csv', bytes, 'person-list')
    expect(['iso-8859-1', 'windows-1252']).toContain(run.preview.encodingGuess.encoding)
    // National ids are not phone numbers.
    expect(run.fit.slots.find((s) => s.column === 'phone')!.header).toBe('Telefon')
    const res = await importFile(cookie, 'persons-latin1.csv', bytes, run)
    expect(res.status, JSON.stringify(res.json)).toBe(200)
    const r = res.json.report as Wire.ImportReport
    expect(total(r.entities, 'Person')).toBe(4)
    expect(note(r, 'namesakes')?.count).toBe(1)
    const profiles = await profilesOpen(await Api.signedIn('investigator'), r)
    expect(profiles.find((p) => p.lastName === 'Müller')).toMatchObject({ gender: 'MALE' })
    expect(profiles.some((p) => p.name === 'Schillerstraße 12, Berlin')).toBe(true)
  })

  it('a workbook whose header is on row 3, dates as Excel dates', async () => {
    const cookie = await cookieOf('investigator')
    const bytes = fixture('persons-header-row3.xlsx')
    const run = await suggest(cookie, 'persons-header-row3.xlsx', bytes, 'person-list')
    expect(run.preview.headerRow).toBe(3)
    const res = await importFile(cookie, 'persons-header-row3.xlsx', bytes, run)
    expect(res.status, JSON.stringify(res.json)).toBe(200)
    const r = res.json.report as Wire.ImportReport
    expect(total(r.entities, 'Person')).toBe(3)
    const profiles = await profilesOpen(await Api.signedIn('investigator'), r)
    expect(profiles.find((p) => p.lastName === 'Ristanović')).toMatchObject({
      dateOfBirth: '1969-01-30',
    })
  })

  it('a forged import_scope matches no protected person and names none', async () => {
    // A cleared investigator keeps a victim within her file (match: file) in a case…
    const investigator = await Api.signedIn('investigator')
    const { cases } = await investigator.ok<{ cases: { nodes: Array<{ id: string }> } }>(
      '{ cases(first: 1) { nodes { id } } }',
    )
    const caseId = cases.nodes[0]!.id
    const list = Buffer.from(
      'first_name,last_name,date_of_birth,category\nVesa,Scopeforged,03.04.2001,victim\n',
    )
    const cookie = await cookieOf('investigator')
    const run = await suggest(cookie, 'victims.csv', list, 'person-list')
    run.binding.match = { person: 'file' }
    const q = (r: Run, file: string, dryRun: boolean) =>
      new URLSearchParams({
        mapping: 'person-list',
        fileName: file,
        binding: JSON.stringify(r.binding),
        caseId,
        dryRun: String(dryRun),
      })
    const first = await post(`/api/imports?${q(run, 'victims.csv', false)}`, cookie, list)
    expect(first.status, JSON.stringify(first.json)).toBe(200)
    // …and a member of the case without the clearance writes that file's scope into a file.
    const username = `forger.${Date.now()}`
    await createUser(new SystemAccess(testDb()), {
      username,
      displayName: 'Importer without clearance',
      roles: ['INVESTIGATOR'],
      password: 'forged-scope-pw-1234',
    })
    const admin = await Api.signedIn()
    await admin.ok(
      'mutation($c: ID!, $u: String!) { assignCase(caseId: $c, username: $u) { id } }',
      {
        c: caseId,
        u: username,
      },
    )
    const forger = await cookieOf(username, 'forged-scope-pw-1234')
    const digest = createHash('sha256').update(list).digest('hex')
    const forged = Buffer.from(
      `first_name,last_name,date_of_birth,category,import_scope\nVesa,Scopeforged,03.04.2001,contact,sha256:${digest}\n`,
    )
    const frun = await suggest(forger, 'forged.csv', forged, 'person-list')
    frun.binding.match = { person: 'file' }
    const res = await post(`/api/imports?${q(frun, 'forged.csv', true)}`, forger, forged)
    expect(res.status, JSON.stringify(res.json)).toBe(200)
    const r = res.json.report as Wire.ImportReport
    expect(r.entities).toEqual([{ kind: 'Person', created: 1, matched: 0 }])
    expect(JSON.stringify(r.matches)).not.toContain('Scopeforged')
  })
})
