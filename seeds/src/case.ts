/**
 * One case, start to finish: sources, the scenario for its offence, arrests, prosecution and
 * convictions as planned, witnesses, links to earlier cases, the Case node and PART_OF_CASE
 * links from everything it touched.
 */
import { CaseCtx } from './context.ts'
import { call, type Crew } from './crew.ts'
import { dayIn, dayOf, isoDate, yearStart } from './dates.ts'
import { pickMunicipality } from './gazetteer.ts'
import { justice } from './justice.ts'
import { CODENAMES } from './names.ts'
import type { CasePlan } from './plan.ts'
import { Rng } from './random.ts'
import { otherOffence, prostitution, trafficking } from './scenarios.ts'
import { Sink, type Ids, type SourceRef } from './sink.ts'
import { OFFENCES } from './targets.ts'
import type { VictimSources } from './victims.ts'
import type { World } from './world.ts'

/** Memoizes a source made on first use, so cases only cite sources they have. */
const once = (make: () => SourceRef) => {
  let ref: SourceRef | null = null
  return () => (ref ??= make())
}

export function buildCase(world: World, plan: CasePlan, ids: Ids, seed: number): Sink {
  const rng = new Rng(seed, 0xca5e, plan.index)
  const sink = new Sink(ids)
  const y = plan.year
  // Opened by mid-October, so arrests (≤ 45 days later) stay in the opening year.
  const opened = dayIn(rng, y, yearStart(y), dayOf(y, 10, 15))
  const caseNumber = `KP-THB-${y}-${String(plan.seq).padStart(3, '0')}`
  const codename = rng.pick(CODENAMES)
  const ctx = new CaseCtx(
    rng,
    sink,
    world,
    plan,
    caseNumber,
    codename,
    opened,
    pickMunicipality(rng),
  )
  const report = ctx.source(
    'report',
    opened,
    rng.pick(['B2', 'B2', 'A2', 'B3', 'C3']),
    rng.pick(['H0', 'H1']),
  )
  const record = once(() => ctx.source('registry', opened + rng.int(2, 20), 'A1'))
  // Victim statements are dated after the last possible identification (see addVictim).
  const statementsOn = Math.min(opened + 150, dayOf(y, 12, 31)) + 3
  const s: VictimSources = {
    report,
    intercept: once(() =>
      ctx.source('intercept', opened + rng.int(5, 40), rng.pick(['A1', 'A2', 'B2']), 'H1'),
    ),
    statements: once(() => ctx.source('victims', statementsOn, rng.pick(['B2', 'C2', 'B3']), 'H2')),
  }

  let crew: Crew | null = null
  if (plan.offence === 'THB' || plan.offence === 'FACILITATION') crew = trafficking(ctx, s, record)
  else if (plan.offence === 'PROSTITUTION') prostitution(ctx, s)
  else crew = otherOffence(ctx, s, record)
  justice(ctx, report)
  witnesses(ctx, report)
  linkBack(ctx, crew, report, s)

  // Closed by the last conviction, or a year after opening when dropped without one.
  const lastConviction = Math.max(...plan.convictionYears)
  const closed = plan.convictionYears.length ? dayOf(lastConviction, 12, 31) : opened + 365
  const props = {
    caseNumber,
    status: plan.status,
    openedOn: isoDate(opened),
    ...(plan.status === 'CLOSED' ? { closedOn: isoDate(closed) } : {}),
    offence: OFFENCES[plan.offence],
  }
  const name = `Operation ${codename} (${ctx.home.sq})`
  const caseId = sink.node(
    'Case',
    name,
    [caseNumber, codename],
    props,
    ctx.prov(report, { validFrom: isoDate(opened) }),
  )
  for (const id of ctx.members) ctx.link('PART_OF_CASE', id, caseId, report)
  remember(ctx, crew)
  return sink
}

/** Witnesses and, rarely, an informant close to a suspect. */
function witnesses(ctx: CaseCtx, report: SourceRef): void {
  const { rng } = ctx
  const events = ctx.members.filter((id) => id.startsWith('evt-'))
  const places = ctx.members.filter((id) => id.startsWith('loc-'))
  const style = ctx.home.serbian ? 'SERBIAN' : 'ALBANIAN'
  const n = rng.index([65, 30, 5])
  const day = ctx.opened + rng.int(1, 60)
  const stmt =
    n > 0 ? ctx.source('witnesses', day, rng.pick(['B3', 'C3', 'C2', 'D4']), 'H1') : report
  for (let i = n; i > 0; i--) {
    const sex = rng.chance(0.6) ? 'MALE' : 'FEMALE'
    const w = ctx.person({
      category: 'WITNESS',
      style,
      nationality: 'XK',
      sex,
      age: rng.int(20, 70),
      ageOn: day,
      src: stmt,
      validFrom: day,
    })
    if (events.length > 0)
      ctx.link('INVOLVED_IN', w.id, rng.pick(events), stmt, { role: 'WITNESS' })
    if (places.length > 0)
      ctx.link('SEEN_AT', w.id, rng.pick(places), stmt, {}, { validFrom: isoDate(day) })
  }
  if (ctx.suspects.length > 0 && rng.chance(0.04)) {
    // Informants' identities are the most restricted facts (H3).
    const met = ctx.opened - rng.int(5, 90)
    const tip = ctx.source('informant', met, rng.pick(['C3', 'D3', 'E4']), 'H3')
    const age = rng.int(22, 55)
    const inf = ctx.person({
      category: 'INFORMANT',
      style,
      nationality: 'XK',
      sex: 'MALE',
      age,
      ageOn: met,
      src: tip,
      validFrom: met,
      handling: 'H3',
    })
    ctx.link('ASSOCIATE', inf.id, rng.pick(ctx.suspects).id, tip)
  }
}

/** Links to earlier cases: an allied or rival group, old acquaintances, stray calls. */
function linkBack(ctx: CaseCtx, crew: Crew | null, report: SourceRef, s: VictimSources): void {
  const { rng, world } = ctx
  const groups = world.recent.groups.list.filter((g) => g.plate === ctx.home.plate)
  if (crew?.groupId && groups.length > 0 && rng.chance(0.15)) {
    const old = rng.pick(groups)
    ctx.link('ASSOCIATE', crew.groupId, ctx.add(old.orgId), report)
    ctx.link('ASSOCIATE', crew.leader.id, ctx.add(old.leaderId), report)
    const mine = crew.leader.phones[0]
    if (mine && old.leaderPhone)
      call(ctx, mine, ctx.add(old.leaderPhone), ctx.opened - rng.int(1, 90), s.intercept())
  }
  const recent = world.recent.suspects.list
  if (ctx.suspects.length > 0 && recent.length > 0 && rng.chance(0.25)) {
    ctx.link('ASSOCIATE', rng.pick(ctx.suspects).id, rng.pick(recent), report)
  }
}

function remember(ctx: CaseCtx, crew: Crew | null): void {
  const { recent } = ctx.world
  for (const a of ctx.suspects.slice(0, 3)) recent.suspects.push(a.id)
  for (const a of [...ctx.suspects, ...ctx.others].slice(0, 4))
    if (a.phones[0]) recent.phones.push(a.phones[0])
  if (crew?.groupId) {
    const leaderPhone = crew.leader.phones[0] ?? null
    recent.groups.push({
      orgId: crew.groupId,
      leaderId: crew.leader.id,
      leaderPhone,
      plate: ctx.home.plate,
    })
  }
}
