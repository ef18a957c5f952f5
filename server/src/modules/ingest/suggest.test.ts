import { describe, expect, it } from 'vitest'
import { builtInMappings } from './builtin.ts'
import { parseMapping } from './mapping.ts'
import { planImport, resolveColumns } from './plan.ts'
import { mappingYaml, rebind } from './rebind.ts'
import { readCsv } from './source-file.ts'
import { suggestColumns } from './suggest.ts'

const builtIn = (id: string) => builtInMappings().find((m) => m.id === id)!.mapping
const table = (csv: string) => readCsv(Buffer.from(csv), 'utf-8', 'auto')

// An operator export nobody wrote a mapping for: Serbian headers, US dates, columns reordered.
const OPERATOR = table(
  'Datum i vreme,Trajanje,A broj,B broj,Celija\n' +
    '05/13/2019 10:00,45,044961001,044961002,C-77\n' +
    '05/14/2019 11:30,5,044961002,044961003,\n',
)

describe('suggesting columns for a file the mapping was not written for', () => {
  it('finds every call-record column by alias and reads the dates as month first', () => {
    const fit = suggestColumns(builtIn('call-records'), OPERATOR)
    expect(Object.fromEntries(fit.slots.map((s) => [s.column, s.header]))).toEqual({
      caller: 'A broj',
      callee: 'B broj',
      start: 'Datum i vreme',
      duration: 'Trajanje',
      cell: 'Celija',
    })
    expect(fit.fit).toBe(1)
    expect(fit.parse.dateOrder).toBe('MDY')
    expect(fit.slots.find((s) => s.column === 'caller')?.reason).toBe('alias')
  })

  it('falls back on values when names say nothing, and never uses a header twice', () => {
    const t = table('x1;x2;x3\n044961001;02.05.2019 10:00;hello\n044961005;03.05.2019 09:00;hi\n')
    const fit = suggestColumns(builtIn('call-records'), t)
    const by = Object.fromEntries(fit.slots.map((s) => [s.column, s]))
    expect(by.caller?.header).toBe('x1')
    expect(by.caller?.reason).toBe('values')
    expect(by.callee?.header).toBeNull()
    expect(by.start?.header).toBe('x2')
    expect(fit.fit).toBeLessThan(1)
  })

  it('tells a bank file with decimal points from one with decimal commas', () => {
    const dot = table(
      'Value date,From account,To account,Sum,Ccy\n2019-05-02,A1,B1,"1,250.50",EUR\n',
    )
    const fit = suggestColumns(builtIn('bank-transactions'), dot)
    expect(fit.parse.decimal).toBe('.')
    expect(fit.parse.dateOrder).toBe('YMD')
    expect(fit.slots.find((s) => s.column === 'amount')?.header).toBe('Sum')
  })
})

// Modelled on the Copenhagen Networks Study's calls.csv: participants as integer ids 0–846,
// seconds since an unpublished start, -1 for an unanswered call.
const COPENHAGEN = table(
  'timestamp,caller,callee,duration\n' +
    '184,300,301,121\n3920,512,299,670\n5623,301,300,504\n9252,401,457,-1\n' +
    '15466,512,0,5\n58643,139,546,743\n58753,139,546,743\n2416399,846,12,0\n',
)

// Modelled on PaySim: simulation steps (hours), amounts with two decimals or in E notation,
// account ids with a letter.
const PAYSIM = table(
  'step,type,amount,nameOrig,oldbalanceOrg,newbalanceOrig,nameDest,oldbalanceDest,newbalanceDest,isFraud\n' +
    '1,PAYMENT,9839.64,C1231006815,170136.0,160296.36,M1979787155,0.0,0.0,0\n' +
    '1,TRANSFER,181.0,C1305486145,181.0,0.0,C553264065,0.0,0.0,1\n' +
    '1,DEBIT,5337.77,C712410124,41720.0,36382.23,C195600860,41898.0,40348.79,0\n' +
    '743,TRANSFER,5.689852347E7,C1280323807,5.689852347E7,0.0,C873221189,0.0,0.0,1\n',
)

const bindings = (fit: { slots: Array<{ column: string; header: string | null }> }) =>
  Object.fromEntries(fit.slots.map((s) => [s.column, s.header]))
const slot = (fit: ReturnType<typeof suggestColumns>, column: string) =>
  fit.slots.find((s) => s.column === column)!

describe('suggestions weigh the shapes of the values', () => {
  it('fits an anonymised call file to the call records, asking for subscriber ids and a start', () => {
    const fits = builtInMappings().map((b) => ({
      id: b.id,
      ...suggestColumns(b.mapping, COPENHAGEN),
    }))
    const calls = fits.find((f) => f.id === 'call-records')!
    expect(bindings(calls)).toMatchObject({
      caller: 'caller',
      callee: 'callee',
      start: 'timestamp',
      duration: 'duration',
    })
    expect(calls.fit).toBe(1)
    expect(Math.max(...fits.filter((f) => f.id !== 'call-records').map((f) => f.fit))).toBeLessThan(
      calls.fit,
    )
    expect(slot(calls, 'caller').hint).toBe('subscriber_ids')
    expect(slot(calls, 'callee').hint).toBe('subscriber_ids')
    expect(slot(calls, 'start').hint).toBe('time_offsets')
    expect(slot(calls, 'duration').hint).toBeNull()
    // The start is the person's to give: never guessed.
    expect(calls.parse.epoch).toBeNull()
  })

  it('never offers the bank mapping for a call file, nor ids or seconds as its amount', () => {
    const bank = suggestColumns(builtIn('bank-transactions'), COPENHAGEN)
    expect(slot(bank, 'amount').header).toBeNull()
    expect(slot(bank, 'date').header).toBeNull()
    expect(bank.fit).toBeLessThan(0.5)
  })

  it('takes a column of amounts with decimals by its values, one of whole numbers never', () => {
    const t = table(
      'Nr,Wert,Konto von,Konto an\n17,1250.50,A1,B1\n18,99.99,A2,B2\n19,12.00,A1,B2\n',
    )
    expect(slot(suggestColumns(builtIn('bank-transactions'), t), 'amount')).toMatchObject({
      header: 'Wert',
      reason: 'values',
    })
    const ids = table('Nr,Konto von,Konto an\n17,A1,B1\n18,A2,B2\n19,A1,B2\n')
    expect(slot(suggestColumns(builtIn('bank-transactions'), ids), 'amount').header).toBeNull()
  })

  it('counts a match by bare numbers alone for less than one by name', () => {
    const named = table('Amount,Date,From account,To account\n12.50,01.02.2019,A1,B1\n')
    const unnamed = table('x1,Date,From account,To account\n12.50,01.02.2019,A1,B1\n')
    const byName = suggestColumns(builtIn('bank-transactions'), named)
    const byValues = suggestColumns(builtIn('bank-transactions'), unnamed)
    expect(slot(byValues, 'amount').header).toBe('x1')
    expect(byValues.fit).toBeLessThan(byName.fit)
  })

  it('does not take national id numbers for phones', () => {
    // Kosovo personal numbers and UK NHS numbers are "possible" phone numbers, but not valid ones.
    const t = table(
      'Emri,Mbiemri,Datelindja,Ref,Kontakt\n' +
        'Arben,Krasniqi,03.05.1985,1002003004,044 961 001\n' +
        'Drita,Berisha,12.11.1990,943 476 5919,049 555 003\n',
    )
    const fit = suggestColumns(builtIn('person-list'), t)
    expect(slot(fit, 'phone')).toMatchObject({ header: 'Kontakt', reason: 'values' })
    const ids = table('Emri,Mbiemri,Datelindja,Ref\nArben,Krasniqi,03.05.1985,1002003004\n')
    expect(slot(suggestColumns(builtIn('person-list'), ids), 'phone').header).toBeNull()
  })

  it('does not take three-letter country codes for currencies', () => {
    const t = table(
      'Date,From account,To account,Amount,Country,Unit\n' +
        '01.02.2019,A1,B1,"12,50",SRB,EUR\n02.02.2019,A2,B1,"3,00",DEU,RSD\n',
    )
    expect(slot(suggestColumns(builtIn('bank-transactions'), t), 'currency')).toMatchObject({
      header: 'Unit',
      reason: 'values',
    })
    const countries = table('Date,From account,To account,Amount,Country\n01.02.2019,A1,B1,1,GBR\n')
    const fit = suggestColumns(builtIn('bank-transactions'), countries)
    expect(slot(fit, 'currency').header).toBeNull()
  })

  it('reads a simulated transaction log: E-notation amounts, steps as time offsets', () => {
    const fit = suggestColumns(builtIn('bank-transactions'), PAYSIM)
    expect(slot(fit, 'amount').header).toBe('amount')
    expect(fit.parse.decimal).toBe('.')
    expect(fit.parse.epoch).toBeNull()
    // Steps under a date header: the wizard asks for the start (and the unit: hours here).
    const stepped = table(
      'Date,From account,To account,Amount\n1,C1,M1,9839.64\n743,C2,C3,5.689852347E7\n',
    )
    const dated = suggestColumns(builtIn('bank-transactions'), stepped)
    expect(slot(dated, 'date')).toMatchObject({ header: 'Date', hint: 'time_offsets' })
    expect(dated.parse.epoch).toBeNull()
    // Account ids with a letter are never phone numbers.
    expect(bindings(suggestColumns(builtIn('call-records'), PAYSIM))).toMatchObject({
      caller: null,
      callee: null,
    })
  })

  it('asks about Excel serial days in a date column', () => {
    const t = table(
      'Date,From account,To account,Amount\n43830.5,A1,B1,"12,50"\n43831.25,A1,B1,"3,00"\n',
    )
    const fit = suggestColumns(builtIn('bank-transactions'), t)
    expect(slot(fit, 'date')).toMatchObject({ header: 'Date', hint: 'excel_serials' })
  })
})

describe('guessing how the file writes dates and amounts', () => {
  it('reads a council’s payments export: day first, decimal point, amounts quoted with commas', () => {
    // Lambeth: "1,534.24" quoted, 900 bare, DD/MM/YYYY.
    const lambeth = table(
      'Body,Department,Supplier Name,Invoice Creation Date,Invoice Nett Amount,Subj Description\n' +
        'Lambeth,Adults,170 Community Project,08/06/2012,"1,534.24",FLOATING SUPPORT\n' +
        'Lambeth,Children,198 Arts Ltd,06/06/2012,900,GRANTS\n' +
        'Lambeth,Adults,229 Mitcham Lane Ltd,25/06/2012,"4,928.57",RESIDENTIAL CARE\n',
    )
    const fit = suggestColumns(builtIn('bank-transactions'), lambeth)
    expect(fit.parse).toMatchObject({ dateOrder: 'DMY', decimal: '.' })
    expect(bindings(fit)).toMatchObject({
      amount: 'Invoice Nett Amount',
      date: 'Invoice Creation Date',
    })
  })

  it('reads a file of mostly low days by the days above 12, in either place', () => {
    // Oxford: one day above 12 among many below decides DD/MM/YYYY.
    const oxford = table(
      'body_name,paid_date,trans_no,amount,supplier_name\n' +
        'Oxford City Council,01/02/2014,46279931_1,500.00,A\n' +
        'Oxford City Council,03/02/2014,46279932_1,1925,B\n' +
        'Oxford City Council,21/01/2014,46279933_1,-1237.5,C\n',
    )
    // A mapping saved for month-first files is still told by the rows.
    const bank = builtIn('bank-transactions')
    const us = { ...bank, parse: { ...bank.parse, dateOrder: 'MDY' as const } }
    expect(suggestColumns(us, oxford).parse).toMatchObject({ dateOrder: 'DMY', decimal: '.' })
    // More days above 12 in second place than in first: month first.
    const mixed = table(
      'paid_date,amount,From account,To account\n' +
        '01/13/2014,5,A,B\n01/14/2014,5,A,B\n21/01/2014,5,A,B\n',
    )
    expect(suggestColumns(bank, mixed).parse.dateOrder).toBe('MDY')
  })

  it('takes compact dates as year first, and lets month names decide nothing', () => {
    const compact = table('Datum i vreme,A broj,B broj\n20060601 0008,044961001,044961002\n')
    expect(suggestColumns(builtIn('call-records'), compact).parse.dateOrder).toBe('YMD')
    const named = table('Date,From account,To account,Amount\nMar 25 2015,A1,B1,"1.534,24 €"\n')
    const fit = suggestColumns(builtIn('bank-transactions'), named)
    expect(fit.parse.dateOrder).toBe(builtIn('bank-transactions').parse.dateOrder)
    expect(fit.parse.decimal).toBe(',')
    expect(slot(fit, 'date').header).toBe('Date')
  })
})

describe('binding a mapping to a new file', () => {
  it('imports the operator file once its columns and date order are bound', () => {
    const fit = suggestColumns(builtIn('call-records'), OPERATOR)
    const bound = rebind(builtIn('call-records'), {
      columns: Object.fromEntries(fit.slots.map((s) => [s.column, s.header])),
      parse: fit.parse,
    })
    if (!('mapping' in bound)) throw new Error(JSON.stringify(bound.problems))
    expect(Array.isArray(resolveColumns(bound.mapping, OPERATOR.headers))).toBe(false)
    const plan = planImport(bound.mapping, OPERATOR, 'file')
    expect(plan.errors).toEqual([])
    expect(plan.links.find((l) => l.kind === 'CALLED')?.props.at).toBe('2019-05-13T08:00:00.000Z')
  })

  it('drops an optional entity whose key column the file lacks, with its links', () => {
    const res = rebind(builtIn('call-records'), { columns: { cell: null } })
    if (!('mapping' in res)) throw new Error('refused')
    expect(Object.keys(res.mapping.entities)).toEqual(['caller', 'callee'])
    expect(res.mapping.links.map((l) => l.kind)).toEqual(['CALLED'])
  })

  it('refuses to leave out a column the mapping needs', () => {
    const res = rebind(builtIn('call-records'), { columns: { caller: null } })
    expect('problems' in res && res.problems.map((p) => p.path)).toContain('columns.caller')
  })

  it('saves as YAML that reads back to the same mapping, old names kept as aliases', () => {
    const res = rebind(builtIn('call-records'), { columns: { caller: 'A broj' } })
    if (!('mapping' in res)) throw new Error('refused')
    const again = parseMapping(mappingYaml(res.mapping))
    if (!('mapping' in again)) throw new Error(JSON.stringify(again.problems))
    expect(again.mapping).toEqual(res.mapping)
    expect(again.mapping.aliases['A broj']).toContain('caller')
  })
})

describe('hostile names', () => {
  it('reads columns named like built-in object properties as plain names', () => {
    const t = table('constructor;toString;__proto__\n044961001;044961002;02.05.2019 10:00\n')
    const m = builtIn('call-records')
    const fit = suggestColumns(m, t)
    expect(Object.fromEntries(fit.slots.map((s) => [s.column, s.header]))).toMatchObject({
      caller: 'constructor',
      callee: 'toString',
      start: '__proto__',
    })
    const res = rebind(m, {
      columns: {
        caller: 'constructor',
        callee: 'toString',
        start: '__proto__',
        cell: null,
        duration: null,
      },
    })
    if (!('mapping' in res)) throw new Error(JSON.stringify(res.problems))
    expect(planImport(res.mapping, t, 'f').errors).toEqual([])
    const saved = parseMapping(mappingYaml(res.mapping))
    expect('mapping' in saved).toBe(true)
  })
})

describe('hostile names, one at a time', () => {
  it('binds a single column to "__proto__" without changing what the aliases are', () => {
    const res = rebind(builtIn('call-records'), { columns: { start: '__proto__' } })
    if (!('mapping' in res)) throw new Error(JSON.stringify(res.problems))
    expect(Object.getPrototypeOf(res.mapping.aliases)).toBe(Object.prototype)
    expect(res.mapping.links[0]?.fields.at).toMatchObject({ column: '__proto__' })
  })

  it('refuses a key naming a field that exists only on the object prototype', () => {
    const res = parseMapping(`
version: 1
name: Inherited key
source: { name: x }
entities: { a: { kind: Phone, key: [constructor], fields: { number: { column: n } } } }
`)
    expect('problems' in res && res.problems.map((p) => p.path)).toEqual(['entities.a.key'])
  })
})
