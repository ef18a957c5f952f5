/**
 * The suspects' side of a case: the crew (a criminal group or loose associates), its front
 * businesses, and phone traffic concentrated within it.
 */
import type { Actor, CaseCtx } from './context.ts'
import { isoDate, isoDateTime } from './dates.ts'
import { nearby } from './gazetteer.ts'
import { BUSINESS_KINDS, BUSINESS_NAMES, type NameStyle } from './names.ts'
import type { SourceRef } from './sink.ts'

export interface Business {
  id: string
  loc: string
  /** 'Motel "Venus"' */
  label: string
  /** 'motel', 'car rental', … */
  kind: string
}

export interface Crew {
  groupId: string | null
  leader: Actor
  members: Actor[]
  businesses: Business[]
  vehicles: string[]
  accounts: string[]
}

export interface CrewOptions {
  size: number
  style: NameStyle
  nationality: string
  /** Form a CRIMINAL_GROUP organization (4–12 members). */
  group: boolean
  /** Business kinds to front with (indexes into BUSINESS_KINDS). */
  businesses: number[]
  src: SourceRef
}

/** Roles after the leader (an EXPLOITER), in the order members are added. */
const ROLES = ['RECRUITER', 'CONTROLLER', 'TRANSPORTER', 'FACILITATOR', 'RECRUITER', 'FINANCIER']
const roleOf = (i: number) =>
  (i <= ROLES.length ? ROLES[i - 1] : ['CONTROLLER', 'EXPLOITER', 'TRANSPORTER'][i % 3]) as string

export interface SuspectSpec {
  style: NameStyle
  nationality: string
  sex?: 'MALE' | 'FEMALE'
  age: number
  role: string
  last?: string
  src: SourceRef
}

/** A suspect; the first suspects of a case are the arrested ones, the very first the convicted. */
export function suspect(ctx: CaseCtx, o: SuspectSpec): Actor {
  const convicted = ctx.suspects.length < ctx.plan.convictionYears.length
  const a = ctx.person({
    category: convicted ? 'CONVICTED' : 'SUSPECT',
    style: o.style,
    sex: o.sex ?? (ctx.rng.chance(0.88) ? 'MALE' : 'FEMALE'),
    nationality: o.nationality,
    age: o.age,
    ageOn: ctx.opened,
    src: o.src,
    validFrom: ctx.opened - ctx.rng.int(0, 30),
    role: o.role,
    ...(o.last ? { last: o.last } : {}),
  })
  ctx.suspects.push(a)
  return a
}

export function buildCrew(ctx: CaseCtx, o: CrewOptions): Crew {
  const { rng } = ctx
  const base = { style: o.style, nationality: o.nationality, src: o.src }
  const leader = suspect(ctx, { ...base, sex: 'MALE', age: rng.int(30, 55), role: 'EXPLOITER' })
  const home = ctx.livesAt(leader, ctx.home, o.src)
  ctx.phones(leader, 1 + rng.index([5, 3, 1]), o.nationality, o.src, ctx.opened)
  const members = [leader]
  for (let i = 1; i < o.size; i++) {
    const kin = rng.chance(0.35)
    const age = rng.int(19, 50)
    const role = roleOf(i)
    const sex = role === 'RECRUITER' && rng.chance(0.35) ? 'FEMALE' : 'MALE'
    const m = suspect(ctx, { ...base, age, role, sex, ...(kin ? { last: leader.name.last } : {}) })
    if (kin) {
      // Clans: the leader's siblings, children or cousins, often under one roof.
      const leaderAge = (ctx.opened - Date.parse(leader.dob) / 86_400_000) / 365.25
      const relation = rng.chance(0.3) ? 'RELATIVE' : leaderAge - age >= 18 ? 'CHILD' : 'SIBLING'
      ctx.link('FAMILY', leader.id, m.id, o.src, { relation })
      ctx.livesAt(m, ctx.home, o.src, rng.chance(0.7) ? home : undefined)
    } else if (rng.chance(0.4)) {
      ctx.livesAt(m, nearby(rng, ctx.home), o.src)
    }
    ctx.phones(m, 1 + rng.index([15, 4, 1]), o.nationality, o.src, ctx.opened)
    members.push(m)
  }
  let groupId: string | null = null
  if (o.group) {
    const name = `${o.style === 'SERBIAN' ? 'Grupa' : 'Grupi'} ${leader.name.last}`
    const aliases = [`Operacioni "${ctx.codename}"`]
    const props = {
      orgType: 'CRIMINAL_GROUP',
      registrationNumber: null,
      aliases,
      country: o.nationality,
    }
    const since = isoDate(ctx.opened - rng.int(90, 900))
    groupId = ctx.add(
      ctx.sink.node('Organization', name, aliases, props, ctx.prov(o.src, { validFrom: since })),
    )
    for (const m of members) ctx.link('MEMBER_OF', m.id, groupId, o.src, { role: m.role })
  } else {
    for (const m of members.slice(1)) ctx.link('ASSOCIATE', leader.id, m.id, o.src)
  }
  const businesses = o.businesses.map((k) => business(ctx, k, members, o.src))
  return { groupId, leader, members, businesses, vehicles: [], accounts: [] }
}

/** A front business: at an address, directed and owned by the crew or a front man. */
function business(ctx: CaseCtx, kind: number, members: Actor[], src: SourceRef): Business {
  const { rng } = ctx
  const [prefix, label] = BUSINESS_KINDS[kind] ?? BUSINESS_KINDS[0]
  const brand = rng.pick(BUSINESS_NAMES)
  const aliases = [`${brand} ${rng.chance(0.7) ? 'SH.P.K.' : 'N.T.P.'}`]
  const registered = ctx.opened - rng.int(200, 3000)
  const since = { validFrom: isoDate(registered) }
  const name = `${prefix} "${brand}"`
  const props = {
    orgType: 'COMPANY',
    registrationNumber: `81${rng.digits(7)}`,
    aliases,
    country: 'XK',
  }
  const id = ctx.add(ctx.sink.node('Organization', name, aliases, props, ctx.prov(src, since)))
  const loc = ctx.address(ctx.home, src, registered)
  ctx.link('LOCATED_AT', id, loc, src, {}, since)
  const leader = members[0] as Actor
  const partner =
    members.length > 1 && rng.chance(0.4)
      ? (members[rng.int(1, members.length - 1)] as Actor)
      : null
  if (rng.chance(0.3)) {
    // A front man with a clean record is registered as director.
    const front = ctx.person({
      category: 'CONTACT',
      style: leader.style,
      sex: 'MALE',
      nationality: leader.nationality,
      age: rng.int(24, 60),
      ageOn: ctx.opened,
      src,
      validFrom: registered,
    })
    ctx.others.push(front)
    ctx.link('DIRECTOR_OF', front.id, id, src, {}, since)
    ctx.link('ASSOCIATE', leader.id, front.id, src)
  } else {
    ctx.link('DIRECTOR_OF', (partner ?? leader).id, id, src, {}, since)
  }
  const share = partner ? rng.pick([51, 60, 70]) : 100
  ctx.link('OWNS', leader.id, id, src, { sharePercent: share }, since)
  if (partner) ctx.link('OWNS', partner.id, id, src, { sharePercent: 100 - share }, since)
  const staff = members.find((m) => m.role === 'CONTROLLER')
  if (staff) ctx.link('EMPLOYED_BY', staff.id, id, src)
  return { id, loc, label: name, kind: label }
}

/** A CALLED link between two phones on a day. */
export function call(ctx: CaseCtx, from: string, to: string, day: number, src: SourceRef): void {
  const { rng } = ctx
  const durationSeconds = [rng.int(8, 120), rng.int(120, 600), rng.int(600, 2400)][
    rng.index([70, 25, 5])
  ]
  const at = isoDateTime(day, rng.int(6 * 3600, 24 * 3600 - 1))
  ctx.link('CALLED', from, to, src, { at, durationSeconds }, { validFrom: isoDate(day) })
}

/** Calls concentrated within the crew; some to contacts and to phones from earlier cases. */
export function addCalls(ctx: CaseCtx, crew: Crew, outside: string[], src: SourceRef): void {
  const { rng } = ctx
  const phones = crew.members.flatMap((m) =>
    m.phones.map((p) => [p, m === crew.leader ? 3 : m.role === 'CONTROLLER' ? 2 : 1] as const),
  )
  if (phones.length < 2) return
  const recent = ctx.world.recent.phones.list
  for (let i = crew.members.length * rng.int(1, 3); i > 0; i--) {
    const from = rng.weighted(phones)
    const r = rng.next()
    let to = rng.weighted(phones)
    if (r < 0.15 && outside.length > 0) to = rng.pick(outside)
    else if (r < 0.22 && recent.length > 0) to = ctx.add(rng.pick(recent))
    if (to !== from) call(ctx, from, to, rng.int(ctx.opened - 150, ctx.opened + 20), src)
  }
}
