import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'
import { describe, expect, it } from 'vitest'
import { decode, isXlsx, readCsv, readXlsx } from './source-file.ts'

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

  it('finds the delimiter and keeps each row’s line number', () => {
    const t = readCsv(Buffer.from('a;b;c\n1;"x;y";3\n\n4;5;6\n'), 'auto', 'auto')
    expect(t.delimiter).toBe(';')
    expect(t.headers).toEqual(['a', 'b', 'c'])
    expect(t.rows).toEqual([
      { line: 2, cells: ['1', 'x;y', '3'] },
      { line: 4, cells: ['4', '5', '6'] },
    ])
  })

  it('reads an XLSX sheet, dates as the wall time written', async () => {
    const book = new ExcelJS.Workbook()
    const ws = book.addWorksheet('calls')
    ws.addRow(['caller', 'start', 'duration'])
    ws.addRow(['044123456', new Date(Date.UTC(2019, 0, 15, 9, 30)), 75])
    const bytes = Buffer.from(await book.xlsx.writeBuffer())
    expect(isXlsx(bytes)).toBe(true)
    const t = await readXlsx(bytes, 1)
    expect(t.headers).toEqual(['caller', 'start', 'duration'])
    expect(t.rows).toEqual([{ line: 2, cells: ['044123456', '2019-01-15 09:30:00', '75'] }])
  })
})
