import { can, type Holder } from '@htwb/graph/permissions'
import type { Feature, FeaturePart, FeatureTab, PartPlace } from '../ui/feature'

/**
 * The tabs a user sees, in registry order: each needs an ability from the one permission table
 * the server enforces (graph/src/permissions.ts), so a tab shows only for a user the server
 * would serve.
 */
export const tabsFor = (
  user: Holder | null | undefined,
  features: readonly Feature[],
): FeatureTab[] => features.flatMap((f) => f.tabs ?? []).filter((tab) => can(user, tab.ability))

/** The parts of the frame at one place, keyed for v-for. */
export const partsAt = (
  features: readonly Feature[],
  place: PartPlace,
): Array<FeaturePart & { key: string }> =>
  features.flatMap((f) =>
    (f.parts ?? []).flatMap((part, i) =>
      part.place === place ? [{ ...part, key: `${f.id}-${i}` }] : [],
    ),
  )
