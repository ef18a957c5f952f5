import { ABILITIES, can, check, ROLES, type Ability } from '@htwb/graph/permissions'
import { buildASTSchema, parse } from 'graphql'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { loadTypeDefs } from '../../schema.ts'
import { OPERATIONS } from './operations.ts'

const schema = buildASTSchema(parse(loadTypeDefs().join('\n')))
const fields = (type: 'Query' | 'Mutation') =>
  Object.keys(
    (type === 'Query' ? schema.getQueryType() : schema.getMutationType())?.getFields() ?? {},
  ).sort()

describe('the permission table', () => {
  it('names an ability for every root field of the schema, and nothing else', () => {
    for (const type of ['Query', 'Mutation'] as const)
      expect(Object.keys(OPERATIONS[type]).sort()).toEqual(fields(type))
  })

  it('names only abilities that exist', () => {
    const all = [...Object.values(OPERATIONS.Query), ...Object.values(OPERATIONS.Mutation)]
    for (const a of [...all, ...Object.values(OPERATIONS.REST)]) expect(ABILITIES).toHaveProperty(a)
  })

  it('lets an analyst read figures but write nothing', () => {
    const analyst = { roles: ['ANALYST'], clearances: [] }
    expect(can(analyst, 'figures.read')).toBe(true)
    // An export changes no record: it is a disclosure, audited, and analysts make the charts.
    expect(can(analyst, 'export.chart')).toBe(true)
    const writes = Object.values(OPERATIONS.Mutation).filter(
      (a) => !['session.use', 'account.own', 'export.chart'].includes(a),
    )
    for (const a of writes) expect(can(analyst, a as Ability), a).toBe(false)
  })

  it('keeps shared reference data and the H3 code to supervisors', () => {
    const investigator = { roles: ['INVESTIGATOR'], clearances: ['VICTIM_IDENTITY'] }
    expect(can(investigator, 'entity.write')).toBe(true)
    expect(can(investigator, 'reference.write')).toBe(false)
    expect(check(investigator, 'source.classifyH3')).toBe('forbidden')
    const supervisor = { roles: ['SUPERVISOR'], clearances: [] }
    expect(check(supervisor, 'source.classifyH3')).toBe('clearance_required')
    expect(check(null, 'entity.read')).toBe('unauthenticated')
    expect(check(null, 'session.use')).toBe('ok')
  })
})

const root = fileURLToPath(new URL('../../../../', import.meta.url))
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    if (f === 'generated' || f === 'node_modules') return []
    if (statSync(p).isDirectory()) return sources(p)
    return /\.(ts|vue)$/.test(f) && !/\.test\.ts$/.test(f) ? [p] : []
  })
}

describe('role lists', () => {
  // Assigning roles (demo accounts, provider groups) is fine; deciding by them is the table's job.
  const ASSIGNING = ['server/src/modules/auth/auth.service.ts', 'server/src/config.ts']
  const roleName = new RegExp(`'(${ROLES.join('|')})'`)

  it('are written only in the permission table', () => {
    const offenders: string[] = []
    for (const file of [
      ...sources(join(root, 'server/src')),
      ...sources(join(root, 'client/src')),
    ]) {
      const rel = relative(root, file)
      if (ASSIGNING.includes(rel)) continue
      readFileSync(file, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (/\broles\.(includes|some|every|indexOf)\(/.test(line) || roleName.test(line))
            offenders.push(`${rel}:${i + 1}: ${line.trim()}`)
        })
    }
    expect(offenders).toEqual([])
  })
})

describe('REST routes', () => {
  it('each have an entry in the table, and the table names no route that does not exist', async () => {
    const { MODULES } = await import('../index.ts')
    const deps = { db: null, pseudonymKey: '', userFor: async () => null } as never
    const routes = MODULES.flatMap((m) =>
      m.routes
        ? (m.routes(deps).stack as Array<{ route?: { path: string; methods: object } }>).flatMap(
            (layer) =>
              layer.route
                ? Object.keys(layer.route.methods).map(
                    (method) => `${method.toUpperCase()} ${layer.route!.path}`,
                  )
                : [],
          )
        : [],
    )
    expect(routes.length).toBeGreaterThan(3)
    expect([...new Set(routes)].sort()).toEqual(Object.keys(OPERATIONS.REST).sort())
  })
})
