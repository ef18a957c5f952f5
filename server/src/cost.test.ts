import { ApolloArmor } from '@escape.tech/graphql-armor'
import {
  buildASTSchema,
  concatAST,
  Kind,
  parse,
  validate,
  type OperationDefinitionNode,
} from 'graphql'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { MAX_COST, operationCost } from './cost.ts'
import { CASE_PAGE, MEMBER_PAGE } from './modules/cases/cases.service.ts'
import { LINK_PAGE, PROFILE_LINK_PAGE } from './modules/entities/link-pages.ts'
import { SEARCH_PAGE_SIZES } from './modules/search/search.service.ts'
import { loadTypeDefs } from './schema.ts'

const schema = buildASTSchema(parse(loadTypeDefs().join('\n')))

function cost(query: string, variables: Record<string, unknown> = {}): number {
  const doc = parse(query)
  const op = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)
  return operationCost(schema, doc, op as OperationDefinitionNode, variables)
}

const clientDir = fileURLToPath(new URL('../../client/src', import.meta.url))
const graphqlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    if (statSync(p).isDirectory()) return graphqlFiles(p)
    return p.endsWith('.graphql') ? [p] : []
  })
const client = concatAST(graphqlFiles(clientDir).map((f) => parse(readFileSync(f, 'utf8'))))

/** The largest page the server returns for each paged client query. */
const LARGEST: Record<string, number> = {
  Cases: CASE_PAGE.max,
  CaseMembers: MEMBER_PAGE.max,
  ProfileLinks: PROFILE_LINK_PAGE.max,
  Links: LINK_PAGE.max,
  Search: SEARCH_PAGE_SIZES.max,
}

/** What graphql-armor's own cost limit finds for a document (it says so when refusing). */
function armorCost(query: string): number {
  let found = NaN
  const armor = new ApolloArmor({
    costLimit: {
      maxCost: 0,
      propagateOnRejection: false,
      onReject: [(_, err) => void (found = Number(/found (\d+(?:\.\d+)?)/.exec(err.message)?.[1]))],
    },
  })
  validate(schema, parse(query), armor.protect().validationRules)
  return found
}

describe('request cost', () => {
  it("counts a query with its page sizes written in it as graphql-armor's cost limit does", () => {
    const queries = [
      `{ cases(first: 200) { totalCount nodes { id name ... on Case { caseNumber } } } }`,
      `query { search(text: "a", first: 30) { nodes { entity { ...E links(first: 7) { nodes { id } } } } } }
       fragment E on Entity { id name ... on Person { category } }`,
    ]
    for (const q of queries) expect(cost(q)).toBe(armorCost(q))
  })

  it('counts a page size passed in a variable as one written in the query', () => {
    const written = cost(`{ cases(first: 200) { nodes { id name } } }`)
    expect(written).toBe((2 + 1.5 * (2 + 1.5 * 2)) * 200)
    expect(cost(`query($n: Int) { cases(first: $n) { nodes { id name } } }`, { n: 200 })).toBe(
      written,
    )
    expect(cost(`query($n: Int = 200) { cases(first: $n) { nodes { id name } } }`)).toBe(written)
  })

  it("counts a list left at its schema default at the default's size", () => {
    expect(cost(`{ entity(id: "x") { links { nodes { id } } } }`)).toBe(
      cost(`{ entity(id: "x") { links(first: 50) { nodes { id } } } }`),
    )
    expect(cost(`query($n: Int) { cases(first: $n) { nodes { id } } }`, { n: null })).toBe(
      cost(`{ cases(first: 50) { nodes { id } } }`),
    )
  })

  it('lets the largest page of every client query through', () => {
    const ops = client.definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    )
    expect(ops.map((o) => o.name?.value)).toEqual(expect.arrayContaining(Object.keys(LARGEST)))
    const over = ops.flatMap((op) => {
      const first = LARGEST[op.name?.value ?? '']
      const n = operationCost(schema, client, op, first ? { first } : {})
      return n > MAX_COST ? [`${op.name?.value}: ${n}`] : []
    })
    expect(over).toEqual([])
  })

  it('counts an expansion by its node limit, so its links cannot each fetch pages', () => {
    const ends = `links { from { links(first: 50) { totalCount nodes { id } } } to { id } }`
    const one = cost(`{ expand(ids: ["a"], depth: 3, limit: 500) { ${ends} } }`)
    expect(one).toBeGreaterThan(MAX_COST)
    // The chart's own expansion, at the most nodes it asks for, passes.
    const chart = client.definitions.find(
      (d): d is OperationDefinitionNode =>
        d.kind === Kind.OPERATION_DEFINITION && d.name?.value === 'Expand',
    )!
    expect(operationCost(schema, client, chart, { limit: 500 })).toBeLessThan(MAX_COST)
  })

  it('refuses a page of pages', () => {
    expect(
      cost(`{ cases(first: 200) { nodes { members(first: 250) { nodes { id name } } } } }`),
    ).toBeGreaterThan(MAX_COST)
    expect(
      cost(
        `query($n: Int) { search(text: "a", first: $n) { nodes { entity { id
          links(first: 50) { nodes { from { id links { nodes { id } } } } } } } } }`,
        { n: 100 },
      ),
    ).toBeGreaterThan(MAX_COST)
  })
})
