/**
 * Places: Kosovo's municipalities (Albanian and Serbian names, approximate WGS-84 seat
 * coordinates, rough population in thousands for weighting), regional cities of origin, transit
 * and destination, and the main border crossings. Street addresses are invented.
 */
import type { Rng } from './random.ts'

export interface Municipality {
  sq: string
  sr: string
  lat: number
  lon: number
  /** Population in thousands, roughly; weights where cases happen. */
  pop: number
  /** Licence-plate region code (01 Prishtinë … 07 Gjakovë). */
  plate: string
  /** Serbian-majority municipality: suspects there mostly carry Serbian names. */
  serbian?: true
}

const m = (
  sq: string,
  sr: string,
  lat: number,
  lon: number,
  pop: number,
  plate: string,
  serbian = false,
): Municipality =>
  serbian ? { sq, sr, lat, lon, pop, plate, serbian } : { sq, sr, lat, lon, pop, plate }

export const MUNICIPALITIES: readonly Municipality[] = [
  m('Prishtinë', 'Priština', 42.6629, 21.1655, 200, '01'),
  m('Prizren', 'Prizren', 42.2139, 20.7397, 178, '04'),
  m('Ferizaj', 'Uroševac', 42.3702, 21.1553, 108, '05'),
  m('Pejë', 'Peć', 42.6591, 20.2883, 96, '03'),
  m('Gjakovë', 'Đakovica', 42.3803, 20.4308, 95, '07'),
  m('Gjilan', 'Gnjilane', 42.4635, 21.4694, 90, '06'),
  m('Podujevë', 'Podujevo', 42.9106, 21.1933, 88, '01'),
  m('Mitrovicë', 'Mitrovica', 42.8826, 20.87, 72, '02'),
  m('Vushtrri', 'Vučitrn', 42.8231, 20.9675, 70, '02'),
  m('Suharekë', 'Suva Reka', 42.3589, 20.825, 59, '04'),
  m('Drenas', 'Glogovac', 42.6264, 20.8939, 59, '01'),
  m('Lipjan', 'Lipljan', 42.5217, 21.1253, 58, '01'),
  m('Rahovec', 'Orahovac', 42.3992, 20.6547, 56, '07'),
  m('Malishevë', 'Mališevo', 42.4828, 20.7458, 55, '04'),
  m('Skenderaj', 'Srbica', 42.7467, 20.7886, 51, '02'),
  m('Viti', 'Vitina', 42.3214, 21.3583, 47, '06'),
  m('Deçan', 'Dečani', 42.5403, 20.2886, 40, '03'),
  m('Istog', 'Istok', 42.7808, 20.4875, 39, '03'),
  m('Klinë', 'Klina', 42.6217, 20.5778, 38, '03'),
  m('Kamenicë', 'Kamenica', 42.5781, 21.5803, 36, '06'),
  m('Fushë Kosovë', 'Kosovo Polje', 42.6394, 21.0961, 35, '01'),
  m('Dragash', 'Dragaš', 42.0622, 20.6528, 34, '04'),
  m('Kaçanik', 'Kačanik', 42.2319, 21.2592, 33, '05'),
  m('Mitrovica e Veriut', 'Severna Mitrovica', 42.895, 20.865, 29, '02', true),
  m('Shtime', 'Štimlje', 42.4331, 21.0394, 27, '05'),
  m('Obiliq', 'Obilić', 42.6869, 21.0775, 21, '01'),
  m('Leposaviq', 'Leposavić', 43.1036, 20.8028, 18, '02', true),
  m('Zveçan', 'Zvečan', 42.9075, 20.8403, 17, '02', true),
  m('Zubin Potok', 'Zubin Potok', 42.9144, 20.6897, 15, '02', true),
  m('Graçanicë', 'Gračanica', 42.6, 21.1933, 11, '01', true),
  m('Hani i Elezit', 'Đeneral Janković', 42.1475, 21.2964, 10, '05'),
  m('Shtërpcë', 'Štrpce', 42.2394, 21.0272, 7, '05', true),
  m('Novobërdë', 'Novo Brdo', 42.6153, 21.4347, 7, '01', true),
  m('Junik', 'Junik', 42.4761, 20.2775, 6, '07'),
  m('Mamushë', 'Mamuša', 42.3333, 20.725, 6, '04'),
  m('Ranillug', 'Ranilug', 42.4925, 21.5992, 4, '06', true),
  m('Kllokot', 'Klokot', 42.3689, 21.3742, 3, '06', true),
  m('Partesh', 'Parteš', 42.4019, 21.4336, 2, '06', true),
]

/** Bilingual display name, as both languages are official: "Prishtinë / Priština". */
export const bilingual = (mu: Municipality): string =>
  mu.sq === mu.sr ? mu.sq : `${mu.sq} / ${mu.sr}`

export type CityRole = 'ORIGIN' | 'TRANSIT' | 'DESTINATION'
export interface City {
  name: string
  /** Local and Albanian/Serbian spellings, only for search. */
  alt: readonly string[]
  country: string
  lat: number
  lon: number
  roles: readonly CityRole[]
}

const c = (
  name: string,
  alt: string[],
  country: string,
  lat: number,
  lon: number,
  ...roles: CityRole[]
): City => ({
  name,
  alt,
  country,
  lat,
  lon,
  roles,
})

export const CITIES: readonly City[] = [
  c('Tirana', ['Tiranë', 'Tirana'], 'AL', 41.3275, 19.8187, 'ORIGIN', 'TRANSIT'),
  c('Durrës', ['Durrësi', 'Drač'], 'AL', 41.3231, 19.4414, 'ORIGIN', 'TRANSIT'),
  c('Shkodër', ['Shkodra', 'Skadar'], 'AL', 42.0683, 19.5126, 'ORIGIN'),
  c('Elbasan', ['Elbasani'], 'AL', 41.1125, 20.0822, 'ORIGIN'),
  c('Kukës', ['Kukësi'], 'AL', 42.0767, 20.4219, 'TRANSIT'),
  c('Skopje', ['Shkup', 'Скопје'], 'MK', 41.9981, 21.4254, 'TRANSIT'),
  c('Tetovo', ['Tetovë', 'Тетово'], 'MK', 42.0106, 20.9714, 'TRANSIT'),
  c('Belgrade', ['Beograd', 'Beogradi', 'Београд'], 'RS', 44.7866, 20.4489, 'TRANSIT'),
  c('Niš', ['Nish', 'Ниш'], 'RS', 43.3209, 21.8958, 'TRANSIT'),
  c('Podgorica', ['Podgoricë', 'Подгорица'], 'ME', 42.4304, 19.2594, 'TRANSIT'),
  c('Chișinău', ['Kishinev', 'Kišinjev', 'Chisinau'], 'MD', 47.0105, 28.8638, 'ORIGIN'),
  c('Bălți', ['Balti', 'Beltsy'], 'MD', 47.7617, 27.9289, 'ORIGIN'),
  c('Kyiv', ['Kiev', 'Kijev', 'Київ'], 'UA', 50.4501, 30.5234, 'ORIGIN'),
  c('Odesa', ['Odessa', 'Одеса'], 'UA', 46.4825, 30.7233, 'ORIGIN'),
  c('Bucharest', ['București', 'Bukurešt'], 'RO', 44.4268, 26.1025, 'ORIGIN', 'TRANSIT'),
  c('Iași', ['Iasi'], 'RO', 47.1585, 27.6014, 'ORIGIN'),
  c('Sofia', ['Sofja', 'София'], 'BG', 42.6977, 23.3219, 'TRANSIT'),
  c('Milan', ['Milano'], 'IT', 45.4642, 9.19, 'DESTINATION'),
  c('Munich', ['München', 'Mynih'], 'DE', 48.1351, 11.582, 'DESTINATION'),
  c('Stuttgart', ['Shtutgart'], 'DE', 48.7758, 9.1829, 'DESTINATION'),
  c('Zurich', ['Zürich', 'Cyrih'], 'CH', 47.3769, 8.5417, 'DESTINATION'),
  c('Vienna', ['Wien', 'Vjenë', 'Beč'], 'AT', 48.2082, 16.3738, 'DESTINATION'),
  c('Athens', ['Athinë', 'Atina', 'Αθήνα'], 'GR', 37.9838, 23.7275, 'DESTINATION'),
  c('Istanbul', ['Stamboll', 'İstanbul'], 'TR', 41.0082, 28.9784, 'DESTINATION'),
]

/** Country of origin → cities where victims from there are recruited. */
export const ORIGIN_CITIES: Record<string, readonly string[]> = {
  AL: ['Tirana', 'Durrës', 'Shkodër', 'Elbasan'],
  MD: ['Chișinău', 'Bălți'],
  UA: ['Kyiv', 'Odesa'],
  RO: ['Bucharest', 'Iași'],
}

export interface Crossing {
  name: string
  alt: readonly string[]
  /** Neighbouring country (ISO2). */
  toward: string
  lat: number
  lon: number
}

export const CROSSINGS: readonly Crossing[] = [
  {
    name: 'Vërmicë border crossing',
    alt: ['Vrbnica', 'Morinë'],
    toward: 'AL',
    lat: 42.1258,
    lon: 20.5653,
  },
  {
    name: 'Qafë Morinë border crossing',
    alt: ['Ćafa Morina', 'Qafa e Morinës'],
    toward: 'AL',
    lat: 42.3306,
    lon: 20.2822,
  },
  {
    name: 'Hani i Elezit border crossing',
    alt: ['Đeneral Janković', 'Blace'],
    toward: 'MK',
    lat: 42.1536,
    lon: 21.2958,
  },
  { name: 'Merdare border crossing', alt: ['Merdar'], toward: 'RS', lat: 42.9853, lon: 21.2453 },
  {
    name: 'Jarinje border crossing',
    alt: ['Jarinjë', 'Јариње'],
    toward: 'RS',
    lat: 43.2997,
    lon: 20.6831,
  },
  {
    name: 'Bërnjak border crossing',
    alt: ['Brnjak', 'Брњак'],
    toward: 'RS',
    lat: 42.9917,
    lon: 20.5117,
  },
  {
    name: 'Dheu i Bardhë border crossing',
    alt: ['Bela Zemlja', 'Končulj'],
    toward: 'RS',
    lat: 42.5392,
    lon: 21.7361,
  },
  {
    name: 'Kulla border crossing',
    alt: ['Kula', 'Rožaje'],
    toward: 'ME',
    lat: 42.7947,
    lon: 20.1706,
  },
  {
    name: 'Prishtina International Airport',
    alt: ['Aeroporti Adem Jashari', 'Slatina'],
    toward: '*',
    lat: 42.5728,
    lon: 21.0358,
  },
]

/** Which crossing a route from a country into Kosovo most likely used. */
export function crossingToward(rng: Rng, country: string): Crossing {
  const direct = CROSSINGS.filter((x) => x.toward === country)
  if (direct.length > 0 && rng.chance(0.8)) return rng.pick(direct)
  const via: Record<string, string> = { MD: 'RS', UA: 'RS', RO: 'RS', BG: 'MK' }
  const land = CROSSINGS.filter((x) => x.toward === (via[country] ?? 'MK'))
  return rng.chance(0.25) ? (CROSSINGS[CROSSINGS.length - 1] as Crossing) : rng.pick(land)
}

const STREETS_SQ = [
  'Rr. Ilirida',
  'Rr. Dardania',
  'Rr. Arbëria',
  'Rr. Lidhja e Prizrenit',
  'Rr. Nëna Terezë',
  'Rr. Skënderbeu',
  'Rr. Dëshmorët e Kombit',
  'Rr. Isa Boletini',
  'Rr. Ismail Qemali',
  'Rr. Bajram Curri',
  'Rr. Naim Frashëri',
  'Rr. Gjergj Fishta',
  'Rr. Pashko Vasa',
  'Rr. Lulishtja',
  'Rr. Bregu i Diellit',
  'Rr. e Shkollës',
  'Rr. e Fabrikës',
  'Rr. Tirana',
  'Rr. Hasan Prishtina',
  'Rr. Migjeni',
  'Rr. Ali Kelmendi',
  'Rr. Xhemajl Kada',
  'Rr. Qamil Hoxha',
  'Rr. Çamëria',
]
const STREETS_SR = [
  'ul. Kralja Petra I',
  'ul. Kneza Miloša',
  'ul. Nemanjina',
  'ul. Vuka Karadžića',
  'ul. Svetog Save',
  'ul. Cara Dušana',
  'ul. Kosovska',
  'ul. Njegoševa',
  'ul. Vidovdanska',
  'ul. Čika Jovina',
]

export interface Address {
  /** "Rr. Ilirida 12, Prishtinë" */
  address: string
  municipality: Municipality
  lat: number
  lon: number
}

const round5 = (x: number) => Math.round(x * 1e5) / 1e5

/** A point 1–2 km from (lat, lon) in a random direction. */
export function jitter(rng: Rng, lat: number, lon: number): { lat: number; lon: number } {
  const km = 1 + rng.next()
  const angle = rng.next() * 2 * Math.PI
  return {
    lat: round5(lat + (km * Math.cos(angle)) / 111.32),
    lon: round5(lon + (km * Math.sin(angle)) / (111.32 * Math.cos((lat * Math.PI) / 180))),
  }
}

/** An invented street address inside a municipality, in the majority language's spelling. */
export function inventAddress(rng: Rng, mu: Municipality): Address {
  const serbian = mu.serbian === true
  const street = rng.pick(serbian ? STREETS_SR : STREETS_SQ)
  const no = rng.int(1, 140)
  const place = serbian ? mu.sr : mu.sq
  return {
    address: `${street} ${no}${rng.chance(0.1) ? '/' + rng.int(1, 24) : ''}, ${place}`,
    municipality: mu,
    ...jitter(rng, mu.lat, mu.lon),
  }
}

const POP: ReadonlyArray<readonly [Municipality, number]> = MUNICIPALITIES.map(
  (mu) => [mu, mu.pop] as const,
)
export const pickMunicipality = (rng: Rng): Municipality => rng.weighted(POP)

/** A municipality in the same plate region, for the group's secondary places. */
export function nearby(rng: Rng, mu: Municipality): Municipality {
  const same = MUNICIPALITIES.filter((x) => x.plate === mu.plate)
  return rng.chance(0.6) ? mu : rng.pick(same)
}
