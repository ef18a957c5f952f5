/**
 * One case under construction: its random stream, records, members (for PART_OF_CASE), sources,
 * and builders for the persons, phones and addresses its facts hang on.
 */
import type { LinkKind, PersonCategory, StoredProps } from '@htwb/graph'
import { birthDateForAge, dayOf, isoDate } from './dates.ts'
import { inventAddress, type Municipality } from './gazetteer.ts'
import { identifiers, imei, phoneNumber } from './identity.ts'
import { aliasesFor, personName, type NameStyle, type PersonName, type Sex } from './names.ts'
import type { Provenance } from '@htwb/graph'
import type { CasePlan } from './plan.ts'
import type { Rng } from './random.ts'
import { RECORDERS, provFrom, type ProvOptions, type Sink, type SourceRef } from './sink.ts'
import type { World } from './world.ts'

export interface Actor {
  id: string
  name: PersonName
  sex: Sex
  style: NameStyle
  nationality: string
  dob: string
  phones: string[]
  /** Location id of the home address, if known. */
  home: string | null
  role: string
}

export interface PersonSpec {
  category: PersonCategory
  style: NameStyle
  sex: Sex
  nationality: string
  /** Age in years on `ageOn` (a day). */
  age: number
  ageOn: number
  src: SourceRef
  validFrom: number
  last?: string
  handling?: string
  role?: string
}

/** The data set ends with 2019; nothing is known to have ended after that. */
const LAST_DAY = dayOf(2019, 12, 31)

/** The derived label of each kind of source: its title, translated, and its reference. */
const SOURCE_LABELS = {
  report: 'POLICE_REPORT',
  registry: 'REGISTRY_EXTRACTS',
  intercept: 'CALL_RECORDS',
  victims: 'VICTIM_STATEMENTS',
  witnesses: 'WITNESS_STATEMENTS',
  informant: 'INFORMANT_REPORT',
  advert: 'ONLINE_ADVERTISEMENT',
  filing: 'CRIMINAL_REPORT_FILED',
  judgment: 'JUDGMENT',
} as const

/** The kinds of source a case draws on: [sourceType, title, description]. */
const SOURCES = {
  report: ['REPORT', 'Police report', 'Initial report of the case'],
  registry: [
    'RECORD',
    'Registry extracts',
    'Civil, business, vehicle and cadastre registry extracts',
  ],
  intercept: ['INTERCEPT', 'Call records', 'Operator call records and court-ordered interception'],
  victims: ['STATEMENT', 'Victim statements', 'Statements of victims after identification'],
  witnesses: ['STATEMENT', 'Witness statements', 'Statements of witnesses'],
  informant: ['REPORT', 'Informant report', 'Report of a registered informant'],
  advert: ['OPEN_SOURCE', 'Online advertisement', 'Escort advertisement listing phone numbers'],
  filing: [
    'DOCUMENT',
    'Criminal report',
    'Criminal report filed with the Basic Prosecution Office',
  ],
  judgment: ['DOCUMENT', 'Judgment', 'Judgment of the Basic Court'],
} as const
export type SourceKind = keyof typeof SOURCES

export interface EventFields {
  stage?: string | null
  description?: string
  exploitationForm?: string | null
  /** A name built from other records at read time (server modules/labels), see `label`. */
  label?: Label
}

/**
 * A derived name: a template key and its arguments, `@<id>` for a record (a victim, a crossing)
 * and text otherwise. The server renders it for each viewer from the records as they may see
 * them, and the client in their language; the stored `name` names no one, so that no id or name
 * of a person sits in another record's text.
 */
export interface Label {
  key: string
  args: string[]
}

/** The event words of each label in Albanian and Serbian, so search finds them in any language. */
const LABEL_WORDS: Record<string, string[]> = {
  RECRUITMENT_OF: ['Rekrutimi', 'Vrbovanje'],
  TRANSPORT_OF: ['Transportimi', 'Prevoz'],
  CROSSED_AT: ['Kalimi i kufirit', 'Prelazak granice'],
  EXPLOITATION_OF: ['Shfrytëzimi', 'Eksploatacija'],
  IDENTIFICATION_OF: ['Identifikimi', 'Identifikacija'],
  ARREST_OF: ['Arrestimi', 'Hapšenje'],
  CONVICTION_OF: ['Dënimi', 'Osuda'],
  CRIMINAL_REPORT: ['Kallëzim penal', 'Krivična prijava'],
  CASH_SEIZED_FROM: ['Para të sekuestruara', 'Oduzet novac'],
  MIGRANTS_HIDDEN_AT: ['Migrantë të fshehur', 'Skriveni migranti'],
  FORGED_DOCUMENTS_AT: ['Dokumente udhëtimi të falsifikuara', 'Falsifikovane putne isprave'],
  FORGED_PERMITS_AT: ['Leje pune të falsifikuara', 'Falsifikovane radne dozvole'],
  POLICE_REPORT: ['Raport policor', 'Policijski izveštaj'],
  REGISTRY_EXTRACTS: ['Ekstrakte regjistri', 'Izvodi iz registara'],
  CALL_RECORDS: ['Të dhëna thirrjesh', 'Evidencija poziva'],
  VICTIM_STATEMENTS: ['Deklarata të viktimave', 'Izjave žrtava'],
  WITNESS_STATEMENTS: ['Deklarata të dëshmitarëve', 'Izjave svedoka'],
  INFORMANT_REPORT: ['Raport i informatorit', 'Izveštaj informatora'],
  ONLINE_ADVERTISEMENT: ['Reklamë në internet', 'Oglas na internetu'],
  CRIMINAL_REPORT_FILED: ['Kallëzim penal', 'Krivična prijava'],
  JUDGMENT: ['Aktgjykim', 'Presuda'],
}

/** The stored properties of a derived name (`labelFor`: the name it stands in for) and its search words. */
export function labelProps(name: string, label: Label | undefined) {
  if (!label) return { props: {}, search: [] as string[] }
  return {
    props: { labelKey: label.key, labelArgs: label.args, labelFor: name },
    search: LABEL_WORDS[label.key] ?? [],
  }
}

export class CaseCtx {
  readonly members: string[] = []
  private readonly seen = new Set<string>()
  private sources = 0
  readonly suspects: Actor[] = []
  readonly others: Actor[] = []

  constructor(
    readonly rng: Rng,
    readonly sink: Sink,
    readonly world: World,
    readonly plan: CasePlan,
    readonly caseNumber: string,
    readonly codename: string,
    readonly opened: number,
    readonly home: Municipality,
  ) {}

  /** Marks an entity as part of this case. */
  add(id: string): string {
    if (!this.seen.has(id)) {
      this.seen.add(id)
      this.members.push(id)
    }
    return id
  }

  prov(src: SourceRef, o?: ProvOptions): Provenance {
    return provFrom(this.rng, src, o)
  }

  /** A link whose provenance comes from `src`. */
  link(
    kind: LinkKind,
    from: string,
    to: string,
    src: SourceRef,
    props: StoredProps = {},
    o?: ProvOptions,
  ): string {
    return this.sink.link(kind, from, to, props, this.prov(src, o))
  }

  /** An Event of this case on a day, LOCATED_AT `loc` (which joins the case too). */
  event(
    eventType: string,
    name: string,
    day: number,
    loc: string,
    src: SourceRef,
    f: EventFields = {},
  ): string {
    const label = labelProps(name, f.label)
    const props = {
      eventType,
      date: isoDate(day),
      stage: f.stage ?? null,
      description: f.description ?? null,
      exploitationForm: f.exploitationForm ?? null,
      ...label.props,
    }
    const id = this.add(
      this.sink.node(
        'Event',
        name,
        label.search,
        props,
        this.prov(src, { validFrom: isoDate(day) }),
      ),
    )
    this.link('LOCATED_AT', id, this.add(loc), src)
    return id
  }

  /**
   * A Source node of a kind in SOURCES; it cites itself, being where its own facts come from. It
   * belongs to the case it serves: its reference carries the case number, which only the case's
   * team may see.
   */
  source(kind: SourceKind, day: number, grading: string, handling = 'H0'): SourceRef {
    const [type, title, description] = SOURCES[kind]
    this.sources++
    const id = this.sink.newId('Source')
    const reference = `${this.caseNumber}/${type.charAt(0)}${this.sources}`
    const recordedBy = this.rng.pick(RECORDERS.slice(1))
    const ref = {
      id,
      day,
      reliability: grading.charAt(0),
      credibility: Number(grading.charAt(1)),
      handling,
      recordedBy,
    }
    const p = {
      ...this.prov(ref),
      reliability: ref.reliability,
      credibility: ref.credibility,
      validFrom: isoDate(day),
    }
    const props = { sourceType: type, reference, date: isoDate(day), description }
    const name = `${title} ${reference}`
    const label = labelProps(name, { key: SOURCE_LABELS[kind], args: [reference] })
    this.sink.node(
      'Source',
      name,
      [reference, ...label.search],
      { ...props, ...label.props },
      p,
      id,
    )
    this.add(id)
    return ref
  }

  /** A new street address in a municipality; returns the Location id. */
  address(mu: Municipality, src: SourceRef, validFrom: number | null = null): string {
    const a = inventAddress(this.rng, mu)
    const props = {
      locType: 'ADDRESS',
      address: a.address,
      municipality: mu.sq,
      country: 'XK',
      point: { lat: a.lat, lon: a.lon },
    }
    const id = this.sink.node(
      'Location',
      a.address,
      [mu.sr],
      props,
      this.prov(src, { validFrom: validFrom === null ? null : isoDate(validFrom) }),
    )
    return this.add(id)
  }

  /** A phone used by `owner` from `from` (a day); occasionally dropped later. */
  phone(owner: string, country: string, src: SourceRef, from: number): string {
    const number = phoneNumber(this.rng, country)
    const serial = this.rng.chance(0.5) ? imei(this.rng) : null
    const dropped = from + this.rng.int(60, 700)
    const validTo = this.rng.chance(0.2) && dropped < LAST_DAY ? isoDate(dropped) : null
    const id = this.sink.node(
      'Phone',
      number,
      [serial],
      { number, imei: serial },
      this.prov(src, { validFrom: isoDate(from) }),
    )
    this.sink.link(
      'USES_PHONE',
      owner,
      id,
      {},
      this.prov(src, { validFrom: isoDate(from), validTo }),
    )
    return this.add(id)
  }

  person(s: PersonSpec): Actor {
    const rng = this.rng
    const n = personName(rng, s.style, s.sex)
    if (s.last) n.last = s.last
    const dob = birthDateForAge(rng, s.ageOn, s.age)
    const suspect = s.category === 'SUSPECT' || s.category === 'CONVICTED'
    const aliases = aliasesFor(rng, s.style, n, { suspect })
    const ids = identifiers(rng, s.nationality, dob, s.sex)
    const props = {
      firstName: n.first,
      lastName: n.last,
      aliases,
      dateOfBirth: dob,
      gender: s.sex,
      nationality: s.nationality,
      category: s.category,
      identifiers: ids,
    }
    const prov = this.prov(s.src, {
      validFrom: isoDate(s.validFrom),
      ...(s.handling ? { handling: s.handling } : {}),
    })
    const id = this.add(
      this.sink.node('Person', `${n.first} ${n.last}`, [...aliases, ...ids], props, prov),
    )
    return {
      id,
      name: n,
      sex: s.sex,
      style: s.style,
      nationality: s.nationality,
      dob,
      phones: [],
      home: null,
      role: s.role ?? 'OTHER',
    }
  }

  /** LIVES_AT a new or given address. */
  livesAt(a: Actor, mu: Municipality, src: SourceRef, loc?: string): string {
    const id = loc ?? this.address(mu, src)
    a.home = id
    this.sink.link(
      'LIVES_AT',
      a.id,
      id,
      {},
      this.prov(src, { validFrom: isoDate(this.opened - this.rng.int(30, 2000)) }),
    )
    return id
  }

  /** Gives an actor `n` phones of a country. */
  phones(a: Actor, n: number, country: string, src: SourceRef, from: number): void {
    for (let i = 0; i < n; i++)
      a.phones.push(this.phone(a.id, country, src, from - this.rng.int(0, 400)))
  }
}
