import { inject, type InjectionKey } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Feature } from '../ui/feature'
import audit from '../features/audit'
import auth from '../features/auth'
import cases from '../features/cases'
import entities from '../features/entities'
import ingest from '../features/ingest'
import networks from '../features/networks'
import resolution from '../features/resolution'
import retention from '../features/retention'
import search from '../features/search'
import trends from '../features/trends'

/**
 * Every feature of the workbench, in the order of its tabs. The left panel, the overlays, the
 * top bar and the columns are built from this list (docs/architecture.md, "Adding a feature").
 */
export const FEATURES: readonly Feature[] = [
  search,
  cases,
  ingest,
  resolution,
  trends,
  audit,
  retention,
  entities,
  networks,
  auth,
]

/** Lets a test mount the shell with its own list (shell/registry.test.ts). */
export const FEATURES_KEY: InjectionKey<readonly Feature[]> = Symbol('features')

/** The features to build from, their own texts merged into the catalogues (idempotent). */
export function useFeatures(): readonly Feature[] {
  const features = inject(FEATURES_KEY, FEATURES)
  const i18n = useI18n()
  for (const feature of features) {
    for (const [locale, texts] of Object.entries(feature.messages ?? {})) {
      i18n.mergeLocaleMessage(locale, texts)
    }
  }
  return features
}
