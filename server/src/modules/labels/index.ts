import type { ServerModule } from '../module.ts'
import { LABEL_ENTITIES } from './labels.queries.ts'
import { labelsResolvers } from './labels.resolvers.ts'

/**
 * Derived labels: names built at read time from the records they name, as the viewer may see
 * them, and rendered by the client in the user's language (labels.templates.ts).
 */
export const labels: ServerModule = {
  name: 'labels',
  resolvers: labelsResolvers,
  warm: [{ query: LABEL_ENTITIES, params: { ids: [''] } }],
}

/** For writers of derived names (the demo data, imports): the keys and their English form. */
export { LABEL_KEYS, LABEL_TEMPLATES_EN, renderEnglish } from './labels.templates.ts'
export type { LabelKey, LabelModel } from './labels.templates.ts'
export { labelOf, nameOf } from './labels.service.ts'
