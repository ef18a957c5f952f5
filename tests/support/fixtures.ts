import type { Api } from './api.ts'

export const PROVENANCE = {
  sourceIds: [] as string[],
  reliability: 'B',
  credibility: 2,
  handling: 'H1',
}

const CREATE = `mutation Create($input: CreateEntityInput!) { createEntity(input: $input) { id version name kind } }`
const LINK = `mutation Link($input: CreateLinkInput!) { createLink(input: $input) { id version kind fromId toId } }`

export type Created = { id: string; version: number; name: string; kind: string }

/** A Source to rest test facts on. */
export async function createSource(api: Api, name = 'Test statement'): Promise<string> {
  const d = await api.ok<{ createEntity: Created }>(CREATE, {
    input: {
      kind: 'Source',
      name,
      provenance: { ...PROVENANCE, reliability: 'A', credibility: 1 },
      source: { sourceType: 'STATEMENT', reference: 'TST-1' },
    },
  })
  return d.createEntity.id
}

export async function createEntity(
  api: Api,
  sourceId: string,
  input: Record<string, unknown>,
): Promise<Created> {
  const d = await api.ok<{ createEntity: Created }>(CREATE, {
    input: { provenance: { ...PROVENANCE, sourceIds: [sourceId] }, ...input },
  })
  return d.createEntity
}

export async function createLink(
  api: Api,
  sourceId: string,
  kind: string,
  fromId: string,
  toId: string,
  fields: Record<string, unknown> = {},
) {
  const d = await api.ok<{ createLink: { id: string; version: number } }>(LINK, {
    input: { kind, fromId, toId, provenance: { ...PROVENANCE, sourceIds: [sourceId] }, fields },
  })
  return d.createLink
}

export const person = (
  name: string,
  category = 'SUSPECT',
  extra: Record<string, unknown> = {},
) => ({
  kind: 'Person',
  name,
  person: { category, ...extra },
})
