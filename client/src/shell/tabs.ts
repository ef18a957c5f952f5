import { can, type Ability, type Holder } from '@htwb/graph/permissions'
import type { LeftTab } from './layoutStore'

/**
 * The ability each tab needs, from the one permission table the server enforces
 * (graph/src/permissions.ts): a tab shows only for a user the server would serve.
 */
const TAB_ABILITY: Record<LeftTab, Ability> = {
  search: 'entity.read',
  cases: 'entity.read',
  import: 'import.run',
  duplicates: 'resolution.merge',
  figures: 'figures.read',
  audit: 'audit.read',
  retention: 'retention.decide',
}

const ORDER: LeftTab[] = [
  'search',
  'cases',
  'import',
  'duplicates',
  'figures',
  'audit',
  'retention',
]

export const tabsFor = (user: Holder | null | undefined): LeftTab[] =>
  ORDER.filter((tab) => can(user, TAB_ABILITY[tab]))

export const mayOpen = (user: Holder | null | undefined, tab: LeftTab): boolean =>
  can(user, TAB_ABILITY[tab])
