import { print } from 'graphql'
import { EntityDocument } from '../../client/src/generated/graphql.ts'
import type { Api } from './api.ts'

/**
 * Opens an entity's profile exactly as the browser asks for it (the client's own Entity query,
 * with its fragments), failing with the server's errors if the profile cannot be shown.
 */
export async function openProfile(api: Api, id: string): Promise<Record<string, unknown>> {
  const res = await api.gql<{ entity: Record<string, unknown> | null }>(print(EntityDocument), {
    id,
  })
  if (res.errors?.length || !res.data?.entity)
    throw new Error(`profile ${id} does not open: ${JSON.stringify(res.errors ?? 'not found')}`)
  return res.data.entity
}
