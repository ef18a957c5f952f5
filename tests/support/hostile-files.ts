import { crc32, deflateRawSync } from 'node:zlib'

/**
 * Files a hostile user would upload, generated (never read from disk): workbooks written part
 * by part as a ZIP, so a test can make one 100 MB cell that travels as 100 KB, or a sheet whose
 * cell references lie.
 */

/** A ZIP of the given parts, deflated (method 8) or stored. */
export function zipOf(parts: Array<[string, Buffer | string]>, stored = false): Buffer {
  const locals: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  for (const [name, content] of parts) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content)
    const body = stored ? data : deflateRawSync(data, { level: 9 })
    const n = Buffer.from(name)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(stored ? 0 : 8, 8)
    local.writeUInt32LE(crc32(data), 14)
    local.writeUInt32LE(body.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(n.length, 26)
    const dir = Buffer.alloc(46)
    dir.writeUInt32LE(0x02014b50, 0)
    dir.writeUInt16LE(20, 4)
    dir.writeUInt16LE(20, 6)
    dir.writeUInt16LE(stored ? 0 : 8, 10)
    dir.writeUInt32LE(crc32(data), 16)
    dir.writeUInt32LE(body.length, 20)
    dir.writeUInt32LE(data.length, 24)
    dir.writeUInt16LE(n.length, 28)
    dir.writeUInt32LE(offset, 42)
    locals.push(local, n, body)
    central.push(dir, n)
    offset += 30 + n.length + body.length
  }
  const cd = Buffer.concat(central)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(parts.length, 8)
  end.writeUInt16LE(parts.length, 10)
  end.writeUInt32LE(cd.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, cd, end])
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships'

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * A one-sheet workbook. `sheetData` is the raw `<sheetData>` content; `shared` the shared
 * strings (a Buffer is used as it is, for content too large to build as a string).
 */
export function workbookOf(
  sheetData: string | Buffer,
  shared: Array<string | Buffer> = [],
): Buffer {
  const sst = Buffer.concat([
    Buffer.from(
      `${XML}<sst xmlns="${MAIN}" count="${shared.length}" uniqueCount="${shared.length}">`,
    ),
    ...shared.flatMap((s) => [
      Buffer.from('<si><t>'),
      Buffer.isBuffer(s) ? s : Buffer.from(escapeXml(s)),
      Buffer.from('</t></si>'),
    ]),
    Buffer.from('</sst>'),
  ])
  const sheet = Buffer.concat([
    Buffer.from(`${XML}<worksheet xmlns="${MAIN}"><sheetData>`),
    Buffer.isBuffer(sheetData) ? sheetData : Buffer.from(sheetData),
    Buffer.from('</sheetData></worksheet>'),
  ])
  return zipOf([
    [
      '_rels/.rels',
      `${XML}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ],
    [
      'xl/workbook.xml',
      `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="data" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `${XML}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
    ],
    ['xl/sharedStrings.xml', sst],
    ['xl/worksheets/sheet1.xml', sheet],
  ])
}

/** `<row>` of inline strings, for sheetData. */
export const rowXml = (line: number, cells: string[]) =>
  `<row r="${line}">${cells.map((c) => `<c t="inlineStr"><is><t>${escapeXml(c)}</t></is></c>`).join('')}</row>`

/**
 * The zip-bomb cell: a header and one row whose cell is a shared string of `mb` megabytes of
 * one letter, which deflates to about a thousandth of that.
 */
export function bombWorkbook(mb: number): Buffer {
  const huge = Buffer.alloc(mb * 2 ** 20, 'A')
  return workbookOf(
    '<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row>',
    ['note', huge],
  )
}

/** A CSV of call records with `rows` data rows, as a Buffer. */
export function callRecordsCsv(rows: number): Buffer {
  const lines = ['caller;callee;start;duration;cell']
  for (let i = 0; i < rows; i++)
    lines.push(`044 9${String(i % 100000).padStart(5, '0')};044 962 002;03.05.2019 10:00;45;`)
  return Buffer.from(`${lines.join('\n')}\n`)
}
