/**
 * Reference data emitted once before the cases (gazetteer, institutions, shelters), and the
 * bounded memory of recent cases that lets later cases link back to earlier ones.
 */
import { dayOf, isoDate } from './dates.ts'
import {
  CITIES,
  CROSSINGS,
  MUNICIPALITIES,
  bilingual,
  inventAddress,
  type Municipality,
} from './gazetteer.ts'
import { Rng } from './random.ts'
import { provFrom, type Ids, Sink, type SourceRef } from './sink.ts'

export interface Institution {
  id: string
  name: string
  ngo: boolean
  shelter: boolean
}

export interface World {
  municipality: Map<string, string>
  city: Map<string, string>
  crossing: Map<string, string>
  police: string
  shelters: readonly Institution[]
  recent: Recent
}

/** A ring buffer: the last `cap` items, oldest dropped first. */
export class Ring<T> {
  private readonly items: T[] = []
  private at = 0
  constructor(private readonly cap: number) {}
  push(item: T): void {
    if (this.items.length < this.cap) this.items.push(item)
    else this.items[this.at] = item
    this.at = (this.at + 1) % this.cap
  }
  get list(): readonly T[] {
    return this.items
  }
}

export interface RecentGroup {
  orgId: string
  leaderId: string
  leaderPhone: string | null
  plate: string
}

/** Ids from recent cases, for cross-case associations, calls and recurring groups. */
export class Recent {
  readonly groups = new Ring<RecentGroup>(40)
  readonly suspects = new Ring<string>(300)
  readonly phones = new Ring<string>(300)
}

const INSTITUTIONS: ReadonlyArray<{
  name: string
  aliases: string[]
  type: 'INSTITUTION' | 'NGO'
  mu: string
  shelter?: true
}> = [
  {
    name: 'Kosovo Police – Directorate for Investigation of Trafficking in Human Beings',
    aliases: ['Drejtoria për Hetimin e Trafikimit me Qenie Njerëzore', 'DHTQNJ', 'IDHT'],
    type: 'INSTITUTION',
    mu: 'Prishtinë',
  },
  {
    name: 'Kosovo Police – International Law Enforcement Cooperation Unit',
    aliases: ['ILECU', 'Njësia për Bashkëpunim Ndërkombëtar në Zbatim të Ligjit'],
    type: 'INSTITUTION',
    mu: 'Prishtinë',
  },
  {
    name: 'Office of the National Anti-Trafficking Coordinator',
    aliases: ['Zyra e Koordinatorit Kombëtar kundër Trafikimit me Njerëz', 'NATC'],
    type: 'INSTITUTION',
    mu: 'Prishtinë',
  },
  {
    name: 'Victim Advocacy and Assistance Office',
    aliases: ['Zyra për Mbrojtjen dhe Ndihmën e Viktimave', 'VAAO'],
    type: 'INSTITUTION',
    mu: 'Prishtinë',
  },
  {
    name: 'Interim Security Facility (state shelter)',
    aliases: ['Strehimorja e Përkohshme e Sigurisë', 'ISF'],
    type: 'INSTITUTION',
    mu: 'Prishtinë',
    shelter: true,
  },
  {
    name: 'Shtëpia e Sigurt "Lulebora"',
    aliases: ['Lulebora shelter'],
    type: 'NGO',
    mu: 'Prizren',
    shelter: true,
  },
  {
    name: 'Qendra "Drita e Re" (NGO shelter)',
    aliases: ['Drita e Re'],
    type: 'NGO',
    mu: 'Gjakovë',
    shelter: true,
  },
  {
    name: 'Fondacioni "Zëri i Fëmijëve"',
    aliases: ["Children's Voice Foundation"],
    type: 'NGO',
    mu: 'Pejë',
    shelter: true,
  },
  {
    name: 'Ministry of Labour and Social Welfare',
    aliases: ['Ministria e Punës dhe Mirëqenies Sociale', 'MLSW', 'MPMS'],
    type: 'INSTITUTION',
    mu: 'Prishtinë',
  },
]

/** The reference records and the lookups cases use to point at them. */
export function buildWorld(seed: number, ids: Ids): { world: World; sink: Sink } {
  const rng = new Rng(seed, 0x3e5)
  const sink = new Sink(ids)
  const srcId = sink.newId('Source')
  const src: SourceRef = {
    id: srcId,
    day: dayOf(2011, 1, 3),
    reliability: 'A',
    credibility: 1,
    handling: 'H0',
    recordedBy: 'seed.import',
  }
  const prov = () => provFrom(rng, src)
  sink.node(
    'Source',
    'Reference data: gazetteer and institutions',
    ['REF-GAZ-2011'],
    {
      sourceType: 'OPEN_SOURCE',
      reference: 'REF-GAZ-2011',
      date: isoDate(src.day),
      description: 'Municipalities, regional cities, border crossings, institutions and shelters.',
    },
    prov(),
    srcId,
  )
  const municipality = new Map<string, string>()
  for (const mu of MUNICIPALITIES) {
    const id = sink.node(
      'Location',
      bilingual(mu),
      [mu.sq, mu.sr],
      {
        locType: 'MUNICIPALITY',
        address: null,
        municipality: mu.sq,
        country: 'XK',
        point: { lat: mu.lat, lon: mu.lon },
      },
      prov(),
    )
    municipality.set(mu.sq, id)
  }
  const city = new Map<string, string>()
  for (const c of CITIES) {
    city.set(
      c.name,
      sink.node(
        'Location',
        c.name,
        c.alt,
        {
          locType: 'CITY',
          address: null,
          municipality: null,
          country: c.country,
          point: { lat: c.lat, lon: c.lon },
        },
        prov(),
      ),
    )
  }
  const crossing = new Map<string, string>()
  for (const x of CROSSINGS) {
    crossing.set(
      x.name,
      sink.node(
        'Location',
        x.name,
        x.alt,
        {
          locType: 'BORDER_CROSSING',
          address: null,
          municipality: null,
          country: 'XK',
          point: { lat: x.lat, lon: x.lon },
        },
        prov(),
      ),
    )
  }
  const byName = new Map(MUNICIPALITIES.map((mu) => [mu.sq, mu] as const))
  const orgs: Institution[] = []
  for (const inst of INSTITUTIONS) {
    const id = sink.node(
      'Organization',
      inst.name,
      inst.aliases,
      { orgType: inst.type, registrationNumber: null, aliases: inst.aliases, country: 'XK' },
      prov(),
    )
    const a = inventAddress(rng, byName.get(inst.mu) as Municipality)
    const loc = sink.node(
      'Location',
      a.address,
      [a.municipality.sr],
      {
        locType: 'ADDRESS',
        address: a.address,
        municipality: a.municipality.sq,
        country: 'XK',
        point: { lat: a.lat, lon: a.lon },
      },
      prov(),
    )
    sink.link('LOCATED_AT', id, loc, {}, prov())
    orgs.push({ id, name: inst.name, ngo: inst.type === 'NGO', shelter: inst.shelter === true })
  }
  // Yearly grants from the ministry to the NGO shelters.
  const ministry = orgs[orgs.length - 1] as Institution
  for (const shelter of orgs.filter((o) => o.shelter && o.ngo)) {
    for (let year = 2011; year <= 2019; year++) {
      const day = dayOf(year, 3, rng.int(1, 28))
      const p = provFrom(rng, { ...src, day }, { validFrom: isoDate(day) })
      sink.link(
        'PAID',
        ministry.id,
        shelter.id,
        { amount: rng.int(18, 60) * 1000, currency: 'EUR', at: `${isoDate(day)}T10:00:00.000Z` },
        p,
      )
    }
  }
  const police = (orgs[0] as Institution).id
  return {
    world: {
      municipality,
      city,
      crossing,
      police,
      shelters: orgs.filter((o) => o.shelter),
      recent: new Recent(),
    },
    sink,
  }
}
