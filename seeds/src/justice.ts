/** Arrests, the filing with the prosecutor and convictions, exactly as the year plan says. */
import { labelProps, type Actor, type CaseCtx } from './context.ts'
import { dayIn, dayOf, isoDate, yearStart } from './dates.ts'
import type { SourceRef } from './sink.ts'
import { OFFENCES } from './targets.ts'

/** Seat of the basic court and prosecution office for each plate region. */
const COURT: Record<string, string> = {
  '01': 'Prishtinë',
  '02': 'Mitrovicë',
  '03': 'Pejë',
  '04': 'Prizren',
  '05': 'Ferizaj',
  '06': 'Gjilan',
  '07': 'Gjakovë',
}

/** ARREST per arrested suspect, the PROSECUTION filing, a CONVICTION per convicted person. */
export function justice(ctx: CaseCtx, report: SourceRef): void {
  const { rng, plan, world } = ctx
  const arrested = ctx.suspects.slice(0, plan.arrests)
  if (arrested.length < plan.arrests) {
    throw new Error(`${ctx.caseNumber}: ${arrested.length} suspects for ${plan.arrests} arrests`)
  }
  const court = world.municipality.get(COURT[ctx.home.plate] ?? 'Prishtinë') as string
  const offence = OFFENCES[plan.offence]
  const event = (
    type: string,
    who: Actor,
    day: number,
    loc: string,
    description: string,
    src: SourceRef,
  ) => {
    // Named by no one: arrested persons include exploited victims, whose names must stay
    // protected; who it was is a label built at read time from their record (a pseudonym).
    const arrest = type === 'ARREST'
    const label = { key: arrest ? 'ARREST_OF' : 'CONVICTION_OF', args: [`@${who.id}`] }
    const id = ctx.event(type, arrest ? 'Arrest' : 'Conviction', day, loc, src, {
      description,
      label,
    })
    ctx.link('INVOLVED_IN', who.id, id, src, { role: 'OTHER' })
    return id
  }

  // Arrests within 45 days of opening; cases open by mid-October, so all fall in the year.
  let lastArrest = ctx.opened
  for (const a of arrested) {
    const day = ctx.opened + rng.int(0, 45)
    lastArrest = Math.max(lastArrest, day)
    const loc = a.home ?? (world.municipality.get(ctx.home.sq) as string)
    const ev = event(
      'ARREST',
      a,
      day,
      loc,
      `Arrested on suspicion of: ${offence.toLowerCase()}`,
      report,
    )
    if (rng.chance(0.2)) {
      const since = { validFrom: isoDate(day) }
      const props = {
        assetType: 'CASH',
        identifier: null,
        value: rng.int(2, 300) * 100,
        currency: 'EUR',
        description: 'Cash seized during the arrest',
      }
      const name = 'Cash seized during an arrest'
      const label = labelProps(name, { key: 'CASH_SEIZED_FROM', args: [`@${a.id}`] })
      const cash = ctx.add(
        ctx.sink.node(
          'Asset',
          name,
          label.search,
          { ...props, ...label.props },
          ctx.prov(report, since),
        ),
      )
      ctx.link('OWNS', a.id, cash, report, {}, since)
      ctx.link('INVOLVED_IN', cash, ev, report, { role: 'OTHER' })
    }
  }

  if (plan.prosecutedIn === null) return
  const py = plan.prosecutedIn
  const from = py === plan.year ? lastArrest + 7 : yearStart(py)
  const filed = dayIn(rng, py, from, dayOf(py, 12, 10))
  const filing = ctx.source('filing', filed, 'A1')
  const pps = `PPS-${py}-${String(plan.index + 1).padStart(4, '0')}`
  const charged = arrested.length > 0 ? arrested : ctx.suspects.slice(0, 1)
  const pev = ctx.event('PROSECUTION', `Criminal report ${pps}: ${offence}`, filed, court, filing, {
    description: `Filed with the prosecutor: ${offence}`,
    label: { key: 'CRIMINAL_REPORT', args: [pps, offence] },
  })
  for (const a of charged) ctx.link('INVOLVED_IN', a.id, pev, filing, { role: 'OTHER' })

  // One judgment per year; co-defendants convicted the same year share it.
  const judgments = new Map<number, [number, SourceRef]>()
  plan.convictionYears.forEach((cy, i) => {
    let j = judgments.get(cy)
    if (!j) {
      const day = dayIn(rng, cy, cy === py ? filed + 20 : yearStart(cy), dayOf(cy, 12, 31))
      j = [day, ctx.source('judgment', day, 'A1')]
      judgments.set(cy, j)
    }
    const sentence =
      plan.offence === 'PROSTITUTION'
        ? `fine of EUR ${rng.int(2, 30) * 50}`
        : `${rng.int(1, 12)} years' imprisonment`
    event(
      'CONVICTION',
      arrested[i] as Actor,
      j[0],
      court,
      `Convicted of ${offence.toLowerCase()}; ${sentence}`,
      j[1],
    )
  })
}
