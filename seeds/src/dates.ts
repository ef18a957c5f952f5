/** Calendar arithmetic on whole UTC days since 1970-01-01, which keeps dates free of time zones. */
import type { Rng } from './random.ts'

const MS_PER_DAY = 86_400_000

export const dayOf = (y: number, m: number, d: number): number => Date.UTC(y, m - 1, d) / MS_PER_DAY
export const yearStart = (y: number): number => dayOf(y, 1, 1)
export const yearEnd = (y: number): number => dayOf(y, 12, 31)
export const yearOfDay = (day: number): number => new Date(day * MS_PER_DAY).getUTCFullYear()

/** Formatting dates is hot at large scales; the data spans a few thousand distinct days. */
const formatted = new Map<number, string>()

/** 'YYYY-MM-DD'. */
export function isoDate(day: number): string {
  let s = formatted.get(day)
  if (s === undefined) {
    s = new Date(day * MS_PER_DAY).toISOString().slice(0, 10)
    if (formatted.size < 100_000) formatted.set(day, s)
  }
  return s
}

const pad2 = (n: number) => (n < 10 ? '0' : '') + n

/** ISO-8601 UTC date-time for a day plus seconds into it (as Date.toISOString writes it). */
export function isoDateTime(day: number, seconds: number): string {
  const s = Math.floor(seconds)
  const d = day + Math.floor(s / 86_400)
  const t = ((s % 86_400) + 86_400) % 86_400
  return `${isoDate(d)}T${pad2(Math.floor(t / 3600))}:${pad2(Math.floor(t / 60) % 60)}:${pad2(t % 60)}.000Z`
}

/** A uniform day in [lo, hi], clamped into the given year; collapses to one day if the range is empty. */
export function dayIn(rng: Rng, year: number, lo: number, hi: number): number {
  const a = Math.max(lo, yearStart(year))
  const b = Math.min(hi, yearEnd(year))
  if (a >= b) return Math.min(a, yearEnd(year))
  return rng.int(a, b)
}

/** A working-hours time of day in seconds (07:00–22:59), when most recorded activity happens. */
export const daySeconds = (rng: Rng): number => rng.int(7 * 3600, 23 * 3600 - 1)

/**
 * A date of birth such that the person is exactly `age` years old on `day`: the same calendar
 * day `age` years earlier, moved back 1–360 days so the birthday has passed but the next one has not.
 */
export function birthDateForAge(rng: Rng, day: number, age: number): string {
  const d = new Date(day * MS_PER_DAY)
  const y = d.getUTCFullYear() - age
  const m = d.getUTCMonth()
  const dd = Math.min(d.getUTCDate(), m === 1 ? 28 : 31)
  const anniversary = Date.UTC(y, m, dd) / MS_PER_DAY
  return isoDate(anniversary - rng.int(1, 360))
}
