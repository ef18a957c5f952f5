import { expectedCounts } from '@htwb/seeds'
import { describe, expect, it } from 'vitest'
import { Api } from '../support/api.ts'
import { cypher } from '../support/db.ts'

interface Cell {
  key: string
  count: number | null
  suppressed: boolean
}
interface Year {
  year: number
  investigations: Cell
  arrests: Cell
  convictions: Cell
  victims: Cell
  victimsByForm: Cell[]
  victimsByGender: Cell[]
  minorVictims: Cell
}
const cell = `{ key count suppressed }`
const FIGURES = `query Figures($from: Int!, $to: Int!) {
  yearlyFigures(fromYear: $from, toYear: $to) {
    year investigations ${cell} arrests ${cell} convictions ${cell} victims ${cell}
    victimsByForm ${cell} victimsByGender ${cell} minorVictims ${cell}
  }
}`

describe("analysts' figures across all cases", () => {
  it('gives an analyst without any case the yearly figures of every case', async () => {
    const api = await Api.signedIn('analyst')
    const years = (await api.ok<{ yearlyFigures: Year[] }>(FIGURES, { from: 2011, to: 2019 }))
      .yearlyFigures
    expect(years.map((y) => y.year)).toEqual([2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019])
    const expected = expectedCounts(1)
    for (const y of years) {
      expect(y.investigations.count).toBe(expected[y.year]!.investigations)
      expect(y.arrests.count).toBe(expected[y.year]!.arrests)
      expect(y.convictions.count).toBe(expected[y.year]!.convictions)
    }
    const [victims2012] = await cypher<{ n: number }>(
      `MATCH (v:Person {category: 'VICTIM'}) WHERE v.validFrom.year = 2012 RETURN count(v) AS n`,
    )
    expect(years.find((y) => y.year === 2012)?.victims.count).toBe(victims2012!.n)
  })

  it('withholds small cells, and a second one where the total would give the first away', async () => {
    const api = await Api.signedIn('analyst')
    const years = (await api.ok<{ yearlyFigures: Year[] }>(FIGURES, { from: 2011, to: 2019 }))
      .yearlyFigures
    const cells = years.flatMap((y) => [
      y.victims,
      y.minorVictims,
      ...y.victimsByForm,
      ...y.victimsByGender,
    ])
    expect(cells.filter((c) => c.count !== null && c.count > 0 && c.count < 5)).toEqual([])
    expect(cells.some((c) => c.suppressed)).toBe(true)
    for (const y of years)
      for (const group of [y.victimsByForm, y.victimsByGender])
        expect(group.filter((c) => c.suppressed).length).not.toBe(1)
  })

  it('carries no personal record and consults none', async () => {
    const api = await Api.signedIn('analyst')
    const [{ seq }] = await cypher<{ seq: number }, 1>(`MATCH (h:AuditHead) RETURN h.seq AS seq`)
    const res = await api.ok(FIGURES, { from: 2011, to: 2019 })
    expect(JSON.stringify(res)).not.toMatch(/per-\d|pho-\d|loc-\d/)
    const consulted = await cypher(
      `MATCH (a:AuditEntry) WHERE a.seq > $seq AND a.action = 'CONSULT' AND size(a.personIds) > 0
       RETURN a.id`,
      { seq },
    )
    expect(consulted).toEqual([])
  })

  it('is for analysts and supervisors, not for investigators', async () => {
    expect(await (await Api.signedIn('investigator')).code(FIGURES, { from: 2011, to: 2019 })).toBe(
      'auth/forbidden',
    )
    expect(await (await Api.signedIn('analyst')).code(FIGURES, { from: 1900, to: 2019 })).toBe(
      'input/invalid',
    )
  })
})
