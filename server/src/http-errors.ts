import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express'
import { ERRORS, isAppError, type ErrorCode } from './errors.ts'
import { logger } from './logger.ts'

/**
 * Errors that happen before a route answers (a body the parser refuses, a URL that does not
 * decode, a path nothing serves) answer in JSON with a stable code, never with Express's HTML
 * page, which quotes the stack trace and the server's file paths outside production.
 */

interface HttpFault {
  status: number
  code: ErrorCode
  extra?: Record<string, unknown>
}

/** What body-parser (and http-errors) put on the errors they raise. */
interface ParserError {
  type?: string
  status?: number
  statusCode?: number
  expose?: boolean
  limit?: number
}

/** A parser's or router's error as a coded fault; null for anything else (a bug: 500). */
export function httpFault(err: unknown): HttpFault | null {
  if (!err || typeof err !== 'object') return null
  const e = err as ParserError
  if (e.type === 'entity.too.large')
    return { status: 413, code: 'request/too_large', extra: e.limit ? { limit: e.limit } : {} }
  if (err instanceof URIError) return { status: 400, code: 'request/malformed' }
  const status = e.status ?? e.statusCode ?? 500
  // Malformed JSON, an unknown charset or content encoding, a body cut short, a bad URL.
  if (e.expose && status >= 400 && status < 500)
    return { status, code: status === 404 ? 'request/not_found' : 'request/malformed' }
  return null
}

/** GraphQL clients read `errors`; the REST routes read `error`. */
export function sendFault(req: Request, res: Response, fault: HttpFault): void {
  const extensions = { code: fault.code, ...fault.extra }
  res.status(fault.status)
  if (req.path.startsWith('/graphql'))
    res.json({ errors: [{ message: ERRORS[fault.code], extensions }] })
  else res.json({ error: extensions })
}

/** The last handler of the app: every error becomes JSON, nothing of the server shows. */
export const jsonErrors: ErrorRequestHandler = (err, req, res, next) => {
  if (res.headersSent) return next(err)
  let fault = httpFault(err)
  if (!fault && isAppError(err)) {
    const { code, http, ...extra } = err.extensions as {
      code: ErrorCode
      http?: { status?: number }
    }
    fault = { status: http?.status ?? 400, code, extra }
  }
  if (!fault) {
    logger.error({ err: (err as Error | null)?.name, path: req.path }, 'unhandled request error')
    fault = { status: 500, code: 'internal/unexpected' }
  }
  sendFault(req, res, fault)
}

/** A path nothing serves (the client's pages are served for any GET when it is built). */
export const jsonNotFound: RequestHandler = (req, res) =>
  sendFault(req, res, { status: 404, code: 'request/not_found' })
