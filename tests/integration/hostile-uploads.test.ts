import { beforeAll, describe, expect, it } from 'vitest'
import { bombWorkbook, callRecordsCsv, rowXml, workbookOf } from '../support/hostile-files.ts'
import {
  CALLS,
  codeOf,
  eachLeavesGraphAndServer,
  FTM,
  ftmLine,
  http,
  uploader,
} from '../support/hostile.ts'
import { cookieOf } from '../support/session.ts'

/**
 * Hostile uploads (the rest of the corpus is hostile.test.ts): files that would exhaust the
 * server, and names from Object.prototype where a file or an import request names things.
 * Each is refused with its code, changes nothing and leaves the server answering.
 */

let investigator = ''
const upload = uploader(() => investigator)

beforeAll(async () => {
  investigator = await cookieOf('investigator')
})

describe('hostile uploads', () => {
  eachLeavesGraphAndServer()

  describe('oversize files', () => {
    it('refuses a 100 KB workbook holding a 100 MB cell, in the preview and the import', async () => {
      const bomb = bombWorkbook(100)
      expect(bomb.length).toBeLessThan(200_000)
      for (const path of ['/preview?fileName=bomb.xlsx', CALLS]) {
        const res = await upload(path, bomb)
        expect(res.status).toBe(413)
        expect(res.body.error).toEqual({
          code: 'import/too_large',
          field: 'file',
          limit: 'cellChars',
          max: 32_767,
        })
      }
    })

    it('refuses more rows, columns or characters than an import reads', async () => {
      const rows = await upload(CALLS, callRecordsCsv(200_001))
      expect(rows.body.error).toMatchObject({
        code: 'import/too_large',
        limit: 'rows',
        line: 200_002,
      })
      const wide = `${Array.from({ length: 300 }, (_, i) => `c${i}`).join(';')}\n1\n`
      expect((await upload('/preview?fileName=w.csv', wide)).body.error).toMatchObject({
        code: 'import/too_large',
        limit: 'columns',
      })
      const cell = `caller;callee;start;duration;cell\n1;2;3;4;${'y'.repeat(40_000)}\n`
      expect((await upload(CALLS, cell)).body.error).toMatchObject({
        limit: 'cellChars',
        line: 2,
        column: 5,
      })
      const far = workbookOf('<row r="1"><c r="XFD1" t="inlineStr"><is><t>x</t></is></c></row>')
      expect((await upload(CALLS, far)).body.error).toMatchObject({
        limit: 'columns',
        column: 16_384,
      })
      const longLine = ftmLine('p1', 'Person', { name: ['x'.repeat(7_000_000)] })
      expect((await upload(FTM, longLine)).body.error).toMatchObject({ limit: 'rowChars' })
    })

    it('refuses an upload over 50 MB before reading it', async () => {
      const res = await upload(CALLS, Buffer.alloc(51 * 2 ** 20, 'a'))
      expect([res.status, codeOf(res)]).toEqual([413, 'import/file_too_large'])
    })

    it('keeps the preview small whatever the file holds', async () => {
      const wideCells = Array.from({ length: 100 }, () => 'z'.repeat(30_000))
      const book = workbookOf(
        rowXml(1, ['caller', 'note']) + rowXml(2, ['044 962 001', ...wideCells.slice(0, 1)]),
      )
      const res = await upload('/preview?fileName=p.xlsx', book)
      const preview = res.body.preview as {
        rows: string[][]
        truncated: number[][]
        cellChars: number
      }
      expect(preview.rows[0]![1]).toHaveLength(200)
      expect(preview.truncated).toEqual([[0, 1]])
      expect(res.text.length).toBeLessThan(200_000)
    })
  })

  describe('prototype names', () => {
    it('are row errors as FollowTheMoney schemata and properties', async () => {
      const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']
      const text = [
        ...names.map((s, i) => ftmLine(`x${i}`, s, { name: ['A'] })),
        '{"id": "p1", "schema": "Person", "properties": {"__proto__": ["x"], "name": ["B"]}}',
      ].join('\n')
      const res = await upload(FTM.replace('dryRun=true', 'dryRun=false'), text)
      expect(res.body.error).toMatchObject({ code: 'import/invalid_rows', errorCount: 6 })
      const errors = (res.body.error as { errors: Array<{ line: number; reason: string }> }).errors
      expect(errors.map((e) => e.line)).toEqual([1, 2, 3, 4, 5, 6])
    })

    it('find no mapping, template or binding of Object.prototype in import requests', async () => {
      for (const mapping of ['__proto__', 'constructor', 'toString'])
        expect(
          codeOf(await upload(`?mapping=${mapping}&fileName=a.csv&dryRun=true`, callRecordsCsv(1))),
        ).toBe('import/mapping_not_found')
      const binding = encodeURIComponent('{"columns": {}, "parse": {"__proto__": {"x": 1}}}')
      expect(codeOf(await upload(`${CALLS}&binding=${binding}`, callRecordsCsv(1)))).toBe(
        'input/invalid',
      )
      const saved = await http('/api/imports/mappings', {
        method: 'POST',
        headers: { cookie: investigator, 'x-htwb-import': '1', 'content-type': 'application/json' },
        body: '{"name": "proto", "template": "__proto__", "binding": {"columns": {}}}',
      })
      expect(saved.status).toBeLessThan(500)
      expect(codeOf(saved)).toMatch(
        /^(input\/invalid|import\/mapping_not_found|import\/invalid_mapping)$/,
      )
    })
  })
})
