import type { Component } from 'vue'
import type { Ability } from '@htwb/graph/permissions'
import type { SessionUserFragment } from '../generated/graphql'
import type { Locale } from '../i18n'

/**
 * The face a feature shows the shell (features/<f>/index.ts): its tabs and the parts of the
 * workbench frame it fills. The shell (shell/registry.ts) is built from these and knows no
 * feature by name. Views are async components (`defineAsyncComponent(() => import(...))`) so
 * that nothing of a feature is downloaded before the shell shows it.
 */
export interface Feature {
  /** The folder's name, for messages and keys. */
  id: string
  tabs?: readonly FeatureTab[]
  parts?: readonly FeaturePart[]
  /**
   * Texts a feature brings with it, in every locale, under a key named after it (`maps.tab`):
   * merged into the catalogues when the shell mounts, so a new feature need not edit i18n/.
   * The features written before keep theirs in i18n/*.ts.
   */
  messages?: Readonly<Record<Locale, Record<string, unknown>>>
}

interface TabBase {
  /** Unique across features: the layout store's value and the test ids `tab-<id>`, `panel-<id>`. */
  id: string
  /** i18n key of the tab's label. */
  label: string
  /** From the permission table (graph/src/permissions.ts): the tab shows only to its holders. */
  ability: Ability
  view: Component
}

/** The view fills the left panel and stays mounted while other tabs are open (keeps results). */
export interface LeftTab extends TabBase {
  place: 'left'
}

/** The view opens over the chart and profile, which keep their state underneath. */
export interface OverlayTab extends TabBase {
  place: 'overlay'
  /** i18n key of the short note the left panel shows while the overlay is open. */
  intro: string
}

export type FeatureTab = LeftTab | OverlayTab

/**
 * Where a part of the frame sits: the top bar after the name (`top`) or at its right end after
 * the language choice (`topEnd`), the centre under the overlays, or the column on the right.
 */
export type PartPlace = 'top' | 'topEnd' | 'centre' | 'aside'

/** What the shell can hand a part's view. */
export interface ShellContext {
  user: SessionUserFragment
  logout: () => void
}

export interface FeaturePart {
  place: PartPlace
  view: Component
  /** Props (and `on…` listeners) for the view; parts without it get none. */
  props?: (shell: ShellContext) => Record<string, unknown>
}

/** Identity, for type checking a face where it is written. */
export const defineFeature = (feature: Feature): Feature => feature
