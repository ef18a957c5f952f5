import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { isAppError } from '../../errors.ts'
import { countryCode, e164, requiredText } from '../common/validation.ts'
import { FieldProblems } from './field-problems.ts'

const schema = z.object({
  name: requiredText(5),
  country: countryCode.nullish(),
  phone: e164.nullish(),
  tags: z.array(requiredText(3)).max(2).nullish(),
  share: z.number().min(0).max(100).nullish(),
})

function thrown(fn: () => void) {
  try {
    fn()
  } catch (e) {
    if (isAppError(e)) return e.extensions
    throw e
  }
  return null
}

describe('field problems', () => {
  it('lists every wrong field with its code, the first as the error itself', () => {
    const problems = new FieldProblems()
    problems.parse(
      schema,
      { name: ' ', country: 'Kosovo', phone: '12', tags: ['ok', 'toolong'], share: 120 },
      'input.x',
    )
    expect(thrown(() => problems.throwIfAny())).toMatchObject({
      code: 'input/invalid',
      field: 'input.x.name',
      fields: [
        { field: 'input.x.name', code: 'required' },
        { field: 'input.x.country', code: 'country_code' },
        { field: 'input.x.phone', code: 'phone_number' },
        { field: 'input.x.tags', code: 'too_long' },
        { field: 'input.x.share', code: 'out_of_range' },
      ],
    })
  })

  it('keeps input/too_long when the first problem is a length, and one entry per field', () => {
    const problems = new FieldProblems()
    problems.parse(schema, { name: 'much too long', tags: ['a', 'b', 'c'] }, 'input')
    problems.add('input.name', 'required')
    expect(thrown(() => problems.throwIfAny())).toMatchObject({
      code: 'input/too_long',
      fields: [
        { field: 'input.name', code: 'too_long' },
        { field: 'input.tags', code: 'too_many' },
      ],
    })
  })

  it('raises nothing for a valid input', () => {
    const problems = new FieldProblems()
    expect(problems.parse(schema, { name: 'Arta' }, 'input')).toEqual({ name: 'Arta' })
    expect(thrown(() => problems.throwIfAny())).toBeNull()
  })
})
