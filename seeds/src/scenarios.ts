/**
 * What a case is about, by offence: trafficking (a group, fronts, victims), facilitation of
 * prostitution (a venue), exercising prostitution (individuals, clients), other offences
 * (smuggling across a border).
 */
import { addAssets, addPayments } from './assets.ts'
import type { Actor, CaseCtx } from './context.ts'
import { addCalls, buildCrew, call, suspect, type Crew } from './crew.ts'
import { isoDate } from './dates.ts'
import { CROSSINGS, nearby } from './gazetteer.ts'
import type { NameStyle } from './names.ts'
import type { SourceRef } from './sink.ts'
import { addVictim, type Form, type Place, type VictimSources } from './victims.ts'

/** Criminal groups of 4–12 members, most of them small: weights for sizes 4, 5, … 12. */
const GROUP_SIZE = [4, 4, 3, 2, 1.5, 1, 0.6, 0.4, 0.3]
const BIG_TOWNS = ['Prishtinë', 'Prizren', 'Pejë', 'Gjakovë', 'Ferizaj', 'Gjilan', 'Mitrovicë']
const FOREIGN: ReadonlyArray<[NameStyle, string]> = [
  ['MOLDOVAN', 'MD'],
  ['UKRAINIAN', 'UA'],
  ['ROMANIAN', 'RO'],
  ['ALBANIAN', 'AL'],
]
const foreignStyle = (ctx: CaseCtx) => FOREIGN[ctx.rng.index([3, 1, 1, 2])] as [NameStyle, string]

/** The naming style and nationality of local people, by the case's municipality. */
function localStyle(ctx: CaseCtx): [NameStyle, string] {
  if (ctx.home.serbian) return ['SERBIAN', ctx.rng.chance(0.5) ? 'RS' : 'XK']
  return ctx.rng.chance(0.04) ? ['SERBIAN', 'XK'] : ['ALBANIAN', 'XK']
}

function chooseForm(ctx: CaseCtx): Form {
  const { rng, plan } = ctx
  if (plan.offence === 'FACILITATION') return 'SEXUAL'
  if (plan.victims.includes('AL') && rng.chance(0.55)) return 'FORCED_BEGGING'
  if (plan.victims.some((o) => o !== 'XK' && o !== 'AL'))
    return rng.chance(0.85) ? 'SEXUAL' : 'FORCED_LABOUR'
  const forms: Form[] = ['SEXUAL', 'FORCED_BEGGING', 'FORCED_LABOUR', 'FORCED_CRIMINALITY']
  return forms[rng.index([78, 10, 9, 3])] as Form
}

/** A person who is not a suspect, aged `age` when the case opened. */
function bystander(
  ctx: CaseCtx,
  category: 'CONTACT' | 'POTENTIAL_VICTIM',
  style: [NameStyle, string],
  sex: 'MALE' | 'FEMALE',
  age: number,
  src: SourceRef,
): Actor {
  const [s, nationality] = style
  const handling = category === 'POTENTIAL_VICTIM' ? { handling: 'H2' } : {}
  const a = ctx.person({
    category,
    style: s,
    nationality,
    sex,
    age,
    ageOn: ctx.opened,
    src,
    validFrom: ctx.opened,
    ...handling,
  })
  ctx.others.push(a)
  return a
}

/** Contacts: relatives, drivers, acquaintances who talk to the crew. */
function contacts(ctx: CaseCtx, crew: Crew, n: number, src: SourceRef): string[] {
  const phones: string[] = []
  for (let i = 0; i < n; i++) {
    const style = localStyle(ctx)
    const c = bystander(
      ctx,
      'CONTACT',
      style,
      ctx.rng.chance(0.8) ? 'MALE' : 'FEMALE',
      ctx.rng.int(20, 60),
      src,
    )
    ctx.phones(c, 1, style[1], src, ctx.opened)
    if (ctx.rng.chance(0.5)) ctx.link('ASSOCIATE', ctx.rng.pick(crew.members).id, c.id, src)
    phones.push(...c.phones)
  }
  return phones
}

export function trafficking(ctx: CaseCtx, s: VictimSources, record: () => SourceRef): Crew {
  const { rng, plan, world } = ctx
  const form = chooseForm(ctx)
  const thb = plan.offence !== 'FACILITATION'
  let [style, nationality] = localStyle(ctx)
  if (form === 'FORCED_BEGGING' && plan.victims.includes('AL') && rng.chance(0.7))
    [style, nationality] = ['ALBANIAN', 'AL']
  // Begging is mostly run by families, too few to count as a group.
  const wanted = form === 'FORCED_BEGGING' ? rng.int(2, 4) : 4 + rng.index(GROUP_SIZE)
  const size = thb
    ? Math.min(12, Math.max(plan.arrests + rng.int(0, 1), wanted))
    : Math.max(plan.arrests, rng.int(1, 3))
  const kinds: number[] = []
  if (form === 'SEXUAL' && (!thb || rng.chance(0.85))) kinds.push(rng.index([3, 3, 2, 2]))
  if (form === 'SEXUAL' && rng.chance(0.15)) kinds.push(rng.pick([0, 2, 3]))
  if (form === 'FORCED_LABOUR') kinds.push(rng.pick([1, 6]))
  if (plan.victims.some((o) => o !== 'XK') && rng.chance(0.2)) kinds.push(rng.pick([4, 5]))
  const crew = buildCrew(ctx, {
    size,
    style,
    nationality,
    group: size >= 4,
    businesses: kinds,
    src: s.report,
  })
  addAssets(ctx, crew, form === 'FORCED_BEGGING' ? 1 : rng.index([3, 5, 2]), record())

  const venue = crew.businesses.find((b) => b.kind !== 'car rental' && b.kind !== 'travel agency')
  let place: Place
  if (form === 'FORCED_BEGGING' || form === 'FORCED_CRIMINALITY') {
    const town = rng.pick(BIG_TOWNS)
    place = { loc: world.municipality.get(town) as string, label: `the streets of ${town}` }
  } else if (venue) {
    place = { loc: venue.loc, label: venue.label, org: venue.id }
  } else {
    place = { loc: ctx.address(nearby(rng, ctx.home), s.report), label: 'a rented apartment' }
  }
  for (const origin of plan.victims) addVictim(ctx, crew, origin, form, place, s)
  if (plan.victims.length === 0) {
    // Women found at the place whose situation shows trafficking indicators.
    for (let i = 1 + rng.index([3, 1]); i > 0; i--) {
      const pv = bystander(
        ctx,
        'POTENTIAL_VICTIM',
        rng.chance(0.7) ? localStyle(ctx) : foreignStyle(ctx),
        'FEMALE',
        rng.int(16, 30),
        s.report,
      )
      if (place.org) ctx.link('EMPLOYED_BY', pv.id, place.org, s.report)
      ctx.link('SEEN_AT', pv.id, place.loc, s.report, {}, { validFrom: isoDate(ctx.opened) })
    }
  }
  const outside = contacts(ctx, crew, rng.index([6, 3, 1]), s.report)
  addCalls(ctx, crew, outside, s.intercept())
  addPayments(ctx, crew, record())
  return crew
}

/** Persons exercising prostitution (an offence under the code then in force), and clients. */
export function prostitution(ctx: CaseCtx, s: VictimSources): void {
  const { rng, plan } = ctx
  const ad = ctx.source('advert', ctx.opened - rng.int(1, 30), rng.pick(['F6', 'C3']))
  const place = ctx.address(nearby(rng, ctx.home), s.report)
  const seen = { validFrom: isoDate(ctx.opened) }
  const women: Actor[] = []
  for (let i = Math.max(plan.arrests, rng.int(1, 3)); i > 0; i--) {
    const [style, nationality] = rng.chance(0.25) ? foreignStyle(ctx) : localStyle(ctx)
    const w = suspect(ctx, {
      style,
      nationality,
      sex: 'FEMALE',
      age: rng.int(19, 40),
      role: 'OTHER',
      src: s.report,
    })
    if (nationality === 'XK') ctx.livesAt(w, nearby(rng, ctx.home), s.report)
    ctx.phones(w, 1, 'XK', ad, ctx.opened)
    ctx.link('SEEN_AT', w.id, place, s.report, {}, seen)
    women.push(w)
  }
  for (let i = 1 + rng.index([3, 1]); i > 0; i--) {
    const client = bystander(ctx, 'CONTACT', ['ALBANIAN', 'XK'], 'MALE', rng.int(20, 65), s.report)
    ctx.phones(client, 1, 'XK', s.report, ctx.opened)
    ctx.link('SEEN_AT', client.id, place, s.report, {}, seen)
    const [from, to] = [client.phones[0], rng.pick(women).phones[0]]
    if (from && to)
      for (let k = rng.int(1, 3); k > 0; k--)
        call(ctx, from, to, ctx.opened - rng.int(0, 20), s.intercept())
  }
  if (rng.chance(0.3)) {
    const pv = bystander(
      ctx,
      'POTENTIAL_VICTIM',
      foreignStyle(ctx),
      'FEMALE',
      rng.int(17, 28),
      s.report,
    )
    ctx.link('SEEN_AT', pv.id, place, s.report, {}, seen)
  }
}

/** Other offences: mostly smuggling of migrants and forged documents across a border. */
export function otherOffence(ctx: CaseCtx, s: VictimSources, record: () => SourceRef): Crew {
  const { rng, plan, world } = ctx
  const [style, nationality] = localStyle(ctx)
  const size = Math.max(plan.arrests, rng.int(1, 3))
  const crew = buildCrew(ctx, {
    size,
    style,
    nationality,
    group: false,
    businesses: [],
    src: s.report,
  })
  addAssets(ctx, crew, rng.chance(0.6) ? 1 : 0, record())
  const x = rng.pick(CROSSINGS.slice(0, CROSSINGS.length - 1))
  const [what, key] = rng.pick([
    ['Migrants hidden in a vehicle', 'MIGRANTS_HIDDEN_AT'],
    ['Forged travel documents', 'FORGED_DOCUMENTS_AT'],
    ['Forged work permits for Western Europe', 'FORGED_PERMITS_AT'],
  ] as const)
  const loc = world.crossing.get(x.name) as string
  const ev = ctx.event(
    'BORDER_CROSSING',
    `${what} at ${x.name}`,
    ctx.opened - rng.int(0, 20),
    loc,
    s.report,
    { stage: 'TRANSIT', description: what, label: { key, args: [`@${loc}`] } },
  )
  for (const m of crew.members) ctx.link('INVOLVED_IN', m.id, ev, s.report, { role: 'TRANSPORTER' })
  for (const v of crew.vehicles) ctx.link('INVOLVED_IN', v, ev, s.report, { role: 'OTHER' })
  addCalls(ctx, crew, contacts(ctx, crew, rng.index([7, 3]), s.report), s.intercept())
  return crew
}
