import { describe, expect, it } from 'vitest'
import { LABEL_KEYS, renderEnglish, type LabelModel } from './labels.templates.ts'

const who = (name: string) => ({ entityId: 'per-1', name, text: null, hidden: false })
const text = (t: string) => ({ entityId: null, name: null, text: t, hidden: false })
const hidden = { entityId: null, name: null, text: null, hidden: true }

describe('derived labels in English', () => {
  it('fills the places with the entities as the viewer received them', () => {
    const l: LabelModel = { key: 'RECRUITMENT_OF', args: [who('Victim 3F2A9C')] }
    expect(renderEnglish(l)).toBe('Recruitment of Victim 3F2A9C')
    expect(renderEnglish({ key: 'CROSSED_AT', args: [who('Victim 3F2A9C'), who('Jarinjë')] })).toBe(
      'Victim 3F2A9C crossed at Jarinjë',
    )
  })

  it('names a form of exploitation from its code, and texts as given', () => {
    expect(
      renderEnglish({ key: 'EXPLOITATION_OF', args: [who('Victim 1'), text('FORCED_BEGGING')] }),
    ).toBe('Forced begging of Victim 1')
    expect(
      renderEnglish({ key: 'CRIMINAL_REPORT', args: [text('PPS-2019-0001'), text('Trafficking')] }),
    ).toBe('Criminal report PPS-2019-0001: Trafficking')
  })

  it('says nothing of an entity the viewer may not see but that it is not shown', () => {
    expect(renderEnglish({ key: 'ARREST_OF', args: [hidden] })).toBe('Arrest of someone not shown')
    expect(renderEnglish({ key: 'ARREST_OF', args: [] })).toBe('Arrest of ')
  })

  it('has a template for every key', () => {
    for (const key of LABEL_KEYS)
      expect(renderEnglish({ key, args: [who('A'), who('B')] })).not.toMatch(/\{/)
  })
})
