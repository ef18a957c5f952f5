import { inflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { BOM, defuse, toCsv } from './exports.csv.ts'
import type { Column, Row } from './exports.rows.ts'
import { zip } from './exports.zip.ts'

const COLUMNS: Column[] = [
  { name: 'id', type: 'string' },
  { name: 'name', type: 'string' },
  { name: 'amount', type: 'double' },
  { name: 'minor', type: 'boolean' },
]

/** Splits RFC 4180 text the way a spreadsheet does: quoted fields may hold commas and breaks. */
function parse(text: string): string[][] {
  const rows: string[][] = [[]]
  let cell = ''
  let quoted = false
  const endCell = () => {
    rows.at(-1)!.push(cell)
    cell = ''
  }
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!
    if (quoted && ch === '"' && text[i + 1] === '"') {
      cell += '"'
      i++
    } else if (ch === '"') quoted = !quoted
    else if (quoted) cell += ch
    else if (ch === ',') endCell()
    else if (ch === '\r' && text[i + 1] === '\n') {
      endCell()
      rows.push([])
      i++
    } else cell += ch
  }
  return rows.filter((r) => r.length)
}

describe('CSV of a chart', () => {
  it('starts with a BOM, so Excel reads Albanian and Serbian letters as UTF-8', () => {
    const csv = toCsv(COLUMNS, [{ id: 'per-1', name: 'Çelë Ëmërzi — Ђорђе Жарковић' }])
    expect(csv.startsWith(BOM)).toBe(true)
    const bytes = Buffer.from(csv, 'utf8')
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(parse(csv.slice(1))[1]).toEqual(['per-1', 'Çelë Ëmërzi — Ђорђе Жарковић', '', ''])
  })

  it('quotes commas, quotes and line breaks so a cell stays one cell', () => {
    const name = 'Hotel "Dardania", Prishtinë\r\nsecond line'
    const csv = toCsv(COLUMNS, [{ id: 'loc-1', name, amount: 1200.5, minor: false }])
    expect(csv).toContain('"Hotel ""Dardania"", Prishtinë\r\nsecond line"')
    expect(parse(csv.slice(1))).toEqual([
      ['id', 'name', 'amount', 'minor'],
      ['loc-1', name, '1200.5', 'false'],
    ])
  })

  it('defuses cells a spreadsheet would run as a formula, and leaves numbers alone', () => {
    const rows: Row[] = [
      { id: 'a', name: '=HYPERLINK("http://evil","x")' },
      { id: 'b', name: '+38344123456' },
      { id: 'c', name: '-2+3' },
      { id: 'd', name: '@SUM(A1)' },
      { id: 'e', name: '\t=1' },
      { id: 'f', name: 'Arben = boss', amount: -12.5 },
    ]
    const cells = parse(toCsv(COLUMNS, rows).slice(1)).slice(1)
    expect(cells.map((r) => r[1])).toEqual([
      `'=HYPERLINK("http://evil","x")`,
      "'+38344123456",
      "'-2+3",
      "'@SUM(A1)",
      "'\t=1",
      'Arben = boss',
    ])
    expect(cells[5]![2]).toBe('-12.5')
    // A string in a number column is still text from the graph: defused too.
    expect(parse(toCsv(COLUMNS, [{ id: 'g', amount: '=1+1' }]).slice(1))[1]![2]).toBe("'=1+1")
    expect(defuse('Tirana')).toBe('Tirana')
  })
})

describe('zip of the two files', () => {
  it('holds each file whole under its name', () => {
    const a = Buffer.from(toCsv(COLUMNS, [{ id: 'x', name: 'Ëlë' }]), 'utf8')
    const b = Buffer.from('id,kind\r\nlnk-1,FAMILY\r\n'.repeat(200), 'utf8')
    const bytes = zip([
      { name: 'entities.csv', data: a },
      { name: 'links.csv', data: b },
    ])
    const out = new Map<string, Buffer>()
    let p = 0
    while (bytes.readUInt32LE(p) === 0x04034b50) {
      const size = bytes.readUInt32LE(p + 18)
      const nameLength = bytes.readUInt16LE(p + 26)
      const name = bytes.subarray(p + 30, p + 30 + nameLength).toString('utf8')
      const start = p + 30 + nameLength + bytes.readUInt16LE(p + 28)
      out.set(name, inflateRawSync(bytes.subarray(start, start + size)))
      p = start + size
    }
    expect([...out.keys()]).toEqual(['entities.csv', 'links.csv'])
    expect(out.get('entities.csv')!.equals(a)).toBe(true)
    expect(out.get('links.csv')!.equals(b)).toBe(true)
    // The end record counts both entries.
    expect(bytes.readUInt16LE(bytes.length - 22 + 10)).toBe(2)
  })
})
