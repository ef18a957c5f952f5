import { ApolloServer, type ApolloServerPlugin } from '@apollo/server'
import { expressMiddleware } from '@as-integrations/express5'
import { ApolloArmor } from '@escape.tech/graphql-armor'
import { parse as parseCookies } from 'cookie'
import cors from 'cors'
import express, { type Express } from 'express'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Config } from './config.ts'
import type { Context } from './context.ts'
import { DataAccess, SystemAccess } from './data/access.ts'
import type { Db } from './data/driver.ts'
import { auditPlugin } from './audit-plugin.ts'
import { costPlugin } from './cost.ts'
import { formatError, MAX_TOKENS, reportRejection } from './format-error.ts'
import { jsonErrors, jsonNotFound } from './http-errors.ts'
import { OidcSignIn, SESSION_COOKIE, userFromSession } from './modules/auth/index.ts'
import { createLoaders, MODULES } from './modules/index.ts'
import { buildSchema } from './schema.ts'
import type { UserModel } from './data/models.ts'
import { appError } from './errors.ts'

function securityHeaders(_req: express.Request, res: express.Response, next: express.NextFunction) {
  res.setHeader('X-Content-Type-Options', 'nosniff')
  res.setHeader('Referrer-Policy', 'no-referrer')
  res.setHeader('X-Frame-Options', 'DENY')
  res.setHeader(
    'Content-Security-Policy',
    "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'",
  )
  next()
}

/** The session's user, or the user a bearer token names when single sign-on is configured. */
async function requestUser(
  system: SystemAccess,
  oidc: OidcSignIn | null,
  sessionToken: string | null,
  authorization: string | undefined,
): Promise<UserModel | null> {
  const bearer = /^Bearer (\S{1,8192})$/i.exec(authorization ?? '')?.[1]
  if (!bearer) return userFromSession(system, sessionToken)
  const result = oidc ? await oidc.bearerUser(bearer) : 'auth/invalid_token'
  if (typeof result === 'string') {
    await system.audit({
      actor: null,
      action: 'SIGN_IN',
      operation: 'bearer',
      outcome: 'REFUSED',
      detail: result,
    })
    throw appError(result, { http: { status: 401 } })
  }
  return result
}

export async function createApp(
  config: Config,
  db: Db,
): Promise<{ app: Express; stop: () => Promise<void> }> {
  // Validation rules report through our hook (so the error keeps a code of its own). The token
  // limit is graphql-js's own (parseOptions below): armor's throws from a plugin hook, which
  // Apollo answers as a 500.
  const reported = { propagateOnRejection: false, onReject: [reportRejection] }
  const armor = new ApolloArmor({
    maxDepth: { n: 12, ...reported },
    // Cost is counted by costPlugin (cost.ts), which reads page sizes from variables and defaults.
    costLimit: { enabled: false },
    maxAliases: { n: 20, ...reported },
    maxDirectives: { n: 20, ...reported },
    maxTokens: { enabled: false },
  })
  const protection = armor.protect()
  const apollo = new ApolloServer<Context>({
    schema: buildSchema(),
    introspection: !config.production,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: config.production,
    csrfPrevention: true,
    // main.ts owns SIGINT/SIGTERM and stops everything in order.
    stopOnTerminationSignals: false,
    formatError,
    parseOptions: { maxTokens: MAX_TOKENS },
    // graphql-armor ships CommonJS typings of the same Apollo types.
    plugins: [
      ...(protection.plugins as unknown as ApolloServerPlugin<Context>[]),
      costPlugin,
      auditPlugin,
    ],
    validationRules: protection.validationRules,
  })
  await apollo.start()

  const system = new SystemAccess(db)
  const pseudonymKey = await system.pseudonymKey()
  const oidc =
    config.oidc && config.publicUrl
      ? new OidcSignIn(config.oidc, config.publicUrl, config.production, system)
      : null
  const sessionTokenOf = (req: express.Request) =>
    parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE] ?? null
  const userFor = (req: express.Request) =>
    requestUser(system, oidc, sessionTokenOf(req), req.headers.authorization)
  const app = express()
  app.disable('x-powered-by')
  // Only then is req.ip the client's address behind a proxy (the sign-in throttle keys on it).
  if (config.trustProxy.length) app.set('trust proxy', config.trustProxy)
  app.use(securityHeaders)
  if (oidc) app.use(oidc.routes())
  // Each module's REST routes; import formats any module contributes reach the import endpoint.
  const importFormats = Object.assign({}, ...MODULES.map((m) => m.importFormats ?? {}))
  for (const m of MODULES)
    if (m.routes)
      app.use(m.routes({ db, pseudonymKey, userFor, limits: config.importLimits, importFormats }))
  app.use(
    '/graphql',
    // Same-origin only unless origins are listed; never a wildcard with credentials.
    cors({ origin: config.corsOrigins, credentials: true, maxAge: 600 }),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const token = sessionTokenOf(req)
        const user = await userFor(req)
        const data = new DataAccess(db, user, pseudonymKey)
        return {
          config,
          user,
          data,
          system,
          loaders: createLoaders(data),
          req,
          res,
          sessionToken: token,
        }
      },
    }),
  )
  if (existsSync(config.clientDir)) {
    app.use(express.static(config.clientDir, { index: 'index.html', maxAge: '1h' }))
    app.get(/^\/(?!graphql).*/, (_req, res) => res.sendFile(join(config.clientDir, 'index.html')))
  }
  // Anything not answered above, and every error, answers in JSON (never Express's HTML page).
  app.use(jsonNotFound)
  app.use(jsonErrors)
  return { app, stop: () => apollo.stop() }
}
