import { describe, expect, it } from 'vitest'
import { MentionMatcher, replaceMentions, spells } from './mentions.ts'
import { buildIdentities } from './protected-index.ts'

const identities = buildIdentities(
  [
    {
      id: 'per-1',
      category: 'VICTIM',
      name: 'Elira Krasniqi',
      firstName: 'Elira',
      lastName: 'Krasniqi',
      aliases: ['Lira'],
      identifiers: ['PN 1626955508', 'JMBG 0101990915001'],
      phones: [
        { id: 'pho-1', number: '+38344123456', imei: '356938035643809' },
        { id: 'pho-2', number: null, imei: null, subscriberId: '219012345678901' },
      ],
      assets: [{ id: 'ast-1', identifier: 'XK05 1212 0123 4567 8906' }],
    },
    {
      id: 'per-2',
      category: 'POTENTIAL_VICTIM',
      name: 'Ана Марија Туркану',
      firstName: 'Ана Марија',
      lastName: 'Туркану',
      aliases: [],
      identifiers: [],
      phones: [],
      assets: [],
    },
  ],
  'test-key',
)
const { matcher } = identities
const redact = (text: string) => replaceMentions(text, matcher.find(text), matcher.subjects)
const label = (id: string) => matcher.subjects.find((s) => s.id === id)!.label

describe('finding protected identities in free text', () => {
  it('labels like protection.ts: the category and a keyed pseudonym', () => {
    expect(label('per-1')).toMatch(/^Victim [0-9A-F]{6}$/)
    expect(label('per-2')).toMatch(/^Potential victim [0-9A-F]{6}$/)
    expect(label('pho-1')).toMatch(/^Protected phone [0-9A-F]{6}$/)
    expect(label('ast-1')).toMatch(/^Protected asset [0-9A-F]{6}$/)
    expect(label('pho-1').slice(-6)).not.toBe(label('per-1').slice(-6))
  })

  it('finds the full name, both orders, any case, script or diacritics', () => {
    const v = label('per-1')
    for (const written of [
      'Elira Krasniqi',
      'ELIRA KRASNIQI',
      'Krasniqi, Elira',
      'Elira Krasnići',
      'Елира Краснићи',
      'elira krasnici',
      'Krasniqi Elira',
    ])
      expect(redact(`Statement of ${written} taken at the station`)).toBe(
        `Statement of ${v} taken at the station`,
      )
    expect(redact('Туркану Ана Марија и Ana Marija Turkanu')).toBe(
      `${label('per-2')} и ${label('per-2')}`,
    )
  })

  it("finds inflected names and a father's name between first and last name", () => {
    const v = label('per-1')
    expect(redact('Deklarata e Elirës Krasniqit')).toBe(`Deklarata e ${v}`)
    expect(redact('Elira (Agim) Krasniqi and Elira A. Krasniqi')).toBe(`${v} and ${v}`)
  })

  it('leaves a lone first name or surname, and other names, alone', () => {
    for (const text of [
      'Elira went home',
      'The Krasniqi family',
      'Elton Krasniqi',
      'Elira met Krasniqi',
      'Elira Berisha',
    ])
      expect(redact(text)).toBe(text)
  })

  it('finds an alias of four letters or more as a whole word only', () => {
    expect(redact('Known as Lira; Liradon is someone else')).toBe(
      `Known as ${label('per-1')}; Liradon is someone else`,
    )
  })

  it('finds document, phone and account numbers whatever the separators', () => {
    const [v, p, a] = [label('per-1'), label('pho-1'), label('ast-1')]
    expect(redact('ID PN 1626955508, also 1626955508')).toBe(`ID ${v}, also ${v}`)
    expect(redact('called +383 44 123 456 and 044/123-456, 0038344123456')).toBe(
      `called +${p} and ${p}, ${p}`,
    )
    expect(redact('IMEI 356938035643809')).toBe(`IMEI ${p}`)
    // A line known only by its subscriber id (an IMSI) is hers as much as a number.
    expect(redact('IMSI 219012345678901 seen')).toBe(`IMSI ${label('pho-2')} seen`)
    expect(redact('paid into XK05 1212 0123 4567 8906.')).toBe(`paid into ${a}.`)
    // Other numbers, and the same digits inside a longer one, are not hers.
    for (const text of ['called +383 44 123 457', 'ref 0441234567', 'case 2019/044'])
      expect(redact(text)).toBe(text)
  })

  it('says whom a mention names and whether it was by name', () => {
    const [m] = matcher.find('Lira called 044123456')
    expect(m).toMatchObject({ byName: true, start: 0, end: 4 })
    const mentions = matcher.find('Lira called 044123456')
    expect(mentions.map((x) => matcher.subjects[x.subject]!.personIds)).toEqual([
      ['per-1'],
      ['per-1'],
    ])
    expect(mentions[1]!.byName).toBe(false)
  })

  it('takes "Jovan" for "Jovana" (inflection errs towards withholding), not "Besart" for "Besa"', () => {
    expect(spells('jovana', 'jovan', true)).toBe(true)
    expect(spells('krasnici', 'krasnicit', true)).toBe(true)
    expect(spells('krasnici', 'krasnicit', false)).toBe(false)
    expect(spells('besa', 'besart', true)).toBe(false)
    expect(spells('mimoza', 'mimozom', true)).toBe(true)
  })

  it('finds nothing when no one is protected, and ignores forms too short to be safe', () => {
    expect(new MentionMatcher().find('Elira Krasniqi')).toEqual([])
    const m = new MentionMatcher()
    const s = m.subject({ id: 'x', label: 'Victim X', personIds: ['x'] })
    m.name(s, 'Ana')
    m.code(s, '12345')
    expect(m.find('Ana paid 12345')).toEqual([])
  })
})
