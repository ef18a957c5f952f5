import type { ManagedTransaction } from 'neo4j-driver'
import { appError } from '../../errors.ts'
import type { UserModel } from '../../data/models.ts'
import { provenanceSchema } from './entities.validation.ts'
import { SOURCE_IDS } from './entities.queries.ts'
import { FieldProblems } from './field-problems.ts'

interface ProvenanceOptions {
  allowNoSource?: boolean
}

/** Validated provenance as stored props, stamped with who recorded it and when. */
export function provenanceProps(input: unknown, user: UserModel, opts: ProvenanceOptions = {}) {
  const problems = new FieldProblems()
  const props = checkProvenance(problems, input, user, opts)
  problems.throwIfAny()
  return props as NonNullable<typeof props>
}

/** As provenanceProps, recording what is wrong in `problems` (null then) instead of throwing. */
export function checkProvenance(
  problems: FieldProblems,
  input: unknown,
  user: UserModel,
  opts: ProvenanceOptions = {},
) {
  const p = problems.parse(provenanceSchema, input, 'input.provenance')
  const sourceIds = (input as { sourceIds?: unknown } | null)?.sourceIds
  if (Array.isArray(sourceIds) && !sourceIds.length && !opts.allowNoSource)
    problems.add('input.provenance.sourceIds', 'source_required', 'name at least one source')
  if (!p || !problems.empty) return null
  return {
    sourceIds: p.sourceIds,
    reliability: p.reliability,
    credibility: p.credibility,
    handling: p.handling,
    validFrom: p.validFrom ?? null,
    validTo: p.validTo ?? null,
    recordedBy: user.username,
    recordedAt: new Date().toISOString(),
  }
}

/** Every source id must name an existing Source; checked inside the write's transaction. */
export async function assertSourcesExist(tx: ManagedTransaction, ids: string[]): Promise<void> {
  if (!ids.length) return
  const res = await tx.run(SOURCE_IDS, { ids })
  const found = new Set(res.records.map((r) => r.get('id') as string))
  const missing = ids.filter((i) => !found.has(i))
  if (missing.length)
    throw appError('entity/not_found', { field: 'input.provenance.sourceIds', ids: missing })
}
