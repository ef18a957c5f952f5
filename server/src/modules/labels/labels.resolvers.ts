import type { PersonResolvers, Resolvers } from '../../generated/resolvers.ts'
import { labelOf } from './labels.service.ts'

// Every kind may carry a derived label; the mapper makes their resolver types identical. `name`
// stays the name as stored (it names no one): the forms that edit it must get it as written.
const labelled: PersonResolvers = {
  labelKey: async (e, _, ctx) => (await labelOf(ctx, e))?.key ?? null,
  labelArgs: async (e, _, ctx) =>
    ((await labelOf(ctx, e))?.args ?? []).map((a) => a.text ?? (a.hidden ? null : a.name)),
}

export const labelsResolvers: Resolvers = {
  Person: labelled,
  Organization: labelled,
  Location: labelled,
  Phone: labelled,
  Asset: labelled,
  Event: labelled,
  Case: labelled,
  Source: labelled,
}
