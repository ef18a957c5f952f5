import { parse, type OperationDefinitionNode } from 'graphql'
import { describe, expect, it } from 'vitest'
import { clientLabel, rootFields } from './audit-plugin.ts'

const opOf = (query: string, name?: string) => {
  const document = parse(query)
  const ops = document.definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
  )
  return { document, operation: ops.find((o) => !name || o.name?.value === name) }
}

describe('the operation the audit records', () => {
  it('is the root fields that ran, whatever the client calls its operation', () => {
    const { document, operation } = opOf(
      `query revealIdentity { search(text: "x") { total } b: entity(id: "1") { id } ...F }
       fragment F on Query { ... on Query { entity(id: "2") { id } } cases { id } }`,
    )
    expect(rootFields(document, operation)).toBe('cases,entity,search')
  })

  it('stays short however many fields a request names', () => {
    const fields = Array.from(
      { length: 100 },
      (_, i) => `f${String(i).padStart(3, '0')}: me { id }`,
    )
    const { document, operation } = opOf(`{ ${fields.join(' ')} me { id } }`)
    expect(rootFields(document, operation)).toBe('me')
    const wide = opOf(`{ ${Array.from({ length: 60 }, (_, i) => `field${i}Name`).join(' ')} }`)
    const op = rootFields(wide.document, wide.operation)
    expect(op.length).toBeLessThanOrEqual(200)
    expect(op).toMatch(/,\+\d+$/)
  })

  it('keeps the client name only as a short GraphQL name', () => {
    expect(clientLabel('LookUp')).toBe('client-name:LookUp')
    expect(clientLabel('x'.repeat(300_000))).toBeNull()
    expect(clientLabel('a\u202Eb')).toBeNull()
    expect(clientLabel(null)).toBeNull()
  })
})
