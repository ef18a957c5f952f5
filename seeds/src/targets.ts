/**
 * Yearly figures the demo data reproduces exactly at scale 1 (and times N at scale N).
 *
 * Figures marked (S) are quoted from the National Strategy against Trafficking in Human Beings
 * in Kosovo 2015–2019 (Ministry of Internal Affairs, Pristina, March 2015), chapter IV
 * "Background", sourcing Kosovo Police statistics and the 2011–2014 strategy progress report:
 *   - arrests: 183 (2011), 223 (2012), 182 (2013);
 *   - new investigations: 104 (2012); 71 criminal cases dealt with in 2013;
 *   - victims supported: 43 (2012), 52 (2013); 35 Kosovar victims in 2011; 22 from Moldova in 2012;
 *   - cases filed with the prosecutor, by offence: 2012 34/27/37/4, 2013 38/18/15/17;
 *   - convictions: 37 (2011), 41 (2012).
 * All other figures are invented to follow the trends the strategy describes: arrests and cases
 * falling after their 2012 peak, domestic (Kosovar) victims rising, foreign victims declining.
 */

export const YEARS = [2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019] as const
export type Year = (typeof YEARS)[number]

/** Offence categories of the strategy's prosecution table; the value is stored as Case.offence. */
export const OFFENCES = {
  THB: 'Trafficking in human beings',
  FACILITATION: 'Facilitation of prostitution',
  PROSTITUTION: 'Exercising prostitution',
  OTHER: 'Other criminal offence',
} as const
export type OffenceKey = keyof typeof OFFENCES
export const OFFENCE_KEYS = Object.keys(OFFENCES) as OffenceKey[]

/** Victims' countries of origin (ISO 3166-1 alpha-2; XK for Kosovo). */
export type Origin = 'XK' | 'AL' | 'MD' | 'UA' | 'RO'

export interface YearTargets {
  /** ARREST events, one per arrested person. */
  arrests: number
  /** Cases opened (police investigations). */
  investigations: number
  /** IDENTIFICATION events = VICTIM persons whose validFrom falls in the year, by origin. */
  victimsByOrigin: Record<Origin, number>
  /** PROSECUTION events (case filed with the prosecutor), by the case's offence. */
  prosecutions: Record<OffenceKey, number>
  /** CONVICTION events, one per convicted person. */
  convictions: number
}

const v = (XK: number, MD: number, AL: number, UA: number, RO: number): Record<Origin, number> => ({
  XK,
  MD,
  AL,
  UA,
  RO,
})
const p = (THB: number, FACILITATION: number, PROSTITUTION: number, OTHER: number) => ({
  THB,
  FACILITATION,
  PROSTITUTION,
  OTHER,
})

export const YEARLY_TARGETS: Record<Year, YearTargets> = {
  // arrests (S), convictions (S), Kosovar victims (S)
  2011: {
    arrests: 183,
    investigations: 110,
    victimsByOrigin: v(35, 5, 4, 2, 1),
    prosecutions: p(27, 22, 31, 4),
    convictions: 37,
  },
  // arrests, investigations, victims total and Moldovan, prosecutions, convictions (S)
  2012: {
    arrests: 223,
    investigations: 104,
    victimsByOrigin: v(18, 22, 2, 0, 1),
    prosecutions: p(34, 27, 37, 4),
    convictions: 41,
  },
  // arrests, investigations (71 cases dealt with), victims total, prosecutions (S)
  2013: {
    arrests: 182,
    investigations: 71,
    victimsByOrigin: v(44, 2, 4, 1, 1),
    prosecutions: p(38, 18, 15, 17),
    convictions: 39,
  },
  2014: {
    arrests: 168,
    investigations: 74,
    victimsByOrigin: v(45, 1, 3, 1, 1),
    prosecutions: p(34, 14, 12, 9),
    convictions: 38,
  },
  2015: {
    arrests: 155,
    investigations: 70,
    victimsByOrigin: v(47, 1, 2, 1, 0),
    prosecutions: p(32, 12, 9, 8),
    convictions: 36,
  },
  2016: {
    arrests: 146,
    investigations: 66,
    victimsByOrigin: v(50, 1, 2, 1, 0),
    prosecutions: p(31, 11, 8, 8),
    convictions: 33,
  },
  2017: {
    arrests: 134,
    investigations: 63,
    victimsByOrigin: v(52, 0, 2, 1, 0),
    prosecutions: p(29, 10, 7, 7),
    convictions: 31,
  },
  2018: {
    arrests: 126,
    investigations: 60,
    victimsByOrigin: v(54, 1, 2, 0, 0),
    prosecutions: p(27, 9, 6, 7),
    convictions: 29,
  },
  2019: {
    arrests: 118,
    investigations: 58,
    victimsByOrigin: v(57, 0, 1, 0, 1),
    prosecutions: p(26, 8, 6, 6),
    convictions: 27,
  },
}

export const sum = (values: Iterable<number>): number => {
  let s = 0
  for (const x of values) s += x
  return s
}

/** Total victims identified in a year. */
export const victimsIdentified = (t: YearTargets): number => sum(Object.values(t.victimsByOrigin))

/** Targets multiplied by the scale; whole numbers, so scale 1 reproduces the table exactly. */
export function scaledTargets(year: Year, scale: number): YearTargets {
  const t = YEARLY_TARGETS[year]
  const s = (x: number) => Math.round(x * scale)
  const victims = { ...t.victimsByOrigin }
  for (const k of Object.keys(victims) as Origin[]) victims[k] = s(victims[k])
  const prosecutions = { ...t.prosecutions }
  for (const k of OFFENCE_KEYS) prosecutions[k] = s(prosecutions[k])
  return {
    arrests: s(t.arrests),
    investigations: s(t.investigations),
    victimsByOrigin: victims,
    prosecutions,
    convictions: s(t.convictions),
  }
}
