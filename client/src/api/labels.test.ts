import { describe, expect, it } from 'vitest'
import { createAppI18n } from '../i18n'
import {
  forgetNames,
  localiseAnswer,
  localName,
  localNameOf,
  renderLabel,
  type Translate,
} from './labels'

const tIn = (locale: 'en' | 'sq' | 'sr'): Translate => {
  const i18n = createAppI18n(locale)
  return (key, named) => i18n.global.t(key, named)
}
const victim = 'Victim 3F2A9C'

describe('derived labels on the client', () => {
  it('renders an event label in the user language around the pseudonym the server sent', () => {
    const label = { key: 'RECRUITMENT_OF', args: [victim] }
    expect(renderLabel(label, tIn('en'))).toBe('Recruitment of Victim 3F2A9C')
    expect(renderLabel(label, tIn('sq'))).toBe('Rekrutimi: Viktima 3F2A9C')
    expect(renderLabel(label, tIn('sr'))).toBe('Vrbovanje: Žrtva 3F2A9C')
  })

  it('names the form of exploitation and a place, and one not shown as such', () => {
    expect(
      renderLabel({ key: 'EXPLOITATION_OF', args: [victim, 'FORCED_BEGGING'] }, tIn('sq')),
    ).toBe('Lypje e detyruar: Viktima 3F2A9C')
    expect(renderLabel({ key: 'CROSSED_AT', args: [null, 'Jarinjë'] }, tIn('en'))).toBe(
      'someone not shown crossed the border at Jarinjë',
    )
  })

  it('translates pseudonyms and leaves every other name alone', () => {
    expect(localName('Potential victim 00AB12', tIn('sr'))).toBe('Potencijalna žrtva 00AB12')
    expect(localName('Protected phone 91BC04', tIn('sq'))).toBe('Telefon i mbrojtur 91BC04')
    expect(localName('Victim of fraud', tIn('sq'))).toBe('Victim of fraud')
    expect(localName('Arben Krasniqi', tIn('sq'))).toBe('Arben Krasniqi')
  })
})

describe('names of an answer', () => {
  it('renders labelled and pseudonymised names in place, and again in a language chosen later', () => {
    const answer = {
      expand: {
        nodes: [
          {
            id: 'evt-1',
            kind: 'Event',
            name: 'Recruitment of a victim',
            labelKey: 'RECRUITMENT_OF',
            labelArgs: ['Victim 3F2A9C'],
          },
          { id: 'per-1', kind: 'Person', name: 'Victim 3F2A9C', pseudonymised: true },
          { id: 'per-2', kind: 'Person', name: 'Arben Krasniqi', pseudonymised: false },
        ],
      },
    }
    localiseAnswer(answer, tIn('sq'))
    expect(answer.expand.nodes.map((n) => n.name)).toEqual([
      'Rekrutimi: Viktima 3F2A9C',
      'Viktima 3F2A9C',
      'Arben Krasniqi',
    ])
    expect(localNameOf('evt-1', tIn('sr'))).toBe('Vrbovanje: Žrtva 3F2A9C')
    expect(localNameOf('per-1', tIn('en'))).toBe('Victim 3F2A9C')
    expect(localNameOf('per-2', tIn('en'))).toBeNull()
    forgetNames()
    expect(localNameOf('evt-1', tIn('en'))).toBeNull()
  })
})
