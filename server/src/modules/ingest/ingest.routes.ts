import express, { Router, type NextFunction, type Request, type Response } from 'express'
import { DataAccess } from '../../data/access.ts'
import type { Db } from '../../data/driver.ts'
import type { Role, UserModel } from '../../data/models.ts'
import { isAppError } from '../../errors.ts'
import { logger } from '../../logger.ts'
import { builtInMappings } from './builtin.ts'
import { runImport } from './ingest.service.ts'

/** Who may bring data in: it is collection of personal data (LED Art. 25), for case workers. */
export const IMPORT_ROLES: readonly Role[] = ['INVESTIGATOR', 'SUPERVISOR']
const MAX_FILE = '50mb'

interface Deps {
  db: Db
  pseudonymKey: string
  userFor: (req: Request) => Promise<UserModel | null>
}

function sendError(res: Response, status: number, code: string, extra: object = {}): void {
  res.status(status).json({ error: { code, ...extra } })
}

/**
 * Files travel as raw request bodies, not GraphQL: POST /api/imports?mapping=…&fileName=…
 * [&caseId=…][&dryRun=true]. A custom header is required, so a cross-site form cannot post.
 */
export function ingestRoutes({ db, pseudonymKey, userFor }: Deps): Router {
  const router = Router()
  router.get('/api/imports/mappings', async (req, res) => {
    const user = await userFor(req).catch(() => null)
    if (!user) return sendError(res, 401, 'auth/unauthenticated')
    res.json({
      mappings: builtInMappings().map(({ id, mapping }) => ({
        id,
        name: mapping.name,
        description: mapping.description ?? '',
        columns: [
          ...new Set(
            [
              ...Object.values(mapping.entities).flatMap((e) => Object.values(e.fields)),
              ...mapping.links.flatMap((l) => Object.values(l.fields)),
            ].flatMap((f) => ('column' in f ? [String(f.column)] : [])),
          ),
        ],
      })),
    })
  })
  // Who is asking is settled before the body (up to 50 MB) is read.
  const admit = async (req: Request, res: Response, next: NextFunction) => {
    if (req.get('x-htwb-import') !== '1') return sendError(res, 400, 'input/invalid')
    const user = await userFor(req).catch(() => null)
    if (!user) return sendError(res, 401, 'auth/unauthenticated')
    const data = new DataAccess(db, user, pseudonymKey)
    if (!user.roles.some((r) => IMPORT_ROLES.includes(r))) {
      await data.refused('COLLECT', 'import', 'auth/forbidden').catch(() => undefined)
      return sendError(res, 403, 'auth/forbidden')
    }
    res.locals.data = data
    next()
  }
  router.post(
    '/api/imports',
    (req, res, next) => void admit(req, res, next),
    express.raw({ type: () => true, limit: MAX_FILE }),
    async (req: Request, res: Response) => {
      const data = res.locals.data as DataAccess
      const mapping = builtInMappings().find((m) => m.id === req.query.mapping)?.mapping
      if (!mapping) return sendError(res, 400, 'import/invalid_mapping', { field: 'mapping' })
      const fileName = String(req.query.fileName ?? 'upload').slice(0, 200)
      try {
        const report = await runImport(data, {
          mapping,
          fileName,
          bytes: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
          caseId:
            typeof req.query.caseId === 'string' && req.query.caseId ? req.query.caseId : null,
          dryRun: req.query.dryRun === 'true',
        })
        res.json({ report })
      } catch (e) {
        if (isAppError(e)) {
          const { code, ...rest } = e.extensions as { code: string }
          const status = code === 'case/not_found' ? 404 : code.startsWith('auth/') ? 403 : 400
          return sendError(res, status, code, rest)
        }
        logger.error({ err: (e as Error).name }, 'import failed')
        sendError(res, 500, 'internal/unexpected')
      }
    },
  )
  return router
}
