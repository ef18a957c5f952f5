import type { EntityKind } from '@htwb/graph'
import { createHash } from 'node:crypto'
import type { DataAccess } from '../../data/access.ts'
import { appError, isAppError } from '../../errors.ts'
import { Budget, DEFAULT_LIMITS, type ReadLimits } from '../common/limits.ts'
import {
  runFormat,
  type FormatPlan,
  type ImportFormat,
  type ImportReport,
  type ImportRequest,
  type SourceSpec,
} from '../ingest/index.ts'
import {
  byteLines,
  externalRefs,
  parseLines,
  planFtm,
  Problems,
  type FtmLine,
  type KnownEntity,
} from './ftm.import.ts'
import { KNOWN_FTM_IDS } from './ftm.queries.ts'

const LOOKUP_BATCH = 5_000

export interface FtmImportRequest {
  fileName: string
  bytes: Buffer
  caseId?: string | null
  dryRun: boolean
  onProgress?: ImportRequest['onProgress']
  limits?: ReadLimits
}

export interface FtmImportReport extends ImportReport {
  unknownSchemata: Record<string, number>
  skipped: Record<string, number>
}

/** FtM files carry no grading: their facts cannot be judged until someone assesses them. */
const source = (fileName: string): SourceSpec => ({
  name: `FollowTheMoney ${fileName}`,
  sourceType: 'RECORD',
  reliability: 'F',
  credibility: 6,
  handling: 'H1',
})

/**
 * FollowTheMoney JSON lines as an import format: the file becomes a plan, which ingest runs
 * through the same job as a mapped table (whole or not at all, audited, re-runs add nothing).
 * Entities are keyed by their FtM id (stored as `ftmId`).
 */
export const ftmFormat: ImportFormat = async (data, req) => {
  data.requireUser()
  const limits = req.limits ?? DEFAULT_LIMITS
  const problems = new Problems()
  let lines: FtmLine[]
  try {
    lines = parseLines(byteLines(req.bytes, limits), problems, limits)
  } catch (e) {
    // Invalid UTF-8 (the decoder's TypeError): not a file of JSON lines.
    if (isAppError(e)) throw e
    throw appError('import/unreadable_file', { field: 'file' })
  }
  if (!lines.length && !problems.count) throw appError('import/empty_file', { field: 'file' })
  const refs = externalRefs(lines)
  const known = new Map<string, KnownEntity>()
  for (let i = 0; i < refs.length; i += LOOKUP_BATCH) {
    const rows = await data.read(KNOWN_FTM_IDS, { ids: refs.slice(i, i + LOOKUP_BATCH) }, (r) => ({
      ftmId: r.get('ftmId') as string,
      kind: r.get('kind') as EntityKind | null,
    }))
    for (const { ftmId, kind } of rows) if (kind) known.set(ftmId, { kind })
  }
  const digest = createHash('sha256').update(req.bytes).digest('hex')
  const { plan, unknownSchemata, skipped } = planFtm(lines, known, `${digest}|`, problems)
  new Budget(limits).heap()
  req.onProgress?.('read', lines.length, lines.length)
  if (plan.errorCount)
    throw appError('import/invalid_rows', {
      field: 'file',
      errors: plan.errors,
      errorCount: plan.errorCount,
    })
  return {
    plan,
    source: source(req.fileName),
    label: 'FollowTheMoney',
    digest,
    encoding: 'utf-8',
    extra: { unknownSchemata, skipped },
  } satisfies FormatPlan
}

/** The CLI's FtM import: the format, run by ingest. */
export const importFtm = (data: DataAccess, req: FtmImportRequest) =>
  runFormat(ftmFormat, data, {
    ...req,
    caseId: req.caseId ?? null,
    limits: req.limits ?? DEFAULT_LIMITS,
  }) as Promise<FtmImportReport>
