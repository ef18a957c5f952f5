import { readFileSync } from 'node:fs'
import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { SLICE } from './encoding.ts'
import { decode, isXlsx, readCsv, readDataTable, readXlsx } from './source-file.ts'

const fixture = (name: string) =>
  readFileSync(new URL(`../../../../tests/fixtures/${name}`, import.meta.url))
const FILE = { encoding: 'auto', delimiter: 'auto', sheet: 1 } as const

async function workbook(rows: Array<{ cells: unknown[]; hidden?: boolean }>): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  const ws = book.addWorksheet('data')
  for (const r of rows) ws.addRow(r.cells).hidden = !!r.hidden
  return Buffer.from(await book.xlsx.writeBuffer())
}

describe('reading files', () => {
  it('takes UTF-8 as it is and tells Windows-1250 from Windows-1251', () => {
    expect(decode(Buffer.from('\ufeffIme;Prezime\nNikola;Jovanović\n'), 'auto')).toEqual({
      text: 'Ime;Prezime\nNikola;Jovanović\n',
      encoding: 'utf-8',
    })
    const latin = iconv.encode('Emri;Mbiemri\nArbër;Thaçi\nĐorđe;Šćekić\n', 'windows-1250')
    expect(decode(latin, 'auto')).toMatchObject({ encoding: 'windows-1250' })
    expect(decode(latin, 'auto').text).toContain('Šćekić')
    const cyr = iconv.encode('Име;Презиме\nНикола;Јовановић\n', 'windows-1251')
    expect(decode(cyr, 'auto')).toMatchObject({ encoding: 'windows-1251' })
    expect(decode(cyr, 'auto').text).toContain('Јовановић')
  })

  it('finds the delimiter, keeps each row’s line number and lists the empty line', () => {
    const t = readCsv(Buffer.from('a;b;c\n1;"x;y";3\n\n4;5;6\n'), 'auto', 'auto')
    expect(t.delimiter).toBe(';')
    expect(t.headers).toEqual(['a', 'b', 'c'])
    expect(t.headerRow).toBe(1)
    expect(t.rows).toEqual([
      { line: 2, cells: ['1', 'x;y', '3'] },
      { line: 4, cells: ['4', '5', '6'] },
    ])
    expect(t.skipped).toEqual([{ line: 3, reason: 'empty' }])
  })

  it('reads an XLSX sheet, dates as the wall time written', async () => {
    const bytes = await workbook([
      { cells: ['caller', 'start', 'duration'] },
      { cells: ['044123456', new Date(Date.UTC(2019, 0, 15, 9, 30)), 75] },
    ])
    expect(isXlsx(bytes)).toBe(true)
    const t = await readXlsx(bytes, 1)
    expect(t.headers).toEqual(['caller', 'start', 'duration'])
    expect(t.rows).toEqual([{ line: 2, cells: ['044123456', '2019-01-15 09:30:00', '75'] }])
    expect(t.encodingGuess).toMatchObject({ encoding: 'xlsx', by: 'xlsx' })
  })
})

describe('encodings', () => {
  it('reads a UTF-16LE export with its byte-order mark (Excel’s “Unicode text”)', async () => {
    const t = await readDataTable(fixture('utf16le-bom-calls.txt'), FILE)
    expect(t.encodingGuess).toEqual({
      encoding: 'utf-16le',
      by: 'bom',
      confidence: 1,
      alternatives: [],
    })
    expect(t.delimiter).toBe('\t')
    expect(t.headers).toEqual(['Datum i vreme', 'Trajanje', 'A broj', 'B broj', 'Ćelija'])
    expect(t.rows.map((r) => r.cells[4])).toEqual(['Priština-Ulpijana', 'Đakovica 2', 'Peć centar'])
  })

  it('tells UTF-16 without a byte-order mark by its zero bytes, either byte order', async () => {
    const text = 'broj;ime\n044123456;Dragan Đurić\n044123457;Љубица\n'
    for (const enc of ['utf-16le', 'utf-16be'] as const) {
      const t = await readDataTable(iconv.encode(text, enc, { addBOM: false }), FILE)
      expect(t.encodingGuess).toMatchObject({ encoding: enc, by: 'statistics' })
      expect(t.rows.map((r) => r.cells[1])).toEqual(['Dragan Đurić', 'Љубица'])
    }
  })

  it('reads a Latin-1 file as Latin-1, not as Windows-1251 (“SchillerstraЯe”)', async () => {
    const t = await readDataTable(fixture('latin1-persons.csv'), FILE)
    expect(t.encoding).toBe('iso-8859-1')
    expect(t.encodingGuess.by).toBe('statistics')
    expect(t.encodingGuess.confidence).toBeGreaterThan(0.6)
    expect(t.headers[3]).toBe('Straße')
    expect(t.rows[0]!.cells[3]).toBe('Schillerstraße 12')
    expect(t.rows.map((r) => r.cells[5])).toEqual(['Berlin', 'Düsseldorf', 'München'])
    expect(t.encodingGuess.alternatives).toContain('windows-1251')
  })

  it('reads Windows-1252 with its euro signs, curly quotes and dashes', async () => {
    const t = await readDataTable(fixture('cp1252-payments.csv'), FILE)
    expect(t.encoding).toBe('windows-1252')
    expect(t.rows[0]!.cells).toEqual([
      '03/01/2018',
      'Café Noël SARL',
      '€1,250.00',
      '“Invoice 17” – catering',
    ])
    expect(t.rows[2]!.cells[1]).toBe('Señor Peña')
  })

  it('tells ISO-8859-2 from Windows-1250 by where š and ž are', () => {
    const text = 'Ime;Prezime;Mesto\nŽeljko;Šarić;Čačak\nDušan;Kožić;Niš\n'
    expect(decode(iconv.encode(text, 'iso-8859-2'), 'auto')).toEqual({
      text,
      encoding: 'iso-8859-2',
    })
    expect(decode(iconv.encode(text, 'windows-1250'), 'auto')).toEqual({
      text,
      encoding: 'windows-1250',
    })
  })

  it('reads with the encoding chosen, offering the detected one', async () => {
    const bytes = iconv.encode('Ime;Prezime\nĐorđe;Šćekić\n', 'windows-1250')
    const t = await readDataTable(bytes, { ...FILE, encoding: 'windows-1252' })
    expect(t.encodingGuess).toMatchObject({ encoding: 'windows-1252', by: 'chosen' })
    expect(t.encodingGuess.alternatives[0]).toBe('windows-1250')
    expect(t.rows[0]!.cells).toEqual(['Ðorðe', 'Šæekiæ'])
  })

  it('decodes UTF-16 across the reader’s slice boundaries', async () => {
    // A character outside the BMP (a surrogate pair, 4 bytes) starts 2 bytes before the end of
    // the first slice the reader decodes; the BOM is the file's first code unit.
    const at = SLICE / 2 - 1
    let text = 'broj;ime\n'
    for (let i = 0; 1 + text.length + 40 < at; i++) text += `${String(i).padStart(6, '0')};Ana\n`
    text += `999999;${'a'.repeat(at - 1 - text.length - 7)}𝔘 Đurić\n`
    text += '1000000;Đorđe\n'
    const bytes = iconv.encode(text, 'utf-16le', { addBOM: true })
    expect(bytes.subarray(SLICE - 2, SLICE + 2)).toEqual(Buffer.from('𝔘', 'utf16le'))
    const t = await readDataTable(bytes, FILE)
    expect(t.encoding).toBe('utf-16le')
    const last = t.rows.slice(-2).map((r) => r.cells[1]!.slice(-8))
    expect(last).toEqual(['𝔘 Đurić', 'Đorđe'])
    expect(t.rows.some((r) => r.cells.some((c) => c.includes('\ufffd')))).toBe(false)
  })
})

describe('header row and skipped lines', () => {
  it('finds the header under a report’s preamble and lists every line it does not read', async () => {
    const t = await readDataTable(fixture('report-export-payments.csv'), FILE)
    expect(t.headerRow).toBe(10)
    expect(t.headers).toEqual([
      'Body',
      'Department',
      'Supplier Name',
      'Invoice Creation Date',
      'Invoice Nett Amount',
      'Subj Description',
    ])
    expect(t.rows.map((r) => r.line)).toEqual([11, 12, 13, 14])
    expect(t.rowCount).toBe(4)
    expect(t.skipped).toEqual([
      ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((line) => ({ line, reason: 'before_header' })),
      { line: 15, reason: 'empty' },
      { line: 16, reason: 'total' },
      { line: 17, reason: 'empty' },
      { line: 18, reason: 'empty' },
      // Only a stray mark (the exporter's broken no-break space): nothing to read.
      { line: 19, reason: 'empty' },
    ])
  })

  it('takes the first line of an ordinary file as its header, and a chosen line when told', async () => {
    const csv = Buffer.from('name,phone\nAna,044111222\nBesa,044111333\n')
    expect((await readDataTable(csv, FILE)).headerRow).toBe(1)
    const t = await readDataTable(csv, { ...FILE, headerRow: 2 })
    expect(t.headers).toEqual(['Ana', '044111222'])
    expect(t.skipped).toEqual([{ line: 1, reason: 'before_header' }])
    expect(t.rows).toEqual([{ line: 3, cells: ['Besa', '044111333'] }])
  })

  it('reads a total-looking row in the middle of the data as data', async () => {
    const csv = Buffer.from('item,amount,note\nTotal,5,\nSum,7,\nwidget,3,x\nTotal,15,\n')
    const t = await readDataTable(csv, FILE)
    expect(t.rows.map((r) => r.cells[0])).toEqual(['Total', 'Sum', 'widget'])
    expect(t.skipped).toEqual([{ line: 5, reason: 'total' }])
  })

  it('knows totals in the region’s languages', async () => {
    for (const word of ['Ukupno', 'UKUPNO:', 'Укупно', 'Gjithsej', 'Totali', 'Totals'])
      expect(
        (await readDataTable(Buffer.from(`a,b,c,d\nx,1,2,3\n${word},,,6\n`), FILE)).skipped,
      ).toEqual([{ line: 3, reason: 'total' }])
  })

  it('imports a workbook whose header is on row 3 when 3 is chosen', async () => {
    // A title row as wide as the header: auto-detection takes it; choosing 3 reads it right.
    const bytes = await workbook([
      { cells: ['Operator X', 'period', 'May 2019'] },
      { cells: [] },
      { cells: ['caller', 'callee', 'start'] },
      { cells: ['044123456', '044123457', '2019-05-13 10:00'] },
    ])
    const t = await readDataTable(bytes, { ...FILE, headerRow: 3 })
    expect(t.headerRow).toBe(3)
    expect(t.headers).toEqual(['caller', 'callee', 'start'])
    expect(t.rows).toEqual([{ line: 4, cells: ['044123456', '044123457', '2019-05-13 10:00'] }])
    expect(t.skipped).toEqual([{ line: 1, reason: 'before_header' }])
  })

  it('finds a workbook’s header under its title lines', async () => {
    const bytes = await workbook([
      { cells: ['Call records export'] },
      { cells: ['Exported 2019-05-20'] },
      { cells: ['caller', 'callee', 'start', 'duration'] },
      { cells: ['044123456', '044123457', '2019-05-13 10:00', 45] },
    ])
    const t = await readDataTable(bytes, FILE)
    expect(t.headerRow).toBe(3)
    expect(t.rows.map((r) => r.line)).toEqual([4])
  })

  it('skips a template’s hidden field-name row and its numbered empty rows (HTCDS)', async () => {
    const bytes = await workbook([
      { cells: [null, 'prs_FirstName', 'prs_SecondName', 'prs_Birthdate'], hidden: true },
      { cells: [null, 'First Name', 'Second Name', 'Birthdate'] },
      { cells: [1, 'Ana', 'Berisha', '1990-01-02'] },
      { cells: [2] },
      { cells: [3] },
    ])
    const t = await readDataTable(bytes, FILE)
    expect(t.headerRow).toBe(2)
    expect(t.headers).toEqual(['', 'First Name', 'Second Name', 'Birthdate'])
    expect(t.rows.map((r) => r.line)).toEqual([3])
    expect(t.skipped).toEqual([
      { line: 1, reason: 'before_header' },
      { line: 4, reason: 'empty' },
      { line: 5, reason: 'empty' },
    ])
  })
})
