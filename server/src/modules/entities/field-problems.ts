import type { z } from 'zod'
import { appError } from '../../errors.ts'

/**
 * What is wrong with one field of a record's input, as a stable code a form translates beside
 * the field (docs/errors.md, "Field codes"). One request gets every problem of its input at once,
 * so that a form can mark all wrong fields instead of one per attempt.
 */
export const FIELD_CODES = [
  'required',
  'too_long',
  'too_many',
  'control_chars',
  'out_of_range',
  'country_code',
  'currency_code',
  'phone_number',
  'imei',
  'in_future',
  'before_start',
  'source_required',
  'malformed_date',
  'invalid',
] as const
export type FieldCode = (typeof FIELD_CODES)[number]

export interface FieldProblem {
  field: string
  code: FieldCode
}

/** The messages of the shared validators (common/validation.ts), read as codes. */
const BY_MESSAGE: readonly [RegExp, FieldCode][] = [
  [/^too_long$/, 'too_long'],
  [/^must not be empty$/, 'required'],
  [/^control characters/, 'control_chars'],
  [/^must be an ISO 3166/, 'country_code'],
  [/^must be an ISO 4217/, 'currency_code'],
  [/^must be a phone number/, 'phone_number'],
  [/^must be 14–16 digits/, 'imei'],
  [/^validFrom must not be after validTo/, 'before_start'],
]

export function codeOfIssue(issue: z.core.$ZodIssue): FieldCode {
  const known = BY_MESSAGE.find(([re]) => re.test(issue.message))
  if (known) return known[1]
  if (issue.code === 'too_big' && issue.origin === 'array') return 'too_many'
  if (issue.code === 'too_big' || issue.code === 'too_small') return 'out_of_range'
  if (issue.code === 'invalid_type' && /received (undefined|null)$/.test(issue.message))
    return 'required'
  return 'invalid'
}

/**
 * Collects the problems of one input; `throwIfAny` raises them as one coded error. The first
 * problem keeps the error's former shape (`input/too_long` or `input/invalid` with `field` and
 * `reason`), and `fields` lists every one.
 */
export class FieldProblems {
  readonly list: (FieldProblem & { reason: string })[] = []

  add(field: string, code: FieldCode, reason: string = code): void {
    if (!this.list.some((p) => p.field === field)) this.list.push({ field, code, reason })
  }

  /** The parsed value, or undefined after recording each of its issues under `prefix`. */
  parse<S extends z.ZodType>(schema: S, value: unknown, prefix: string): z.output<S> | undefined {
    const res = schema.safeParse(value)
    if (res.success) return res.data
    for (const issue of res.error.issues) {
      // An element of a list is reported on the list: the form has one field for it.
      const path = issue.path.filter((p) => typeof p !== 'number').map(String)
      this.add([prefix, ...path].join('.'), codeOfIssue(issue), issue.message)
    }
    return undefined
  }

  get empty(): boolean {
    return this.list.length === 0
  }

  throwIfAny(): void {
    const first = this.list[0]
    if (!first) return
    const fields = this.list.map(({ field, code }) => ({ field, code }))
    if (first.code === 'too_long') throw appError('input/too_long', { field: first.field, fields })
    throw appError('input/invalid', { field: first.field, reason: first.reason, fields })
  }
}
