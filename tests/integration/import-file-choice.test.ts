import type { FilePreview, ImportError, ImportReport } from '@htwb/graph/import-api'
import { readFileSync } from 'node:fs'
import { describe, expect, it, inject } from 'vitest'
import { graphFingerprint } from '../support/db.ts'
import { cookieOf } from '../support/session.ts'

// Files as investigators receive them (tests/fixtures): an operator's UTF-16 export, a council's
// report export with a preamble and a total, a Latin-1 registry extract.
/** Whichever the answer holds (the test expects one). */
interface Answer {
  preview: FilePreview
  report: ImportReport
  error: ImportError & { field?: string }
}

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url))

async function post(path: string, body: Buffer, headers: Record<string, string> = {}) {
  const res = await fetch(`${inject('wbUrl')}${path}`, {
    method: 'POST',
    headers: { cookie: await cookieOf('investigator'), 'x-htwb-import': '1', ...headers },
    body,
  })
  return { status: res.status, body: (await res.json()) as Answer }
}

const preview = (file: string, params: Record<string, string> = {}) =>
  post(`/api/imports/preview?${new URLSearchParams({ fileName: file, ...params })}`, fixture(file))

describe('reading the file as it was sent', () => {
  it('previews a report export: header under the preamble, every other line listed with why', async () => {
    const before = await graphFingerprint()
    const res = await preview('report-export-payments.csv')
    expect(res.status).toBe(200)
    const p = res.body.preview
    expect(p.encodingGuess).toMatchObject({ encoding: 'utf-8', by: 'utf8' })
    expect(p.headerRow).toBe(10)
    expect(p.headers[2]).toBe('Supplier Name')
    expect(p.rowCount).toBe(4)
    expect(p.skippedCount).toBe(14)
    expect(p.skipped.filter((s) => s.reason === 'total')).toEqual([{ line: 16, reason: 'total' }])
    expect(p.mappings[0]!.id).toBe('payments')
    expect(await graphFingerprint()).toBe(before)
  })

  it('says how it told the encoding, and reads with the one chosen', async () => {
    const utf16 = (await preview('utf16le-bom-calls.txt')).body.preview
    expect(utf16.encodingGuess).toMatchObject({ encoding: 'utf-16le', by: 'bom' })
    expect(utf16.headers).toEqual(['Datum i vreme', 'Trajanje', 'A broj', 'B broj', 'Ćelija'])
    const latin = (await preview('latin1-persons.csv')).body.preview
    expect(latin.encodingGuess).toMatchObject({ encoding: 'iso-8859-1', by: 'statistics' })
    expect(latin.headers[3]).toBe('Straße')
    const chosen = (await preview('latin1-persons.csv', { encoding: 'windows-1251' })).body.preview
    expect(chosen.encodingGuess).toMatchObject({ encoding: 'windows-1251', by: 'chosen' })
    expect(chosen.encodingGuess.alternatives[0]).toBe('iso-8859-1')
    expect(chosen.headers[3]).toBe('StraЯe')
    const header = (await preview('report-export-payments.csv', { headerRow: '11' })).body.preview
    expect(header.headerRow).toBe(11)
    expect(header.rowCount).toBe(3)
  })

  it('refuses a file choice it does not know, naming the parameter', async () => {
    for (const [param, value] of [
      ['encoding', 'koi8-r'],
      ['headerRow', '0'],
      ['headerRow', 'second'],
      ['delimiter', ':'],
      ['sheet', '-1'],
    ] as const) {
      const res = await preview('latin1-persons.csv', { [param]: value })
      expect(res.status, `${param}=${value}`).toBe(400)
      expect(res.body.error).toMatchObject({ code: 'input/invalid', field: param })
    }
  })

  it('imports with the file choice sent in the binding, and notes the lines it skipped', async () => {
    const binding = {
      columns: {
        payer: 'Body',
        payee: 'Supplier Name',
        date: 'Invoice Creation Date',
        amount: 'Invoice Nett Amount',
        currency: null,
        reference: 'Subj Description',
      },
      parse: { decimal: '.', dateOrder: 'DMY' },
      file: { headerRow: 10, encoding: 'utf-8' },
    }
    const q = (b: object) =>
      new URLSearchParams({
        mapping: 'payments',
        fileName: 'report.csv',
        dryRun: 'true',
        binding: JSON.stringify(b),
      })
    const res = await post(`/api/imports?${q(binding)}`, fixture('report-export-payments.csv'))
    expect(res.status).toBe(200)
    expect(res.body.report.rows).toBe(4)
    expect(res.body.report.notes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'skipped_lines', field: 'total', lines: [16] }),
      ]),
    )
    // The header row chosen is the one read: line 11 has none of the mapping's headers.
    const wrong = await post(
      `/api/imports?${q({ ...binding, file: { headerRow: 11 } })}`,
      fixture('report-export-payments.csv'),
    )
    expect(wrong.status).toBe(400)
    expect(wrong.body.error.code).toBe('import/missing_columns')
    const bad = await post(
      `/api/imports?${q({ ...binding, file: { encoding: 'ebcdic' } })}`,
      fixture('report-export-payments.csv'),
    )
    expect(bad.body.error).toMatchObject({ code: 'import/invalid_mapping' })
    expect(bad.body.error.problems?.[0]?.path).toBe('file.encoding')
  })
})
