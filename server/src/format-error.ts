import { unwrapResolverError } from '@apollo/server/errors'
import { GraphQLError, type GraphQLFormattedError, type ValidationContext } from 'graphql'
import { ERRORS, isAppError } from './errors.ts'
import { logger } from './logger.ts'

function findAppError(err: unknown): ReturnType<typeof asApp> {
  let e: unknown = err
  for (let i = 0; i < 5 && e; i++) {
    if (isAppError(e)) return asApp(e)
    e = (e as { originalError?: unknown }).originalError
  }
  return null
}
const asApp = (e: unknown) => (isAppError(e) ? e : null)

/** Lexical tokens a document may have; graphql-js stops parsing past them (app.ts). */
export const MAX_TOKENS = 2_000
/** graphql-js's message for it (16.x writes "more that"), the only mark the parse error has. */
const TOKEN_LIMIT = /^Syntax Error: Document contains more th(?:at|an) \d+ tokens\./

// graphql-armor's errors carry no code of their own; its onReject hook marks them here.
const rejections = new WeakSet<object>()
export const reportRejection = (ctx: ValidationContext | null, err: GraphQLError) => {
  const marked = new GraphQLError(err.message)
  rejections.add(marked)
  ctx?.reportError(marked)
}
const isRejection = (e: unknown): boolean =>
  !!e &&
  typeof e === 'object' &&
  (rejections.has(e) || isRejection((e as { originalError?: unknown }).originalError))

const REQUEST_INPUT_CODES = new Set([
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_NOT_FOUND',
])
const GRAPHQL_INPUT_CODES = new Set([
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
])

/**
 * A scalar (a Date) refused while graphql-js read the variables: its message names the input
 * path, which becomes `field` (and the one entry of `fields`) as for errors a service raises.
 */
function variableField(extensions: Record<string, unknown>, message: string) {
  if (extensions.field) return {}
  const at = /^Variable "\$[A-Za-z_]\w*" got invalid value .* at "([\w.[\]]+)"; /s.exec(message)
  if (!at?.[1]) return {}
  const field = at[1].replace(/\[\d+\]/g, '')
  const code = extensions.code === 'input/malformed_date' ? 'malformed_date' : 'invalid'
  return { field, fields: [{ field, code }] }
}

/**
 * Clients see stable codes only. Schema validation errors keep their message (it names the
 * field, not data); anything unexpected is logged and replaced, with no stack trace.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
): GraphQLFormattedError {
  const app = findAppError(unwrapResolverError(error)) ?? findAppError(error)
  if (app)
    return {
      message: app.message,
      path: formatted.path,
      extensions: { ...app.extensions, ...variableField(app.extensions, formatted.message) },
    }
  if (isRejection(error))
    return { message: formatted.message, extensions: { code: 'request/too_complex' } }
  if (TOKEN_LIMIT.test(formatted.message))
    return {
      message: `${ERRORS['request/too_complex']} (over ${MAX_TOKENS} tokens)`,
      extensions: { code: 'request/too_complex' },
    }
  const code = formatted.extensions?.code as string | undefined
  if (code && GRAPHQL_INPUT_CODES.has(code)) {
    return {
      message: formatted.message,
      locations: formatted.locations,
      extensions: { code: 'input/invalid' },
    }
  }
  // Malformed requests, an operationName the document lacks, persisted queries (not offered).
  if (code && REQUEST_INPUT_CODES.has(code)) {
    return { message: formatted.message, extensions: { code: 'input/invalid' } }
  }
  const original = unwrapResolverError(error) as { code?: string; message?: string } | undefined
  if (original?.code === 'ServiceUnavailable' || original?.code === 'SessionExpired') {
    return {
      message: ERRORS['graph/unavailable'],
      path: formatted.path,
      extensions: { code: 'graph/unavailable' },
    }
  }
  // Driver messages can quote property values (names); log codes only.
  logger.error(
    {
      code,
      path: formatted.path,
      driverCode: original?.code,
      type: (original as object | undefined)?.constructor?.name,
    },
    'unexpected error',
  )
  return {
    message: ERRORS['internal/unexpected'],
    path: formatted.path,
    extensions: { code: 'internal/unexpected' },
  }
}
