import type { ManagedTransaction } from 'neo4j-driver'
import { appError } from '../../errors.ts'
import type { UserModel } from '../../data/models.ts'
import { parseInput } from '../common/validation.ts'
import { provenanceSchema } from './entities.validation.ts'
import { SOURCE_IDS } from './entities.queries.ts'

/** Validated provenance as stored props, stamped with who recorded it and when. */
export function provenanceProps(
  input: unknown,
  user: UserModel,
  opts: { allowNoSource?: boolean } = {},
) {
  const p = parseInput(provenanceSchema, input, 'input.provenance')
  if (!p.sourceIds.length && !opts.allowNoSource) {
    throw appError('input/invalid', {
      field: 'input.provenance.sourceIds',
      reason: 'name at least one source',
    })
  }
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
