import { describe, expect, it } from 'vitest'
import { parseLines, planFtm, Problems, type KnownEntity } from './ftm.import.ts'

/** Real FtM files (OpenSanctions' among them) as they come: what is kept, and what is counted. */

const line = (id: string, schema: string, properties: Record<string, string[]>) =>
  JSON.stringify({ id, schema, properties })

const plan = (lines: string[], known = new Map<string, KnownEntity>()) => {
  const problems = new Problems()
  return planFtm(parseLines(lines.join('\n'), problems), known, 'file|', problems, '2020-01-01')
}
const props = (p: ReturnType<typeof plan>, ftmId: string) =>
  p.plan.entities.find((e) => e.key.ftmId === ftmId)?.props
const linkOf = (p: ReturnType<typeof plan>, ftmId: string) =>
  p.plan.links.find((l) => l.props.ftmId === ftmId)?.props

describe('FtM as OpenSanctions and Aleph export it', () => {
  it('brings organisations and events of no type as OTHER, companies as COMPANY', () => {
    const p = plan([
      line('o1', 'Organization', { name: ['Union of Makers'] }),
      line('l1', 'LegalEntity', { name: ['Holding Ltd'], jurisdiction: ['cy'] }),
      line('c1', 'Company', { name: ['Kontur LLC'] }),
      line('e1', 'Event', { name: ['Board meeting'], date: ['2021-06-30'] }),
    ])
    expect(p.plan.errors).toEqual([])
    expect(['o1', 'l1', 'c1'].map((id) => props(p, id)?.orgType)).toEqual([
      'OTHER',
      'OTHER',
      'COMPANY',
    ])
    expect(props(p, 'e1')).toMatchObject({ eventType: 'OTHER', date: '2021-06-30' })
  })

  it('joins streets and other parts into the address, never twice, and counts a second full text', () => {
    const p = plan([
      line('a1', 'Address', {
        street: ['12 Lesnaya St.', 'Apt. 7'],
        city: ['Nizhny Tagil'],
        postalCode: ['622000'],
      }),
      line('a2', 'Address', {
        full: ['1 Lesnaya Street, Nizhny Tagil, 622001', 'Lesnaya 1, NIZHNY TAGIL'],
        street: ['1 Lesnaya Street'],
        city: ['Nizhny Tagil', 'NIZHNY TAGIL'],
        region: ['Sverdlovsk Oblast'],
      }),
    ])
    expect(props(p, 'a1')).toMatchObject({
      address: '12 Lesnaya St., Apt. 7, Nizhny Tagil, 622000',
      municipality: 'Nizhny Tagil',
      name: '12 Lesnaya St., Apt. 7, Nizhny Tagil, 622000',
    })
    expect(props(p, 'a2')?.address).toBe(
      '1 Lesnaya Street, Nizhny Tagil, 622001, Sverdlovsk Oblast',
    )
    expect(p.skipped).toEqual({ 'Address.full (more than one value)': 1 })
  })

  it('keeps one amount in one currency: the own amount first, else amountEur, else amountUsd', () => {
    const p = plan([
      line('c1', 'Company', { name: ['Payer'] }),
      line('p1', 'Person', { name: ['Payee'] }),
      line('pay1', 'Payment', {
        payer: ['c1'],
        beneficiary: ['p1'],
        amountEur: ['125000.50'],
        purpose: ['Consulting'],
        namesMentioned: ['Dmitri Kostin', 'Aeroservis'],
      }),
      line('pay2', 'Payment', {
        payer: ['c1'],
        beneficiary: ['p1'],
        amount: ['9000000'],
        currency: ['RUB'],
        amountEur: ['98000'],
        amountUsd: ['104000'],
      }),
      line('re1', 'RealEstate', { name: ['Dacha'], amountUsd: ['350000'] }),
      line('ba1', 'BankAccount', { iban: ['XK051212012345678906'], currency: ['EUR'] }),
    ])
    expect(p.plan.errors).toEqual([])
    expect(linkOf(p, 'pay1')).toMatchObject({
      amount: 125000.5,
      currency: 'EUR',
      reference: 'Consulting; Names mentioned: Dmitri Kostin, Aeroservis',
    })
    expect(linkOf(p, 'pay2')).toMatchObject({ amount: 9000000, currency: 'RUB' })
    expect(props(p, 're1')).toMatchObject({ value: 350000, currency: 'USD' })
    expect(props(p, 'ba1')).toMatchObject({ currency: 'EUR' })
    expect(props(p, 'ba1')?.value).toBeUndefined()
    expect(p.skipped).toEqual({
      'Payment.amountEur (beside the amount kept)': 1,
      'Payment.amountUsd (beside the amount kept)': 1,
    })
  })

  it('keeps names mentioned in an event in its description, after its summary', () => {
    const p = plan([
      line('e1', 'Event', {
        name: ['Meeting'],
        summary: ['Approved the sale'],
        namesMentioned: ['Kontur Holding'],
      }),
    ])
    expect(props(p, 'e1')?.description).toBe('Approved the sale\nNames mentioned: Kontur Holding')
  })

  it('takes a person’s only country as the nationality and counts another one beside it', () => {
    const p = plan([
      line('p1', 'Person', { name: ['A'], country: ['ru'] }),
      line('p2', 'Person', { name: ['B'], nationality: ['ru'], country: ['gb', 'ru'] }),
      line('p3', 'Person', { name: ['C'], citizenship: ['ru'], country: ['ru'] }),
    ])
    expect(['p1', 'p2', 'p3'].map((id) => props(p, id)?.nationality)).toEqual(['RU', 'RU', 'RU'])
    expect(p.skipped).toEqual({ 'Person.country (beside the nationality)': 1 })
  })

  it('makes the other names aliases and counts only name parts no name contains', () => {
    const p = plan([
      line('p1', 'Person', {
        name: ['Vukan Petrovich MIRKOV', 'Вукан Петрович Мирков', 'ミルコフ・ヴカン'],
        alias: ['Mirkov Vukan', 'Vukan Petrovich MIRKOV'],
        previousName: ['Vukan Orlov'],
        firstName: ['Vukan', 'Вукан'],
        lastName: ['Mirkov', 'Мирков'],
        middleName: ['Petrovich', 'Петрович'],
        fatherName: ['ПЕТРОВИЧ', 'Petrovitch'],
      }),
      line('c1', 'Company', { name: ['Kontur LLC'], weakAlias: ['SK'], abbreviation: ['SK LLC'] }),
    ])
    expect(props(p, 'p1')).toMatchObject({
      name: 'Vukan Petrovich MIRKOV',
      aliases: ['Вукан Петрович Мирков', 'ミルコフ・ヴカン', 'Mirkov Vukan', 'Vukan Orlov'],
      firstName: 'Vukan',
      lastName: 'Mirkov',
    })
    expect(props(p, 'c1')?.aliases).toEqual(['SK', 'SK LLC'])
    // The Cyrillic first and last names are in an alias: held. "Petrovitch" is in no name.
    expect(p.skipped).toEqual({ 'Person.fatherName (in no name)': 1 })
  })

  it('gathers identifiers without repeats and adds a passport’s number to its holder', () => {
    const p = plan([
      line('p1', 'Person', {
        name: ['A'],
        idNumber: ['TIN: 660100000001'],
        taxNumber: ['660100000001'],
        innCode: ['660100000001'],
      }),
      line('p2', 'Person', { name: ['B'] }),
      line('pp1', 'Passport', { holder: ['p1'], number: ['750000001'], country: ['ru'] }),
      line('pp2', 'Passport', { holder: ['p2'] }),
    ])
    expect(p.plan.errors).toEqual([])
    expect(props(p, 'p1')?.identifiers).toEqual(['TIN: 660100000001', '660100000001', '750000001'])
    expect(p.unknownSchemata).toEqual({})
    expect(p.skipped).toEqual({ 'Passport.country': 1, 'Passport (without a number)': 1 })
  })

  it('reads shares as registries write them, counts a range and refuses what is no share', () => {
    const own = (id: string, percentage: string) =>
      line(id, 'Ownership', { owner: ['p1'], asset: ['c1'], percentage: [percentage] })
    const base = [line('p1', 'Person', { name: ['A'] }), line('c1', 'Company', { name: ['C'] })]
    const p = plan([
      ...base,
      own('o1', '51%'),
      own('o2', '24,5'),
      own('o3', '100.00 %'),
      own('o4', '25-50'),
    ])
    expect(p.plan.errors).toEqual([])
    expect(['o1', 'o2', 'o3', 'o4'].map((id) => linkOf(p, id)?.sharePercent)).toEqual([
      51,
      24.5,
      100,
      undefined,
    ])
    expect(p.skipped).toEqual({ 'Ownership.percentage (a range, not one share)': 1 })
    const bad = plan([...base, own('o5', '150'), own('o6', 'half')]).plan.errors
    expect(bad.map((e) => [e.line, e.reason])).toEqual([
      [3, 'not a percentage (0 to 100)'],
      [4, 'not a percentage'],
    ])
  })

  it('counts addresses the file names but does not carry, and makes places of address texts', () => {
    const p = plan([
      line('p1', 'Person', {
        name: ['A'],
        addressEntity: ['a1', 'addr-missing'],
        address: ['12 Lesnaya St., Apt. 7, Nizhny Tagil, 622000', 'NIZHNY TAGIL, 622000'],
      }),
      line('a1', 'Address', {
        street: ['12 Lesnaya St., Apt. 7'],
        city: ['Nizhny Tagil'],
        postalCode: ['622000'],
      }),
      line('c1', 'Company', {
        name: ['C'],
        address: [
          'УЛ. ЛЕСНАЯ Д.1, Г. НИЖНИЙ ТАГИЛ',
          'УЛ ЛЕСНАЯ Д.1, Г. НИЖНИЙ ТАГИЛ',
          'Flat 3, London',
        ],
        phone: ['+7 (3435) 41-00-00; +7 (912) 200-00-00'],
      }),
      line('k1', 'Person', {
        name: ['Child'],
        birthDate: ['2010-01-01'],
        address: ['Rruga B 1, Ferizaj'],
      }),
    ])
    expect(p.plan.errors).toEqual([])
    expect(p.skipped).toEqual({ 'Person.addressEntity (not in the file or the graph)': 1 })
    // Both texts of the person are in her Address entity: no second place for her.
    const places = p.plan.entities.filter((e) => e.kind === 'Location' && !e.key.ftmId)
    expect(places.map((e) => [e.ref, e.match])).toEqual([
      ['Location|{"locType":"ADDRESS","address":"УЛ. ЛЕСНАЯ Д.1, Г. НИЖНИЙ ТАГИЛ"}', 'graph'],
      ['Location|{"locType":"ADDRESS","address":"Flat 3, London"}', 'graph'],
      // A minor's home is hers: matched within this file only.
      ['file|Location|{"locType":"ADDRESS","address":"Rruga B 1, Ferizaj"}', 'import'],
    ])
    const kinds = p.plan.links.map((l) => `${l.kind} ${l.fromRef.split('|')[0] || 'file'}`).sort()
    expect(kinds).toEqual([
      'LIVES_AT Person',
      'LIVES_AT file',
      'LOCATED_AT Organization',
      'LOCATED_AT Organization',
      'USES_PHONE Organization',
      'USES_PHONE Organization',
    ])
  })

  it('lists every property it does not keep, value by value', () => {
    const p = plan([
      line('c1', 'Company', {
        name: ['C'],
        registrationNumber: ['111', '222'],
        innCode: ['6601000011'],
        email: ['a@example.org', 'b@example.org'],
        topics: ['sanction'],
      }),
      line('s1', 'Sanction', { entity: ['c1'], authority: ['Example Treasury'] }),
      line('d1', 'Directorship', { director: ['c1'], organization: ['c1'], role: ['CEO'] }),
    ])
    expect(p.unknownSchemata).toEqual({ Sanction: 1 })
    expect(p.skipped).toEqual({
      'Company.registrationNumber (more than one value)': 1,
      'Company.innCode': 1,
      'Company.email': 2,
      'Company.topics': 1,
      'Directorship.role': 1,
      'Directorship (Organization → Organization)': 1,
    })
  })
})
