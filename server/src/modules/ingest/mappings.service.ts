import type { MappingInfo } from '@htwb/graph/import-api'
import { randomUUID } from 'node:crypto'
import { can } from '@htwb/graph/permissions'
import type { DataAccess } from '../../data/access.ts'
import { appError } from '../../errors.ts'
import { builtInMappings } from './builtin.ts'
import { columnSlots, parseMapping, type Mapping } from './mapping.ts'
import { DELETE_MAPPING, SAVE_MAPPING, SAVED_MAPPING, SAVED_MAPPINGS } from './mappings.queries.ts'
import { mappingYaml, rebind, type Binding } from './rebind.ts'

/** A mapping as listed (the wire shape), with its parsed form for the server's own use. */
export interface MappingEntry extends MappingInfo {
  mapping: Mapping
}

const entry = (
  id: string,
  yaml: string,
  mapping: Mapping,
  createdBy: string | null,
): MappingEntry => ({
  id,
  name: mapping.name,
  description: mapping.description ?? '',
  builtIn: createdBy === null,
  createdBy,
  columns: columnSlots(mapping).map((s) => s.column),
  mapping,
  yaml,
})

type Row = { id: string; yaml: string; createdBy: string }

/** Built-in mappings, then those people saved (a saved one that no longer validates is left out). */
export async function listMappings(data: DataAccess): Promise<MappingEntry[]> {
  const saved = await data.read(SAVED_MAPPINGS, {}, (r) => r.toObject() as Row)
  return [
    ...builtInMappings().map((m) => entry(m.id, m.text, m.mapping, null)),
    ...saved.flatMap((r) => {
      const parsed = parseMapping(r.yaml)
      return 'mapping' in parsed ? [entry(r.id, r.yaml, parsed.mapping, r.createdBy)] : []
    }),
  ]
}

export async function findMapping(data: DataAccess, id: string): Promise<MappingEntry> {
  const b = builtInMappings().find((m) => m.id === id)
  if (b) return entry(b.id, b.text, b.mapping, null)
  const [row] = await data.read(SAVED_MAPPING, { id }, (r) => r.toObject() as Row)
  const parsed = row ? parseMapping(row.yaml) : null
  if (!row || !parsed) throw appError('import/mapping_not_found', { field: 'mapping' })
  if (!('mapping' in parsed))
    throw appError('import/invalid_mapping', { field: 'mapping', problems: parsed.problems })
  return entry(row.id, row.yaml, parsed.mapping, row.createdBy)
}

/** The mapping a request names, bound to the file's columns when the wizard sent a binding. */
export async function boundMapping(
  data: DataAccess,
  id: string,
  binding: Binding | null,
): Promise<Mapping> {
  const { mapping } = await findMapping(data, id)
  if (!binding) return mapping
  const res = rebind(mapping, binding)
  if ('problems' in res)
    throw appError('import/invalid_mapping', { field: 'binding', problems: res.problems })
  return res.mapping
}

export type SaveRequest =
  { yaml: string } | { name: string; template: string; binding: Binding; description?: string }

/**
 * Saves a mapping for everyone who imports: YAML someone wrote, or a template bound to a file's
 * columns in the wizard. Checked like any mapping; a name another person saved is not replaced.
 */
export async function saveMapping(data: DataAccess, req: SaveRequest): Promise<MappingEntry> {
  const user = data.requireUser()
  let mapping: Mapping
  if ('yaml' in req) {
    const parsed = parseMapping(req.yaml)
    if ('problems' in parsed)
      throw appError('import/invalid_mapping', { field: 'yaml', problems: parsed.problems })
    mapping = parsed.mapping
  } else {
    const bound = await boundMapping(data, req.template, req.binding)
    mapping = { ...bound, name: req.name.trim(), description: req.description ?? bound.description }
    const check = parseMapping(mappingYaml(mapping))
    if ('problems' in check)
      throw appError('import/invalid_mapping', { field: 'name', problems: check.problems })
  }
  if (builtInMappings().some((b) => b.mapping.name === mapping.name))
    throw appError('import/mapping_name_taken', { field: 'name' })
  const yaml = 'yaml' in req ? req.yaml : mappingYaml(mapping)
  // Refused inside the transaction, so a refusal leaves no audit entry behind either.
  const id = await data.write(
    { action: 'ALTER', operation: 'saveImportMapping', detail: `mapping:${mapping.name}` },
    async (tx) => {
      const res = await tx.run(SAVE_MAPPING, {
        name: mapping.name,
        id: `map-${randomUUID()}`,
        user: user.username,
        supervisor: can(user, 'import.mappings.manage'),
        yaml,
        now: new Date().toISOString(),
      })
      const rec = res.records[0]
      if (!rec || rec.get('taken')) throw appError('import/mapping_name_taken', { field: 'name' })
      return rec.get('id') as string
    },
  )
  return entry(id, yaml, mapping, user.username)
}

export async function deleteMapping(data: DataAccess, id: string): Promise<void> {
  const user = data.requireUser()
  await data.write(
    { action: 'ALTER', operation: 'deleteImportMapping', detail: `mapping:${id}` },
    async (tx) => {
      const res = await tx.run(DELETE_MAPPING, {
        id,
        user: user.username,
        supervisor: can(user, 'import.mappings.manage'),
      })
      if (!Number(res.records[0]?.get('deleted') ?? 0))
        throw appError('import/mapping_not_found', { field: 'id' })
    },
  )
}
