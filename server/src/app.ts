import { ApolloServer, type ApolloServerPlugin } from '@apollo/server'
import { expressMiddleware } from '@as-integrations/express5'
import { ApolloArmor } from '@escape.tech/graphql-armor'
import { parse as parseCookies } from 'cookie'
import express, { type Express } from 'express'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { Config } from './config.ts'
import type { Context } from './context.ts'
import { DataAccess, SystemAccess } from './data/access.ts'
import type { Db } from './data/driver.ts'
import { createLoaders } from './data/loaders.ts'
import { formatError } from './format-error.ts'
import { logger } from './logger.ts'
import { SESSION_COOKIE, userFromSession } from './modules/auth/auth.service.ts'
import { buildSchema } from './schema.ts'

const PSEUDONYM_KEY = `MATCH (k:PseudonymKey {id: 'key'}) RETURN k.value AS value`

/** No response carrying personal data leaves before its consultation is in the audit trail. */
const auditPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, operationName, response }) {
        try {
          await contextValue.data.flushConsultations(operationName ?? 'anonymous')
        } catch (err) {
          logger.error(
            { err: (err as Error).message },
            'consultation audit failed; response withheld',
          )
          if (response.body.kind === 'single') {
            response.body.singleResult.data = null
            response.body.singleResult.errors = [
              {
                message: 'Something went wrong on the server; the error was logged.',
                extensions: { code: 'internal/unexpected' },
              },
            ]
          }
        }
      },
    }
  },
}

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

export async function createApp(
  config: Config,
  db: Db,
): Promise<{ app: Express; stop: () => Promise<void> }> {
  const armor = new ApolloArmor({
    maxDepth: { n: 12 },
    costLimit: { maxCost: 20_000 },
    maxAliases: { n: 20 },
    maxDirectives: { n: 20 },
    maxTokens: { n: 2_000 },
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
    // graphql-armor ships CommonJS typings of the same Apollo types.
    plugins: [...(protection.plugins as unknown as ApolloServerPlugin<Context>[]), auditPlugin],
    validationRules: protection.validationRules,
  })
  await apollo.start()

  const system = new SystemAccess(db)
  const [pseudonymKey] = await system.read(PSEUDONYM_KEY, {}, (r) => r.get('value') as string)
  if (!pseudonymKey) throw new Error('pseudonym key missing: migration V0006 not applied')
  const app = express()
  app.disable('x-powered-by')
  app.use(securityHeaders)
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const token = parseCookies(req.headers.cookie ?? '')[SESSION_COOKIE] ?? null
        const user = await userFromSession(system, token)
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
  return { app, stop: () => apollo.stop() }
}
