import { useI18n } from 'vue-i18n'
import { INTL_LOCALE, isLocale } from '../i18n'

/** Locale-aware formatting of the server's ISO dates, amounts and durations. */
export function useFormat() {
  const { locale } = useI18n()
  const tag = (): string => (isLocale(locale.value) ? INTL_LOCALE[locale.value] : 'en-GB')

  // Some browsers lack Albanian or Serbian date data and would silently answer in US English;
  // the regional numeric form (02.04.2008 14:30) is used then.
  const supported = (): boolean => Intl.DateTimeFormat.supportedLocalesOf([tag()]).length > 0
  const pad = (n: number): string => String(n).padStart(2, '0')

  // Calendar dates carry no zone: format them in UTC so they never shift by a day.
  function date(value: string | null | undefined): string {
    if (!value) return ''
    const d = new Date(`${value}T00:00:00Z`)
    if (Number.isNaN(d.getTime())) return value
    if (!supported())
      return `${pad(d.getUTCDate())}.${pad(d.getUTCMonth() + 1)}.${d.getUTCFullYear()}`
    return new Intl.DateTimeFormat(tag(), { dateStyle: 'medium', timeZone: 'UTC' }).format(d)
  }

  // `seconds` is for audit timestamps, where the order within a minute matters.
  function dateTime(value: string | null | undefined, seconds = false): string {
    if (!value) return ''
    const d = new Date(value)
    if (Number.isNaN(d.getTime())) return value
    if (!supported()) {
      const day = `${pad(d.getDate())}.${pad(d.getMonth() + 1)}.${d.getFullYear()}`
      const time = `${pad(d.getHours())}:${pad(d.getMinutes())}`
      return `${day} ${time}${seconds ? `:${pad(d.getSeconds())}` : ''}`
    }
    return new Intl.DateTimeFormat(tag(), {
      dateStyle: 'medium',
      timeStyle: seconds ? 'medium' : 'short',
    }).format(d)
  }

  function money(amount: number | null | undefined, currency?: string | null): string {
    if (amount === null || amount === undefined) return ''
    try {
      if (currency) {
        return new Intl.NumberFormat(tag(), { style: 'currency', currency }).format(amount)
      }
    } catch {
      // An unknown currency code falls through to a plain number.
    }
    const plain = new Intl.NumberFormat(tag()).format(amount)
    return currency ? `${plain} ${currency}` : plain
  }

  function percent(value: number | null | undefined): string {
    if (value === null || value === undefined) return ''
    return new Intl.NumberFormat(tag(), { maximumFractionDigits: 1 }).format(value) + ' %'
  }

  function duration(seconds: number | null | undefined): string {
    if (seconds === null || seconds === undefined) return ''
    const m = Math.floor(seconds / 60)
    const s = seconds % 60
    return `${m}:${String(s).padStart(2, '0')}`
  }

  return { date, dateTime, money, percent, duration }
}
