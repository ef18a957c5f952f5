import { GraphQLScalarType, Kind } from 'graphql'
import { appError } from '../../errors.ts'

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** A real calendar date between 1900 and 2100, as YYYY-MM-DD. */
export function parseDate(value: unknown): string {
  const m = typeof value === 'string' ? DATE.exec(value) : null
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
    const dt = new Date(Date.UTC(y, mo - 1, d))
    if (y >= 1900 && y <= 2100 && dt.getUTCMonth() === mo - 1 && dt.getUTCDate() === d)
      return value as string
  }
  throw appError('input/malformed_date', {
    value: typeof value === 'string' ? value.slice(0, 40) : typeof value,
  })
}

const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/

export function parseDateTime(value: unknown): string {
  if (typeof value === 'string' && DATETIME.test(value)) {
    parseDate(value.slice(0, 10))
    const t = new Date(value)
    if (!Number.isNaN(t.getTime())) return t.toISOString()
  }
  throw appError('input/malformed_date', {
    value: typeof value === 'string' ? value.slice(0, 40) : typeof value,
  })
}

export const DateScalar = new GraphQLScalarType({
  name: 'Date',
  serialize: (v) => v,
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : null),
})

export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  serialize: (v) => v,
  parseValue: parseDateTime,
  parseLiteral: (ast) => parseDateTime(ast.kind === Kind.STRING ? ast.value : null),
})
