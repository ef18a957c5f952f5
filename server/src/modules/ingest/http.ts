import type { NextFunction, Request, Response } from 'express'
import { DataAccess } from '../../data/access.ts'
import type { Db } from '../../data/driver.ts'
import type { UserModel } from '../../data/models.ts'
import { can } from '@htwb/graph/permissions'
import { isAppError } from '../../errors.ts'
import { logger } from '../../logger.ts'
import type { ReadLimits } from '../common/limits.ts'
import {
  importPlan,
  type ImportReport,
  type ImportRequest,
  type PlanRequest,
} from './ingest.service.ts'

/** What a file format makes of a file: the plan ingest runs, and what its report adds. */
export interface FormatPlan extends Pick<
  PlanRequest,
  'plan' | 'source' | 'label' | 'digest' | 'encoding'
> {
  extra?: Record<string, unknown>
}

export interface FormatRequest {
  fileName: string
  bytes: Buffer
  caseId: string | null
  dryRun: boolean
  limits: ReadLimits
  onProgress?: ImportRequest['onProgress']
}

/**
 * A file format another module reads (FollowTheMoney JSON lines, …): it turns the file into an
 * ImportPlan and ingest runs it (runFormat), so formats never call back into the import job.
 */
export type ImportFormat = (data: DataAccess, req: FormatRequest) => Promise<FormatPlan>

/** Runs a format's plan through the one import job (matching, staging, provenance, audit). */
export async function runFormat(
  format: ImportFormat,
  data: DataAccess,
  req: FormatRequest,
): Promise<ImportReport> {
  const { extra, ...planned } = await format(data, req)
  const report = await importPlan(data, {
    ...planned,
    fileName: req.fileName,
    caseId: req.caseId,
    dryRun: req.dryRun,
    onProgress: req.onProgress,
  })
  return { ...report, ...extra }
}

/** What the app hands the REST routes of every module. */
export interface IngestDeps {
  db: Db
  pseudonymKey: string
  userFor: (req: Request) => Promise<UserModel | null>
  /** How much of an upload is read (config.ts); the defaults when not given. */
  limits?: ReadLimits
  /** Formats other modules contribute (`format=ftm`), so ingest needs none of them. */
  importFormats?: Record<string, ImportFormat>
}

export function sendError(res: Response, status: number, code: string, extra: object = {}): void {
  res.status(status).json({ error: { code, ...extra } })
}

/** An AppError as the JSON body the client maps to a message; anything else is logged. */
export function errorBody(e: unknown): { status: number; error: { code: string } } {
  if (isAppError(e)) {
    const { code, ...rest } = e.extensions as { code: string }
    const status = code.endsWith('not_found')
      ? 404
      : code.startsWith('auth/')
        ? 403
        : code === 'import/too_large'
          ? 413
          : 400
    return { status, error: { code, ...rest } }
  }
  logger.error({ err: (e as Error).name }, 'import request failed')
  return { status: 500, error: { code: 'internal/unexpected' } }
}

/**
 * Settles who is asking before any body (up to 50 MB) is read. The custom header keeps
 * cross-site forms out; the data layer for the request is left in res.locals.data.
 */
export function admitImporter({ db, pseudonymKey, userFor }: IngestDeps) {
  return async (req: Request, res: Response, next: NextFunction) => {
    if (req.get('x-htwb-import') !== '1') return sendError(res, 400, 'input/invalid')
    const user = await userFor(req).catch(() => null)
    if (!user) return sendError(res, 401, 'auth/unauthenticated')
    const data = new DataAccess(db, user, pseudonymKey)
    // Bringing data in is collection of personal data (LED Art. 25), for case workers.
    if (!can(user, 'import.run')) {
      await data.refused('COLLECT', 'import', 'auth/forbidden').catch(() => undefined)
      return sendError(res, 403, 'auth/forbidden')
    }
    res.locals.data = data
    next()
  }
}
