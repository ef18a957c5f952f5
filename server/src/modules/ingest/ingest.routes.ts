import type * as Api from '@htwb/graph/import-api'
import express, { Router, type NextFunction, type Request, type Response } from 'express'
import { z } from 'zod'
import type { DataAccess } from '../../data/access.ts'
import { appError } from '../../errors.ts'
import { admitImporter, errorBody, runFormat, sendError, type IngestDeps } from './http.ts'
import { runImport, type ImportRequest } from './ingest.service.ts'
import { boundMapping, deleteMapping, listMappings, saveMapping } from './mappings.service.ts'
import { fileChoiceOf, previewFile } from './preview.ts'
import { DEFAULT_LIMITS } from '../common/limits.ts'
import { httpFault } from '../../http-errors.ts'

const PROGRESS_EVERY_MS = 200

const BindingSchema = z.strictObject({
  columns: z.record(z.string().max(200), z.string().max(200).nullable()),
  parse: z
    .strictObject({
      country: z.string().optional(),
      decimal: z.enum(['.', ',']).optional(),
      dateOrder: z.enum(['DMY', 'MDY', 'YMD']).optional(),
      timeZone: z.string().optional(),
      epoch: z.string().max(40).nullable().optional(),
      offsetUnit: z.enum(['seconds', 'minutes', 'hours', 'days']).optional(),
    })
    .optional(),
  // Checked in full against the mapping schema by rebind; here only bounded in size.
  file: z
    .strictObject({
      encoding: z.string().max(20).optional(),
      headerRow: z.union([z.literal('auto'), z.number().int().min(1).max(10_000)]).optional(),
      delimiter: z.string().max(2).optional(),
      sheet: z.number().int().min(1).max(1000).optional(),
    })
    .optional(),
  optional: z.array(z.string().max(200)).max(200).optional(),
  match: z.record(z.string().max(100), z.enum(['graph', 'file'])).optional(),
})

/** Rows with a bad cell: refuse the file (default) or set them aside (`badRows=quarantine`). */
function badRowsOf(req: Request): Api.BadRows {
  const v = req.query.badRows
  if (v === undefined || v === 'refuse') return 'refuse'
  if (v === 'quarantine') return 'quarantine'
  throw appError('input/invalid', { field: 'badRows' })
}

const SaveSchema = z.union([
  z.strictObject({ yaml: z.string().min(1).max(100_000) }),
  z.strictObject({
    name: z.string().trim().min(1).max(200),
    template: z.string().min(1).max(100),
    description: z.string().max(2000).optional(),
    binding: BindingSchema,
  }),
])

function bindingOf(req: Request) {
  if (typeof req.query.binding !== 'string' || !req.query.binding) return null
  let raw: unknown
  try {
    raw = JSON.parse(req.query.binding)
  } catch {
    throw appError('input/invalid', { field: 'binding' })
  }
  const res = BindingSchema.safeParse(raw)
  if (!res.success) throw appError('input/invalid', { field: 'binding' })
  return res.data
}

/**
 * With `Accept: application/x-ndjson` the answer streams: one `{"progress":…}` line per step
 * while the import runs, then `{"report":…}` or `{"error":…}`. Otherwise one JSON body.
 */
async function answerImport(
  req: Request,
  res: Response,
  run: (onProgress?: ImportRequest['onProgress']) => Promise<Api.ImportReport>,
) {
  if (req.get('accept') !== 'application/x-ndjson') return res.json({ report: await run() })
  res.status(200).type('application/x-ndjson').setHeader('cache-control', 'no-store')
  let last = 0
  // What the client reads line by line: progress, then the report or the error.
  type Line =
    { progress: Api.ImportProgress } | { report: Api.ImportReport } | { error: Api.ImportError }
  const line = (o: Line) => res.write(`${JSON.stringify(o)}\n`)
  const onProgress: ImportRequest['onProgress'] = (phase, done, total) => {
    const now = Date.now()
    if (now - last < PROGRESS_EVERY_MS && done < total) return
    last = now
    line({ progress: { phase, done, total } })
  }
  try {
    line({ report: await run(onProgress) })
  } catch (e) {
    line({ error: errorBody(e).error })
  }
  res.end()
}

/** Files travel as raw request bodies; mappings and bindings as JSON. See docs/import.md. */
export function ingestRoutes(deps: IngestDeps): Router {
  const limits = deps.limits ?? DEFAULT_LIMITS
  const formats = deps.importFormats ?? {}
  const router = Router()
  const admit = admitImporter(deps)
  const guarded =
    (handler: (req: Request, res: Response) => Promise<unknown>) =>
    async (req: Request, res: Response) => {
      try {
        await handler(req, res)
      } catch (e) {
        const { status, error } = errorBody(e)
        if (!res.headersSent) res.status(status).json({ error })
      }
    }
  const raw = express.raw({ type: () => true, limit: limits.fileBytes })
  const admitted = (req: Request, res: Response, next: () => void) => void admit(req, res, next)

  router.get(
    '/api/imports/mappings',
    admitted,
    guarded(async (_req, res) => {
      const list = await listMappings(res.locals.data as DataAccess)
      const mappings: Api.MappingInfo[] = list.map(({ mapping: _m, ...rest }) => rest)
      res.json({ mappings })
    }),
  )
  router.post(
    '/api/imports/mappings',
    admitted,
    express.json({ limit: '200kb' }),
    guarded(async (req, res) => {
      const body = SaveSchema.safeParse(req.body)
      if (!body.success) return sendError(res, 400, 'input/invalid')
      const { mapping: _m, ...saved } = await saveMapping(res.locals.data as DataAccess, body.data)
      const mapping: Api.MappingInfo = saved
      res.json({ mapping })
    }),
  )
  router.delete(
    '/api/imports/mappings/:id',
    admitted,
    guarded(async (req, res) => {
      await deleteMapping(res.locals.data as DataAccess, String(req.params.id))
      res.json({ deleted: true })
    }),
  )
  router.post(
    '/api/imports/preview',
    admitted,
    raw,
    guarded(async (req, res) => {
      const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0)
      const fileName = String(req.query.fileName ?? 'upload').slice(0, 200)
      const data = res.locals.data as DataAccess
      const file = fileChoiceOf(req.query)
      const preview: Api.FilePreview = await previewFile(data, bytes, fileName, limits, file)
      res.json({ preview })
    }),
  )
  // POST /api/imports?mapping=…&fileName=…[&binding=…][&caseId=…][&dryRun=true][&badRows=…], or with
  // format=ftm instead of a mapping for FollowTheMoney JSON lines.
  router.post(
    '/api/imports',
    admitted,
    raw,
    guarded(async (req, res) => {
      const data = res.locals.data as DataAccess
      const common = {
        fileName: String(req.query.fileName ?? 'upload').slice(0, 200),
        bytes: Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0),
        caseId: typeof req.query.caseId === 'string' && req.query.caseId ? req.query.caseId : null,
        dryRun: req.query.dryRun === 'true',
        badRows: badRowsOf(req),
        limits,
      }
      const format = typeof req.query.format === 'string' ? req.query.format : null
      const importer = format && Object.hasOwn(formats, format) ? formats[format] : null
      if (format && !importer) throw appError('input/invalid', { field: 'format' })
      if (importer)
        return answerImport(req, res, (onProgress) =>
          runFormat(importer, data, { ...common, onProgress }),
        )
      if (typeof req.query.mapping !== 'string' || !req.query.mapping)
        throw appError('import/mapping_not_found', { field: 'mapping' })
      const mapping = await boundMapping(data, req.query.mapping, bindingOf(req))
      await answerImport(req, res, (onProgress) =>
        runImport(data, { ...common, mapping, onProgress }),
      )
    }),
  )
  // Bodies the parsers refuse (malformed JSON, too large, an unknown charset) answer in JSON
  // with the status the parser chose; only the upload's own limit is a file that is too large.
  router.use('/api/imports', (err: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(err)
    const fault = httpFault(err)
    if (fault?.code === 'request/too_large' && req.path !== '/mappings')
      return sendError(res, 413, 'import/file_too_large', {
        field: 'file',
        limit: `${Math.round(limits.fileBytes / 2 ** 20)}mb`,
      })
    if (fault) return sendError(res, fault.status, fault.code, { field: 'body', ...fault.extra })
    const { status, error } = errorBody(err)
    res.status(status).json({ error })
  })
  return router
}
