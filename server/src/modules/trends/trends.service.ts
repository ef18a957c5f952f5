import { EXPLOITATION_FORMS, GENDERS } from '@htwb/graph'
import type { Context } from '../../context.ts'
import { toPlain } from '../../data/convert.ts'
import { toInt } from '../../data/params.ts'
import { appError } from '../../errors.ts'
import { breakdown, single, THRESHOLD, type Cell } from './suppression.ts'
import { YEARLY_FIGURES } from './trends.queries.ts'

interface VictimFacts {
  form: string
  gender: string
  minor: boolean
}

export interface YearFiguresModel {
  year: number
  investigations: Cell
  arrests: Cell
  prosecutions: Cell
  convictions: Cell
  victims: Cell
  victimsByForm: Cell[]
  victimsByGender: Cell[]
  minorVictims: Cell
}

const tally = (values: string[], keys: readonly string[]) =>
  keys.map((k) => [k, values.filter((v) => v === k).length] as const)

/** Minors among victims: withheld too when the adults (the difference) would be a small cell. */
function minors(victims: VictimFacts[]): Cell {
  const n = victims.filter((v) => v.minor).length
  const adults = victims.length - n
  const cell = single('minor', n)
  return adults > 0 && adults < THRESHOLD ? { key: 'minor', count: null, suppressed: true } : cell
}

/** The analysts' view: every case, counts only, small cells withheld. */
export async function yearlyFigures(
  ctx: Context,
  fromYear: number,
  toYear: number,
): Promise<YearFiguresModel[]> {
  if (fromYear < 1990 || toYear > 2100 || toYear < fromYear || toYear - fromYear >= 30)
    throw appError('input/invalid', { field: 'toYear', reason: 'at most 30 years from 1990' })
  return ctx.data.read(
    YEARLY_FIGURES,
    { fromYear: toInt(fromYear), toYear: toInt(toYear) },
    (r) => {
      const n = (k: string) => toPlain(r.get(k)) as number
      const victims = toPlain(r.get('victims')) as VictimFacts[]
      return {
        year: n('year'),
        investigations: single('investigations', n('investigations')),
        arrests: single('arrests', n('arrests')),
        prosecutions: single('prosecutions', n('prosecutions')),
        convictions: single('convictions', n('convictions')),
        victims: single('victims', victims.length),
        victimsByForm: breakdown(
          tally(
            victims.map((v) => v.form),
            [...EXPLOITATION_FORMS, 'UNKNOWN'],
          ),
        ),
        victimsByGender: breakdown(
          tally(
            victims.map((v) => v.gender),
            GENDERS,
          ),
        ),
        minorVictims: minors(victims),
      }
    },
  )
}
