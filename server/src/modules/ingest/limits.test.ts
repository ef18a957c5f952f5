import { describe, expect, it } from 'vitest'
import {
  bombWorkbook,
  callRecordsCsv,
  rowXml,
  workbookOf,
} from '../../../../tests/support/hostile-files.ts'
import { DEFAULT_LIMITS, type ReadLimits } from '../common/limits.ts'
import { readCsv, readDataTable } from './source-file.ts'
import { parseValue } from './values.ts'
import { XmlScanner } from './xml.ts'

const FILE = { encoding: 'auto', delimiter: 'auto', sheet: 1 } as const
const read = (bytes: Buffer, limits: Partial<ReadLimits> = {}, keep = Infinity) =>
  readDataTable(bytes, FILE, { ...DEFAULT_LIMITS, ...limits }, keep)
/** The error's code and details, for a read that must be refused. */
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => expect.fail('the file was read'),
    (e: { extensions?: Record<string, unknown> }) => e.extensions,
  )

const sheetOf = (rows: string[][]) => workbookOf(rows.map((r, i) => rowXml(i + 1, r)).join(''))

describe('XLSX read as a stream, within limits', () => {
  it('refuses a zip-bomb cell as it grows, without holding it', async () => {
    const bomb = bombWorkbook(20)
    expect(bomb.length).toBeLessThan(100_000)
    const before = process.memoryUsage().rss
    expect(await refusal(read(bomb))).toEqual({
      code: 'import/too_large',
      field: 'file',
      limit: 'cellChars',
      max: 32_767,
    })
    // The 20 MB string never existed: far less than that was added to the process.
    expect(process.memoryUsage().rss - before).toBeLessThan(15 * 2 ** 20)
  })

  it('refuses a cell reference past the column limit before making the row', async () => {
    const far = workbookOf('<row r="1"><c r="XFD1" t="inlineStr"><is><t>x</t></is></c></row>')
    expect(await refusal(read(far))).toMatchObject({
      limit: 'columns',
      max: 200,
      line: 1,
      column: 16_384,
    })
  })

  it('counts rows, cells and characters and names the line that broke the limit', async () => {
    const rows = [['a', 'b'], ...Array.from({ length: 10 }, (_, i) => [`x${i}`, 'yy'])]
    const book = sheetOf(rows)
    expect(await refusal(read(book, { rows: 5 }))).toMatchObject({ limit: 'rows', line: 7 })
    expect(await refusal(read(book, { cells: 9 }))).toMatchObject({ limit: 'cells', line: 5 })
    expect(await refusal(read(book, { textChars: 12 }))).toMatchObject({ limit: 'textChars' })
    expect(await refusal(read(book, { unzippedBytes: 500 }))).toMatchObject({
      limit: 'unzippedBytes',
    })
    expect(await refusal(read(book, { columns: 1 }))).toMatchObject({ limit: 'columns' })
  })

  it('refuses a tag longer than a cell may be, and never expands a DTD', async () => {
    const long = workbookOf(`<row r="1"><c r="A1" x="${'a'.repeat(200_000)}"/></row>`)
    expect(await refusal(read(long))).toMatchObject({ limit: 'xmlMarkup' })
    const dtd = workbookOf('<!DOCTYPE x [<!ENTITY a "aaaa">]><row r="1"></row>')
    expect(await refusal(read(dtd))).toMatchObject({ code: 'import/unreadable_file' })
  })

  it('stops when the heap is fuller than the configured share', async () => {
    const rows = Array.from({ length: 12_000 }, (_, i) => [`r${i}`, 'b'])
    expect(await refusal(read(sheetOf(rows), { heapShare: 1e-6 }))).toMatchObject({
      limit: 'memory',
    })
  })

  it('keeps a sample and counts the rest, for a preview', async () => {
    const rows = [['h'], ...Array.from({ length: 100 }, (_, i) => [`v${i}`])]
    const t = await read(sheetOf(rows), {}, 3)
    expect(t.rows.map((r) => r.cells[0])).toEqual(['v0', 'v1', 'v2'])
    expect(t.rowCount).toBe(100)
  })

  it('reads text whose entities and characters are cut by the unzip chunks', async () => {
    const text = 'Šćekić & <Gashi> "x" '.repeat(5_000).slice(0, 30_000)
    const t = await read(workbookOf(rowXml(1, ['h']) + rowXml(2, [text])))
    expect(t.rows[0]!.cells[0]).toBe(text)
  })
})

describe('CSV read as a stream, within limits', () => {
  it('refuses a cell over the limit with its line and column', () => {
    const csv = Buffer.from(`a;b\n1;2\n3;${'x'.repeat(40_000)}\n`)
    expect(() => readCsv(csv, 'auto', 'auto')).toThrow(
      expect.objectContaining({
        extensions: expect.objectContaining({ limit: 'cellChars', line: 3, column: 2 }),
      }),
    )
  })

  it('stops a row longer than every column at its longest while it is parsed', async () => {
    const csv = Buffer.from(`a;b\n1;${'x'.repeat(7_000_000)}\n`)
    expect(await refusal(read(csv))).toMatchObject({ limit: 'rowChars', max: 200 * 32_767 })
  })

  it('counts rows and columns', async () => {
    expect(await refusal(read(callRecordsCsv(50), { rows: 20 }))).toMatchObject({
      limit: 'rows',
      line: 22,
    })
    const wide = Buffer.from(`${Array.from({ length: 300 }, (_, i) => `c${i}`).join(',')}\n1\n`)
    expect(await refusal(read(wide))).toMatchObject({ limit: 'columns', line: 1 })
  })
})

describe('the XML scanner', () => {
  const events = (chunks: string[]) => {
    const out: string[] = []
    const s = new XmlScanner(
      {
        open: (n, a) =>
          out.push(
            `<${n}${Object.entries(a)
              .map(([k, v]) => ` ${k}=${v}`)
              .join('')}>`,
          ),
        close: (n) => out.push(`</${n}>`),
        text: (t) =>
          out.length && out.at(-1)!.startsWith('"')
            ? (out[out.length - 1] += t)
            : out.push(`"${t}`),
      },
      100,
    )
    chunks.forEach((c) => s.write(c))
    s.end()
    return out
  }

  it('gives the same events however the text is cut', () => {
    const xml = '<a x="1>2" y=\'&amp;\'><!-- c --><b>T&amp;T&#x160;</b><![CDATA[<raw>]]><c/></a>'
    const whole = events([xml])
    expect(whole).toEqual([
      '<a x=1>2 y=&>',
      '<b>',
      '"T&TŠ',
      '</b>',
      '"<raw>',
      '<c>',
      '</c>',
      '</a>',
    ])
    for (let i = 1; i < xml.length; i++)
      expect(events([xml.slice(0, i), xml.slice(i)])).toEqual(whole)
  })
})

describe('cells that would hide text from a reader', () => {
  const opts = {
    country: 'XK',
    decimal: '.',
    dateOrder: 'DMY',
    timeZone: 'UTC',
    epoch: null,
    offsetUnit: 'seconds',
  } as const
  it('are row errors, as typed input is refused', () => {
    for (const cell of ['Gashi\u202Etxt.exe', 'a\u0000b', 'x\u2066y', 'one;two\u0007'])
      expect(parseValue(cell.includes(';') ? 'list' : 'text', cell, opts)).toMatchObject({
        ok: false,
      })
    expect(parseValue('text', 'line one\nline two\tok', opts)).toMatchObject({ ok: true })
  })
})
