import { z } from 'zod'
import { appError } from '../../errors.ts'

// Control characters and bidirectional overrides can hide text from a reader of a chart or report.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const HOSTILE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/
/** The same rule for text that arrives other than as GraphQL input (imported cells, FtM values). */
export const hasHostileChars = (s: string) => HOSTILE.test(s)

export const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { message: 'too_long' })
    .refine((s) => !HOSTILE.test(s), { message: 'control characters are not allowed' })

export const requiredText = (max: number) =>
  text(max).pipe(z.string().min(1, { message: 'must not be empty' }))

/** Why a user reveals, retains or erases: recorded in the audit trail. */
export const justificationText = requiredText(500).pipe(
  z.string().min(10, { message: 'state why, in at least 10 characters' }),
)

export const countryCode = z.string().regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code')
export const currencyCode = z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code')
export const e164 = z
  .string()
  .transform((s) => s.replace(/[\s\-()./]/g, ''))
  .pipe(
    z
      .string()
      .regex(/^\+[1-9]\d{6,14}$/, 'must be a phone number in E.164 form, e.g. +38344123456'),
  )
export const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'is not a valid id')

/** Validates input with a zod schema; the first problem becomes a coded error naming the field. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  value: unknown,
  prefix = 'input',
): z.output<S> {
  const res = schema.safeParse(value)
  if (res.success) return res.data
  const issue = res.error.issues[0] as z.core.$ZodIssue
  const field = [prefix, ...issue.path.map(String)].join('.')
  if (issue.message === 'too_long') throw appError('input/too_long', { field })
  throw appError('input/invalid', { field, reason: issue.message })
}
