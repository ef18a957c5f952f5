import { can, type Ability } from '@htwb/graph/permissions'
import {
  buildASTSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  parse,
  type GraphQLField,
  type GraphQLInputType,
} from 'graphql'
import { beforeAll, describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { OPERATIONS } from '@htwb/server'
import { Api } from '../support/api.ts'
import { graphFingerprint } from '../support/db.ts'

/**
 * Every root field of the schema, called by every demo account the permission table denies it:
 * each answers a refusal code before any resolver runs, and the graph is unchanged afterwards.
 * The operations are generated from the schema itself, so a new mutation joins this test without
 * anyone writing a line here.
 */
const modules = fileURLToPath(new URL('../../server/src/modules', import.meta.url))
const dirs = readdirSync(modules, { withFileTypes: true }).filter((d) => d.isDirectory())
const sdl = dirs.flatMap(({ name: m }) =>
  readdirSync(join(modules, m))
    .filter((f) => f.endsWith('.graphql'))
    .map((f) => readFileSync(join(modules, m, f), 'utf8')),
)
const schema = buildASTSchema(parse(sdl.join('\n')))
const operations: { Query: Record<string, Ability>; Mutation: Record<string, Ability> } = OPERATIONS

/** A value of the right type for a required argument; its content never matters here. */
function dummy(type: GraphQLInputType, depth = 0): unknown {
  if (isNonNullType(type)) return dummy(type.ofType, depth)
  if (isListType(type)) return [dummy(type.ofType, depth)]
  const named = getNamedType(type)
  if (isEnumType(named)) return named.getValues()[0]!.value
  if (isInputObjectType(named)) {
    const out: Record<string, unknown> = {}
    for (const f of Object.values(named.getFields()))
      if (isNonNullType(f.type) && depth < 4) out[f.name] = dummy(f.type, depth + 1)
    return out
  }
  if (isScalarType(named)) {
    if (named.name === 'Int') return 1
    if (named.name === 'Float') return 1.5
    if (named.name === 'Boolean') return false
    if (named.name === 'Date') return '2020-01-01'
    if (named.name === 'DateTime') return '2020-01-01T00:00:00Z'
    return 'probe-x'
  }
  return null
}

function call(type: 'Query' | 'Mutation', field: GraphQLField<unknown, unknown>) {
  const required = field.args.filter((a) => isNonNullType(a.type))
  const decl = required.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ')
  const pass = required.map((a) => `${a.name}: $${a.name}`).join(', ')
  const composite = !isScalarType(getNamedType(field.type)) && !isEnumType(getNamedType(field.type))
  const op = type === 'Query' ? 'query' : 'mutation'
  return {
    query: `${op} Probe${decl ? `(${decl})` : ''} { ${field.name}${pass ? `(${pass})` : ''}${composite ? ' { __typename }' : ''} }`,
    variables: Object.fromEntries(required.map((a) => [a.name, dummy(a.type)])),
  }
}

const ACCOUNTS = ['investigator', 'analyst', 'prosecutor', 'intl.officer', 'supervisor', 'admin']
const apis: Record<string, Api> = {}
const me: Record<string, { roles: string[]; clearances: string[] }> = {}

beforeAll(async () => {
  for (const a of ACCOUNTS) {
    apis[a] = await Api.signedIn(a)
    me[a] = (
      await apis[a].ok<{ me: { roles: string[]; clearances: string[] } }>(
        `{ me { id roles clearances } }`,
      )
    ).me
  }
})

describe('the permission table, schema-wide', () => {
  it('refuses every operation to every account the table denies it, changing nothing', async () => {
    const before = await graphFingerprint()
    let refused = 0
    for (const type of ['Query', 'Mutation'] as const) {
      const root = type === 'Query' ? schema.getQueryType()! : schema.getMutationType()!
      for (const field of Object.values(root.getFields())) {
        const ability = operations[type][field.name]
        expect(ability, `${type}.${field.name} has no entry`).toBeDefined()
        const { query, variables } = call(type, field)
        for (const account of ACCOUNTS) {
          if (can(me[account], ability!)) continue
          const code = await apis[account]!.code(query, variables)
          expect(
            ['auth/forbidden', 'auth/clearance_required'],
            `${account} ${field.name}`,
          ).toContain(code)
          refused++
        }
        // Nobody signed in is refused everything but signing in.
        if (ability !== 'session.use') {
          expect(await new Api().code(query, variables), `anonymous ${field.name}`).toBe(
            'auth/unauthenticated',
          )
        }
      }
    }
    expect(refused).toBeGreaterThan(50)
    expect(await graphFingerprint()).toBe(before)
  })
})
