/**
 * Victims and their trafficking chain: recruitment, transport (and border crossing), exploitation
 * and identification events; RECRUITED, TRANSPORTED, EXPLOITED and CONTROLLED links from the crew.
 */
import { paid } from './assets.ts'
import type { Actor, CaseCtx, EventFields } from './context.ts'
import { call, suspect, type Crew } from './crew.ts'
import { dayIn, daySeconds, isoDate, isoDateTime } from './dates.ts'
import { CROSSINGS, MUNICIPALITIES, ORIGIN_CITIES, crossingToward, nearby } from './gazetteer.ts'
import {
  ABROAD,
  CONTROL,
  FOREIGN_METHODS,
  FORM_LABEL,
  METHODS,
  STYLE,
  TRANSIT,
  type Form,
} from './forms.ts'
import type { SourceRef } from './sink.ts'

export type { Form } from './forms.ts'
import type { Origin } from './targets.ts'

/** Where victims are exploited: a front business, an apartment, a street. */
export interface Place {
  loc: string
  label: string
  /** The business, when it is one; INVOLVED_IN the exploitation as FACILITATOR. */
  org?: string
}

export interface VictimSources {
  report: SourceRef
  intercept: () => SourceRef
  /** The case's victim statements, taken as victims are identified. */
  statements: () => SourceRef
}

const byRole = (ctx: CaseCtx, crew: Crew, role: string): Actor => {
  const found = crew.members.filter((m) => m.role === role)
  return found.length > 0 ? ctx.rng.pick(found) : crew.leader
}

/** One recruiter in the victims' country per case and origin, a member of the group. */
function foreignRecruiter(ctx: CaseCtx, crew: Crew, origin: Origin, src: SourceRef): Actor {
  const have = crew.members.find((m) => m.nationality === origin && m.role === 'RECRUITER')
  if (have) return have
  const sex = ctx.rng.chance(0.4) ? 'FEMALE' : 'MALE'
  const r = suspect(ctx, {
    style: STYLE[origin],
    nationality: origin,
    age: ctx.rng.int(25, 50),
    role: 'RECRUITER',
    src,
    sex,
  })
  ctx.phones(r, 1, origin, src, ctx.opened)
  if (crew.groupId) ctx.link('MEMBER_OF', r.id, crew.groupId, src, { role: 'RECRUITER' })
  else ctx.link('ASSOCIATE', crew.leader.id, r.id, src)
  crew.members.push(r)
  return r
}

export function addVictim(
  ctx: CaseCtx,
  crew: Crew,
  origin: Origin,
  form: Form,
  place: Place,
  s: VictimSources,
): Actor {
  const { rng, world } = ctx
  const year = ctx.plan.year
  const foreign = origin !== 'XK'
  // Minors are a growing share of domestic victims (strategy, ch. IV); begging victims are children.
  const minorShare = {
    SEXUAL: foreign ? 0.15 : 0.33 + 0.03 * (year - 2011),
    FORCED_BEGGING: 1,
    FORCED_CRIMINALITY: 0.5,
    FORCED_LABOUR: 0.12,
  }[form]
  const minor = rng.chance(minorShare)
  const age =
    form === 'FORCED_BEGGING'
      ? rng.int(6, 15)
      : minor
        ? rng.int(13, 17)
        : form === 'FORCED_LABOUR'
          ? rng.int(18, 45)
          : rng.int(18, 32)
  const female = rng.chance(
    { SEXUAL: 0.95, FORCED_LABOUR: 0.25, FORCED_BEGGING: 0.5, FORCED_CRIMINALITY: 0.5 }[form],
  )
  const identDay = dayIn(rng, year, ctx.opened - 40, ctx.opened + 150)
  const exploitDay = identDay - rng.int(20, 400)
  const transportDay = exploitDay - rng.int(0, 7)
  const recruitDay = transportDay - rng.int(1, 60)
  const stmt = s.statements()
  const family = form === 'FORCED_BEGGING' && rng.chance(0.6)
  const exploiter = form === 'FORCED_BEGGING' ? crew.leader : byRole(ctx, crew, 'EXPLOITER')
  const style = origin === 'XK' && ctx.home.serbian ? 'SERBIAN' : STYLE[origin]
  const v = ctx.person({
    category: 'VICTIM',
    style,
    sex: female ? 'FEMALE' : 'MALE',
    nationality: origin,
    age,
    ageOn: exploitDay,
    src: stmt,
    validFrom: identDay,
    handling: minor ? 'H3' : stmt.handling,
    ...(family ? { last: exploiter.name.last } : {}),
  })
  const homeMu = foreign ? null : nearby(rng, rng.chance(0.5) ? ctx.home : rng.pick(MUNICIPALITIES))
  if (homeMu) ctx.livesAt(v, homeMu, stmt)
  if (family) {
    ctx.link('FAMILY', exploiter.id, v.id, stmt, {
      relation: rng.chance(0.6) ? 'CHILD' : 'RELATIVE',
    })
  } else if (minor && !foreign && rng.chance(0.3)) {
    const sex = rng.chance(0.5) ? 'FEMALE' : 'MALE'
    const parentAge = age + rng.int(20, 35)
    const parent = ctx.person({
      category: 'CONTACT',
      style,
      sex,
      nationality: origin,
      age: parentAge,
      ageOn: identDay,
      src: stmt,
      validFrom: identDay,
    })
    ctx.link('FAMILY', parent.id, v.id, stmt, { relation: 'CHILD' })
    if (v.home) ctx.livesAt(parent, ctx.home, stmt, v.home)
  }
  const event = (type: string, name: string, day: number, loc: string, f: EventFields) => {
    const id = ctx.event(type, name, day, loc, stmt, f)
    ctx.link('INVOLVED_IN', v.id, id, stmt, { role: 'VICTIM' })
    return id
  }
  const involve = (who: Actor | string, ev: string, role: string) =>
    ctx.link('INVOLVED_IN', typeof who === 'string' ? who : who.id, ev, stmt, { role })
  // Event names name no one: who took part is a label built at read time from the victim's own
  // record (a pseudonym for her), never her id or name in the event's text.
  const at = (day: number) => isoDateTime(day, daySeconds(rng))

  // Recruitment, at home or in the country of origin.
  const abroadRecruiter = foreign && form !== 'FORCED_BEGGING'
  const recruiter = abroadRecruiter
    ? foreignRecruiter(ctx, crew, origin, s.report)
    : byRole(ctx, crew, 'RECRUITER')
  const method = rng.weighted(Object.entries(abroadRecruiter ? FOREIGN_METHODS : METHODS[form]))
  const recruitLoc = foreign
    ? world.city.get(rng.pick(ORIGIN_CITIES[origin] ?? ['Tirana']))
    : world.municipality.get((homeMu ?? ctx.home).sq)
  const how = `Recruited (${method.toLowerCase().replace(/_/g, ' ')})`
  const rev = event('RECRUITMENT', 'Recruitment of a victim', recruitDay, recruitLoc as string, {
    stage: 'RECRUITMENT',
    description: how,
    label: { key: 'RECRUITMENT_OF', args: [`@${v.id}`] },
  })
  involve(recruiter, rev, 'RECRUITER')
  ctx.link('RECRUITED', recruiter.id, v.id, stmt, {
    recruitmentMethod: method,
    stage: 'RECRUITMENT',
    at: at(recruitDay),
  })
  if (recruiter !== crew.leader && rng.chance(0.6))
    paid(ctx, crew.leader.id, recruiter.id, [20, 250], recruitDay + rng.int(1, 20), stmt)

  // Transport; Kosovar victims taken abroad and foreign victims cross a border.
  const abroad = !foreign && form === 'SEXUAL' && !minor && rng.chance(0.12)
  const transporter = byRole(ctx, crew, 'TRANSPORTER')
  const exploitLoc = abroad ? (world.city.get(rng.pick(ABROAD)) as string) : place.loc
  const transitLoc = foreign
    ? (world.city.get(rng.pick(TRANSIT[origin] ?? ['Skopje'])) as string)
    : exploitLoc
  const route = abroad
    ? 'Taken abroad by car and plane'
    : foreign
      ? 'Brought to Kosovo by road'
      : 'Driven to the place of exploitation'
  const tev = event('TRANSPORT', 'Transport of a victim', transportDay, transitLoc, {
    stage: 'TRANSIT',
    description: route,
    label: { key: 'TRANSPORT_OF', args: [`@${v.id}`] },
  })
  involve(transporter, tev, 'TRANSPORTER')
  const car = crew.vehicles.length > 0 && rng.chance(0.7) ? rng.pick(crew.vehicles) : null
  if (car) involve(car, tev, 'OTHER')
  ctx.link('TRANSPORTED', transporter.id, v.id, stmt, { stage: 'TRANSIT', at: at(transportDay) })
  if (foreign || abroad) {
    const x = abroad
      ? (CROSSINGS[CROSSINGS.length - 1] ?? crossingToward(rng, 'MK'))
      : crossingToward(rng, origin)
    const xloc = world.crossing.get(x.name) as string
    const description = abroad ? 'Exit recorded at the border' : 'Entry recorded at the border'
    const xev = event(
      'BORDER_CROSSING',
      `A victim crossed at ${x.name}`,
      transportDay + rng.int(0, 2),
      xloc,
      {
        stage: 'TRANSIT',
        description,
        label: { key: 'CROSSED_AT', args: [`@${v.id}`, `@${xloc}`] },
      },
    )
    involve(transporter, xev, 'TRANSPORTER')
    if (car) ctx.link('SEEN_AT', car, xloc, stmt, {}, { validFrom: isoDate(transportDay) })
  }

  // Exploitation and control, until identification.
  const controller = byRole(ctx, crew, 'CONTROLLER')
  const what = `${FORM_LABEL[form]} ${abroad ? 'abroad' : `at ${place.label}`}`
  const eev = event('EXPLOITATION', `${FORM_LABEL[form]} of a victim`, exploitDay, exploitLoc, {
    stage: 'EXPLOITATION',
    description: what,
    exploitationForm: form,
    label: { key: 'EXPLOITATION_OF', args: [`@${v.id}`, form] },
  })
  involve(exploiter, eev, 'EXPLOITER')
  if (controller !== exploiter) involve(controller, eev, 'CONTROLLER')
  if (place.org && !abroad) involve(place.org, eev, 'FACILITATOR')
  const during = { validFrom: isoDate(exploitDay), validTo: isoDate(identDay) }
  ctx.link(
    'EXPLOITED',
    exploiter.id,
    v.id,
    stmt,
    { exploitationForm: form, stage: 'EXPLOITATION' },
    during,
  )
  const means = rng.sample(CONTROL[form], rng.int(1, 4))
  if (abroadRecruiter && !means.includes('WITHHELD_DOCUMENTS') && rng.chance(0.6))
    means.push('WITHHELD_DOCUMENTS')
  ctx.link('CONTROLLED', controller.id, v.id, stmt, { meansOfControl: means }, during)
  if (rng.chance(0.5)) paid(ctx, v.id, controller.id, [2, 60], exploitDay + rng.int(1, 15), stmt)
  if (form === 'SEXUAL' && rng.chance(0.2)) {
    const buyer = ctx.person({
      category: 'CONTACT',
      style: rng.chance(0.85) ? 'ALBANIAN' : 'SERBIAN',
      sex: 'MALE',
      nationality: 'XK',
      age: rng.int(20, 60),
      ageOn: exploitDay,
      src: stmt,
      validFrom: identDay,
    })
    ctx.others.push(buyer)
    involve(buyer, eev, 'BUYER')
    paid(ctx, buyer.id, controller.id, [2, 10], exploitDay + rng.int(1, 60), stmt)
  }
  if (age >= 16 && rng.chance(0.3)) {
    ctx.phones(v, 1, foreign && rng.chance(0.4) ? origin : 'XK', stmt, exploitDay)
    const [cp, vp] = [controller.phones[0], v.phones[0]]
    if (cp && vp)
      for (let i = rng.int(2, 5); i > 0; i--)
        call(ctx, cp, vp, rng.int(exploitDay, identDay), s.intercept())
  }

  // Identification and referral to a shelter.
  const identLoc = abroad ? exploitLoc : (world.municipality.get(ctx.home.sq) as string)
  const found = abroad
    ? 'Identified abroad, returned through ILECU'
    : 'Identified by the Kosovo Police'
  const iev = event('IDENTIFICATION', 'Identification of a victim', identDay, identLoc, {
    description: `${found} and referred to a shelter`,
    label: { key: 'IDENTIFICATION_OF', args: [`@${v.id}`] },
  })
  involve(rng.pick(world.shelters).id, iev, 'OTHER')
  return v
}
