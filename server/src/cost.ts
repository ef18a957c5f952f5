import type { ApolloServerPlugin } from '@apollo/server'
import {
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLType,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql'
import type { Context } from './context.ts'
import { appError } from './errors.ts'

/**
 * The most a request may cost. It admits the largest page of every query the client sends (a
 * profile with 50 links and both their ends, about 180 000) and refuses a page of pages (cases
 * with their members, members with their links: a million and more).
 */
export const MAX_COST = 250_000
const OBJECT_COST = 2
const SCALAR_COST = 1
const DEPTH_FACTOR = 1.5
// `limit`: how many nodes an expansion may bring (networks), each with its links.
const PAGE_ARGS = ['first', 'last', 'limit']
const MAX_EXPAND_LIMIT = 500

// Types are told apart by shape, not by graphql-js's instanceof checks: the schema may come from
// another copy of graphql-js (ESM and CommonJS side by side), which those checks refuse.
const fieldsOf = (t: GraphQLNamedType | undefined) =>
  t && 'getFields' in t && !('parseValue' in t)
    ? (t.getFields() as Record<string, GraphQLField<unknown, unknown>>)
    : undefined
function namedType(t: GraphQLType): GraphQLNamedType {
  let type: GraphQLType = t
  while ('ofType' in type && type.ofType) type = type.ofType
  return type as GraphQLNamedType
}

/**
 * The cost of an operation as graphql-armor's cost limit counts it (objects 2, scalars 1, each
 * level ×1.5, a field's subtree × its `first`), except that `first` is read wherever it comes
 * from. Armor reads only a number written in the query: `members(first: $n)`, or a field left
 * at its schema default (`links` pages 50), cost one item there, so a page of any size passed
 * through a variable, as every client query passes it, was never limited.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): number {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d)
  const variableDefaults = new Map<string, unknown>()
  for (const v of operation.variableDefinitions ?? [])
    if (v.defaultValue)
      variableDefaults.set(v.variable.name.value, valueFromASTUntyped(v.defaultValue))
  const fragmentCosts = new Map<string, number>()

  const pageSize = (value: unknown): number | null =>
    typeof value === 'number' && Number.isFinite(value) ? value : null

  function selectionCost(set: SelectionSetNode, parent: GraphQLNamedType | undefined): number {
    let cost = 0
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        cost += DEPTH_FACTOR * fieldCost(s, parent)
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        const type = s.typeCondition ? schema.getType(s.typeCondition.name.value) : parent
        cost += DEPTH_FACTOR * (OBJECT_COST + selectionCost(s.selectionSet, type ?? undefined))
      } else {
        cost += DEPTH_FACTOR * (SCALAR_COST + DEPTH_FACTOR * fragmentCost(s.name.value))
      }
    }
    return cost
  }

  function fragmentCost(name: string): number {
    const known = fragmentCosts.get(name)
    if (known !== undefined) return known
    // A cycle is invalid GraphQL and refused by validation; count it as nothing meanwhile.
    fragmentCosts.set(name, 0)
    const f = fragments.get(name)
    const cost = f
      ? OBJECT_COST +
        selectionCost(f.selectionSet, schema.getType(f.typeCondition.name.value) ?? undefined)
      : 0
    fragmentCosts.set(name, cost)
    return cost
  }

  function fieldCost(
    node: Extract<SelectionSetNode['selections'][number], { kind: Kind.FIELD }>,
    parent: GraphQLNamedType | undefined,
  ): number {
    if (!node.selectionSet) return SCALAR_COST
    const def = fieldsOf(parent)?.[node.name.value]
    let multiplier = 1
    for (const name of PAGE_ARGS) {
      const schemaDefault = def?.args.find((a) => a.name === name)?.defaultValue
      const arg = node.arguments?.find((a) => a.name.value === name)
      let size: number | null = null
      if (!arg) size = pageSize(schemaDefault)
      else if (arg.value.kind === Kind.INT) size = parseInt(arg.value.value, 10)
      else if (arg.value.kind === Kind.VARIABLE) {
        const v = arg.value.name.value
        size =
          pageSize(variables[v]) ??
          (variables[v] === undefined ? pageSize(variableDefaults.get(v)) : null) ??
          pageSize(schemaDefault)
      }
      // An expansion's service refuses a limit above 500 by name (network/out_of_range): count
      // at most that, so such a request gets its own error rather than too_complex.
      if (size !== null && name === 'limit') size = Math.min(size, MAX_EXPAND_LIMIT)
      if (size !== null) multiplier = Math.max(multiplier, size)
    }
    const child = def ? namedType(def.type) : undefined
    return (OBJECT_COST + selectionCost(node.selectionSet, child)) * multiplier
  }

  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType()
  let total = 0
  for (const s of operation.selectionSet.selections) {
    if (s.kind === Kind.FIELD && s.name.value === '__schema') continue
    if (s.kind === Kind.FIELD) total += fieldCost(s, root ?? undefined)
    else if (s.kind === Kind.INLINE_FRAGMENT)
      total += OBJECT_COST + selectionCost(s.selectionSet, root ?? undefined)
    else total += SCALAR_COST + DEPTH_FACTOR * fragmentCost(s.name.value)
  }
  return total
}

/** Refuses, before any resolver runs, an operation whose pages together cost more than the limit. */
export const costPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, operation, request, schema }) {
        if (!operation) return
        const cost = operationCost(schema, document, operation, request.variables ?? {})
        if (cost > MAX_COST)
          throw appError('request/too_complex', { cost, maxCost: MAX_COST, http: { status: 400 } })
      },
    }
  },
}
