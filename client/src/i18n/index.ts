import { createI18n } from 'vue-i18n'
import en, { type MessageSchema } from './en'
import sq from './sq'
import sr from './sr'

export const LOCALES = ['en', 'sq', 'sr'] as const
export type Locale = (typeof LOCALES)[number]
export type { MessageSchema }

export const messages: Record<Locale, MessageSchema> = { en, sq, sr }

const STORAGE_KEY = 'htwb.locale'

/** BCP 47 tags for Intl formatting; Serbian is always the Latin script here. */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', sq: 'sq-AL', sr: 'sr-Latn-RS' }

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage
  } catch {
    return null // storage can be blocked by browser policy
  }
}

/** Stored choice first, then the browser language, then English. */
export function initialLocale(): Locale {
  const stored = storage()?.getItem(STORAGE_KEY)
  if (isLocale(stored)) return stored
  const nav = typeof navigator === 'undefined' ? '' : navigator.language.slice(0, 2)
  return isLocale(nav) ? nav : 'en'
}

export function createAppI18n(locale: Locale = initialLocale()) {
  return createI18n({
    legacy: false,
    locale,
    fallbackLocale: 'en',
    messages,
    missingWarn: false,
    fallbackWarn: false,
  })
}

export type AppI18n = ReturnType<typeof createAppI18n>

/** Remembers the choice and tells assistive tech and Intl which language the page is in. */
export function persistLocale(locale: Locale): void {
  storage()?.setItem(STORAGE_KEY, locale)
  if (typeof document !== 'undefined') document.documentElement.lang = INTL_LOCALE[locale]
}
