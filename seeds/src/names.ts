/**
 * Invented persons' names: Albanian, Serbian (Latin, with Serbian Cyrillic aliases), and
 * Moldovan, Romanian and Ukrainian names for foreign victims. Albanian names also get the
 * Serbian spellings that regional police records use ("Krasniqi" → "Krasnići").
 */
import type { Rng } from './random.ts'

export type NameStyle = 'ALBANIAN' | 'SERBIAN' | 'MOLDOVAN' | 'ROMANIAN' | 'UKRAINIAN'
export type Sex = 'FEMALE' | 'MALE'

const words = (s: string): string[] => s.trim().split(/\s+/)

const SQ_MALE =
  words(`Arben Agim Besnik Blerim Burim Driton Fatmir Fisnik Gëzim Ilir Kushtrim Labinot
  Lulzim Mentor Naim Petrit Valon Visar Ylber Shpend Arton Bekim Dardan Egzon Enver Faton Hysen Jeton
  Kreshnik Liridon Mërgim Nexhat Rrahim Sami Shkëlzen Skënder Xhevdet Ardian Armend Bujar Florent Gent
  Leotrim Qëndrim Rinor Valmir Adem Bashkim Ramadan Xhavit Gazmend Avni`)
const SQ_FEMALE =
  words(`Arta Albulena Blerta Donika Drita Edona Fitore Flutura Hana Lirije Mimoza Nora
  Qëndresa Rina Shqipe Teuta Valbona Vjosa Zana Besa Diellza Erza Fjolla Gresa Jehona Kaltrina Leonora
  Lumnije Merita Njomza Rrezarta Shpresa Vlora Yllka Blerina Elira Ariana Doruntina Festina Genta
  Lindita Xhylsime Gjylfije Valentina Egzona`)
/** Repeated entries weight the commonest surnames. */
const SQ_LAST =
  words(`Krasniqi Krasniqi Krasniqi Berisha Berisha Gashi Gashi Hoxha Shala Shala Morina
  Morina Kelmendi Bytyqi Thaçi Rexhepi Osmani Hyseni Mustafa Zeqiri Ahmeti Haliti Kastrati Sopi Rama
  Shehu Musliu Jashari Halili Bajrami Salihu Kryeziu Hajdari Ramadani Limani Dervishi Begolli Shabani
  Pllana Mehmeti Zymberi Gjoka Dreshaj Hasani Sylejmani Veseli Ibrahimi Aliu Xhemajli Gjinolli Qerimi
  Çitaku Dushi Hajdini Ymeri Lushaku Sadiku Elezi`)

const SR_MALE = words(`Marko Nikola Stefan Miloš Dragan Zoran Goran Dejan Nenad Srđan Vladimir
  Aleksandar Milan Bojan Ivan Dušan Željko Predrag Slobodan Đorđe Miroslav Nebojša Saša Vuk Ljubiša
  Dragiša Radoš Živojin Njegoš Džoni`)
const SR_FEMALE = words(`Jelena Milica Ana Marija Ivana Dragana Snežana Tijana Jovana Nataša Maja
  Ljiljana Gordana Danijela Sanja Bojana Katarina Mirjana Slađana Biljana Vesna Dušica Nevena`)
const SR_LAST = words(`Jovanović Jovanović Petrović Petrović Nikolić Đorđević Stojanović Marković
  Ilić Pavlović Stanković Todorović Mitić Ristić Kostić Lazić Živković Popović Vasić Janković Đokić
  Savić Simić Radović Milenković Trajković Nešić Lukić Krstić Dimić Ljubić Đurić Perić Spasić`)

const MD_MALE = words('Ion Vasile Andrei Sergiu Mihai Alexandru Dumitru Victor Igor Vitalie')
const MD_FEMALE = words(`Ana Maria Elena Natalia Tatiana Olga Cristina Irina Svetlana Ecaterina
  Victoria Mihaela Alina Larisa Doina Marina Veronica Angela`)
const MD_LAST = words(`Rusu Ciobanu Lungu Munteanu Ceban Cojocaru Rotaru Țurcanu Sîrbu Moraru Bălan
  Croitoru Guțu Popa Cebotari Bivol Plămădeală`)
const RO_MALE = words('Ionuț Florin Adrian Cătălin Marian Gabriel Costel Daniel')
const RO_FEMALE = words(`Andreea Ioana Alexandra Mădălina Roxana Florentina Georgiana Simona Ramona
  Bianca Loredana Denisa`)
const RO_LAST = words(`Popescu Ionescu Popa Dumitru Stan Stoica Gheorghe Matei Constantin Marin Dinu
  Tudor Radu Zamfir Nistor`)
const UA_MALE = words('Oleksandr Andriy Serhiy Dmytro Mykola Ivan Yuriy Vasyl')
const UA_FEMALE = words(`Olena Oksana Iryna Nataliya Yuliya Kateryna Svitlana Tetiana Anastasiya
  Viktoriya Halyna Mariya`)
const UA_LAST = words(`Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Kovalchuk
  Oliynyk Lysenko Moroz Marchenko Savchenko Rudenko Polishchuk`)

const LISTS: Record<NameStyle, { male: string[]; female: string[]; last: string[] }> = {
  ALBANIAN: { male: SQ_MALE, female: SQ_FEMALE, last: SQ_LAST },
  SERBIAN: { male: SR_MALE, female: SR_FEMALE, last: SR_LAST },
  MOLDOVAN: { male: MD_MALE, female: MD_FEMALE, last: MD_LAST },
  ROMANIAN: { male: RO_MALE, female: RO_FEMALE, last: RO_LAST },
  UKRAINIAN: { male: UA_MALE, female: UA_FEMALE, last: UA_LAST },
}

export interface PersonName {
  first: string
  last: string
}

export function personName(rng: Rng, style: NameStyle, sex: Sex): PersonName {
  const l = LISTS[style]
  return { first: rng.pick(sex === 'MALE' ? l.male : l.female), last: rng.pick(l.last) }
}

/** A first name alone, e.g. for a relative sharing the surname. */
export const firstName = (rng: Rng, style: NameStyle, sex: Sex): string =>
  rng.pick(sex === 'MALE' ? LISTS[style].male : LISTS[style].female)

/** Serbian Latin → Serbian Cyrillic (Vuk's alphabet); lj, nj and dž are single letters. */
const SR_CYR: Record<string, string> = {
  a: 'а',
  b: 'б',
  c: 'ц',
  č: 'ч',
  ć: 'ћ',
  d: 'д',
  dž: 'џ',
  đ: 'ђ',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'х',
  i: 'и',
  j: 'ј',
  k: 'к',
  l: 'л',
  lj: 'љ',
  m: 'м',
  n: 'н',
  nj: 'њ',
  o: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  š: 'ш',
  t: 'т',
  u: 'у',
  v: 'в',
  z: 'з',
  ž: 'ж',
}

/** Rewrite a word by a table of lowercase spellings, longest match first, keeping capitals. */
function rewrite(text: string, table: Record<string, string>): string {
  let out = ''
  let i = 0
  while (i < text.length) {
    const two = text.slice(i, i + 2)
    const key = two.length === 2 && table[two.toLowerCase()] !== undefined ? two : text.charAt(i)
    const mapped = table[key.toLowerCase()]
    if (mapped === undefined) out += key
    else if (key.charAt(0) !== key.charAt(0).toLowerCase())
      out += mapped.charAt(0).toUpperCase() + mapped.slice(1)
    else out += mapped
    i += key.length
  }
  return out
}

export const toSerbianCyrillic = (latin: string): string => rewrite(latin, SR_CYR)

/** Albanian spelling → the Serbian Latin spelling of the same sounds. */
const SQ_TO_SR: Record<string, string> = {
  xh: 'dž',
  gj: 'đ',
  sh: 'š',
  zh: 'ž',
  th: 't',
  dh: 'd',
  ll: 'l',
  rr: 'r',
  nj: 'nj',
  q: 'ć',
  ç: 'č',
  x: 'dz',
  y: 'i',
  ë: 'e',
}

export const toSerbianSpelling = (albanian: string): string => rewrite(albanian, SQ_TO_SR)

const SQ_NICK = words(
  'Tigri Ujku Zeka Kapiteni Lala Gimi Beni Cufi Doktori Shefi Topi Mini Bardhi Kuqi',
)
const SR_NICK = words('Šone Kum Žuti Crni Mali Doktor Švaba Ćora Lepi Gazda')

export interface AliasOptions {
  /** Suspects more often carry nicknames and appear in Serbian-language records. */
  suspect: boolean
}

/** Aliases as found in records: Serbian spellings, Cyrillic renderings, nicknames. */
export function aliasesFor(rng: Rng, style: NameStyle, n: PersonName, o: AliasOptions): string[] {
  const out: string[] = []
  const full = `${n.first} ${n.last}`
  if (style === 'ALBANIAN') {
    const sr = toSerbianSpelling(full)
    if (sr !== full && rng.chance(o.suspect ? 0.35 : 0.2)) out.push(sr)
    if (o.suspect && rng.chance(0.2)) out.push(`${rng.pick(SQ_NICK)}`)
  } else if (style === 'SERBIAN') {
    if (rng.chance(0.3)) out.push(toSerbianCyrillic(full))
    if (o.suspect && rng.chance(0.2)) out.push(rng.pick(SR_NICK))
  } else {
    // Passport (ASCII) spelling of names with diacritics.
    const ascii = full.normalize('NFD').replace(/\p{M}+/gu, '')
    if (ascii !== full && rng.chance(0.5)) out.push(ascii)
  }
  return out
}

/** Names of businesses used as fronts, with the kind of place each is. */
export const BUSINESS_KINDS = [
  ['Kafe Bar', 'café'],
  ['Bar Restorant', 'bar'],
  ['Motel', 'motel'],
  ['Night Club', 'nightclub'],
  ['Rent a Car', 'car rental'],
  ['Agjencia Turistike', 'travel agency'],
  ['Ndërtimi', 'construction company'],
] as const
export const BUSINESS_NAMES = words(`Ylli Luna Dardania Iliria Rinia Diamond Paradise Venus Kalaja
  Bora Drini Flora Eagle Arbëria Sunset Mirage Amsterdam Viva Oaza Kristal Lumi Prestige Galaxy Vila`)
export const CODENAMES =
  words(`Hija Vala Ura Kufiri Nata Shqiponja Zinxhiri Rrjeta Drita Gjarpri Guri
  Mjegulla Kthimi Porta Stuhia Rruga Fantazma Zogu Akrepi Kalaja Pasqyra Hëna Thika Lumi`)
