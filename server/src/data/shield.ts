import { ENTITY_KINDS, LINK_KINDS } from '@htwb/graph'
import type { Record as NeoRecord } from 'neo4j-driver'
import { replaceMentions, type Mention } from './mentions.ts'
import type { ProtectedIdentities } from './protected-index.ts'
import { protectedPerson, visible } from './visibility.ts'

/**
 * The free-text shield: what protection.ts does for protected persons as records, done for the
 * places their identity is written down elsewhere. Without the VICTIM_IDENTITY clearance,
 * - a protected person's name or document number in the free text of anything a read returns
 *   (names of events, sources, organisations, cases; descriptions; addresses; link references;
 *   audit justifications) reads as their pseudonym label, "Victim 3FA2C1";
 * - a phone a protected person uses and an asset one owns lose their number and identifiers to
 *   a label of their own ("Protected phone 91BC04"), in records and in text alike.
 * For every viewer, the persons a text names are recorded as consulted.
 *
 * A protected person the viewer does not see (another case) is withheld too, as "Protected
 * person 3FA2C1": her name must not reach them through a colleague's text. Only the text's own
 * recorder reads such a name as they wrote it, so nobody can test a name against all victims of
 * the directorate by typing it into an event and reading it back (no oracle): the writer gains
 * nothing, and other readers learn only that the text names someone protected, never who.
 * Phones and assets are withheld only for protected persons the viewer sees: a number is the
 * record's own content, and hiding it because of a hidden user would reveal that user.
 *
 * A person's own name is theirs and is never rewritten: a suspect who shares a victim's name
 * stays himself. Text next to such a namesake keeps the name too (see `namesakeSubjects`).
 */

/**
 * A record's own numbers: a second record of a victim's number (an uncleared import makes a new
 * phone rather than matching hers) must not show it either, but like her phone itself only when
 * the viewer sees her (hiding it because of a hidden user would reveal that user).
 */
const NUMBER_KEYS = new Set([
  'number',
  'imei',
  'subscriberId',
  'identifier',
  'identifiers',
  'registrationNumber',
])

/** Properties holding text people typed or files brought, wherever they appear in a result. */
export const TEXT_KEYS = new Set([
  'name',
  'description',
  'reference',
  'address',
  'aliases',
  'offence',
  'justification',
  'detail',
  // A derived label's texts (modules/labels): a case number, an offence, a crossing's name.
  'labelArgs',
  ...NUMBER_KEYS,
])

const ENTITY = new Set<string>(ENTITY_KINDS)
const LINK = new Set<string>(LINK_KINDS)

/** Where a text stands, to look for namesakes: a record itself, or the records around it. */
export interface Carrier {
  id: string
  /** Also the persons linked to it (an event and its participants), not only itself. */
  adjacent: boolean
}

interface Found {
  obj: Record<string, unknown>
  key: string
  index: number | null
  text: string
  mentions: Mention[]
  carriers: Carrier[]
}

interface Walk {
  identities: ProtectedIdentities
  cleared: boolean
  consulted: Set<string>
  found: Found[]
  /** Phones and assets of protected persons, with their subject. */
  things: Array<{ obj: Record<string, unknown>; subject: number }>
  seen: WeakSet<object>
}

const changed = new WeakSet<object>()
/** Whether the shield rewrote some text or number of this object (search re-checks those). */
export const shielded = (o: object) => changed.has(o)

function withholdThing(obj: Record<string, unknown>, label: string): void {
  obj.name = label
  if (obj.kind === 'Phone') {
    obj.number = label
    obj.imei = null
    obj.subscriberId = null
  } else obj.identifier = null
  obj.pseudonymised = true
  changed.add(obj)
}

function carriersOf(obj: Record<string, unknown>, entity: boolean): Carrier[] {
  if (entity) return [{ id: obj.id as string, adjacent: true }]
  if (LINK.has(obj.kind as string) && typeof obj.fromId === 'string')
    return [obj.fromId, obj.toId as string].map((id) => ({ id, adjacent: false }))
  // An audit entry names the persons it is about.
  if (Array.isArray(obj.personIds))
    return obj.personIds
      .filter((id): id is string => typeof id === 'string')
      .map((id) => ({ id, adjacent: false }))
  return []
}

function scan(w: Walk, f: Omit<Found, 'mentions'>): void {
  const mentions = w.identities.matcher.find(f.text)
  if (!mentions.length) return
  for (const m of mentions)
    for (const id of w.identities.matcher.subjects[m.subject]!.personIds) w.consulted.add(id)
  if (!w.cleared) w.found.push({ ...f, mentions })
}

function walk(value: unknown, w: Walk): void {
  if (!value || typeof value !== 'object' || w.seen.has(value)) return
  w.seen.add(value)
  if (Array.isArray(value)) {
    for (const v of value) walk(v, w)
    return
  }
  // Models are plain objects; driver values (nodes, integers, dates) are not walked.
  const proto = Object.getPrototypeOf(value) as unknown
  if (proto !== Object.prototype && proto !== null) return
  const obj = value as Record<string, unknown>
  const entity = typeof obj.id === 'string' && ENTITY.has(obj.kind as string)
  // A person's own name is theirs; protected persons are already pseudonymised.
  if (entity && obj.kind === 'Person') return
  if (entity && (obj.kind === 'Phone' || obj.kind === 'Asset')) {
    const s = w.identities.things.get(obj.id as string)
    if (s !== undefined) {
      for (const id of w.identities.matcher.subjects[s]!.personIds) w.consulted.add(id)
      if (!w.cleared) w.things.push({ obj, subject: s })
    }
  }
  const carriers = carriersOf(obj, entity)
  for (const [key, v] of Object.entries(obj)) {
    if (!TEXT_KEYS.has(key)) walk(v, w)
    else if (typeof v === 'string') scan(w, { obj, key, index: null, text: v, carriers })
    else if (Array.isArray(v))
      v.forEach((text, index) => {
        if (typeof text === 'string') scan(w, { obj, key, index, text, carriers })
      })
  }
}

/**
 * What the shield must know of the viewer, in one round trip: which of the protected persons a
 * result names ($ids) they see, and the unprotected persons they see at each carrier (the
 * carrier itself when it is a person, and for entities the persons linked to it).
 */
export const SHIELD_CONTEXT = `
CALL () {
  UNWIND $ids AS id
  MATCH (p:Entity {id: id}) WHERE p:Person AND ${visible('p')}
  RETURN collect(p.id) AS seen
}
CALL () {
  UNWIND $carriers AS c
  MATCH (e:Entity {id: c.id})
  OPTIONAL MATCH (e)--(n:Person) WHERE c.adjacent
  WITH c, e, collect(DISTINCT n)[0..200] AS linked
  UNWIND linked + CASE WHEN e:Person THEN [e] ELSE [] END AS o
  WITH c, o WHERE ${visible('o')} AND NOT coalesce(${protectedPerson('o')}, false)
  RETURN collect({id: c.id, name: o.name, firstName: o.firstName, lastName: o.lastName,
    aliases: coalesce(o.aliases, [])}) AS near
}
RETURN seen, near`

export type RunRead = (query: string, params: Record<string, unknown>) => Promise<NeoRecord[]>

interface Near {
  id: string
  name: string | null
  firstName: string | null
  lastName: string | null
  aliases: string[]
}

/**
 * For each carrier, the protected persons whose name a visible, unprotected person there also
 * bears. "Arrest of Arben Krasniqi" on the arrest of a suspect of that name is about him: shown
 * as "Arrest of Victim 3FA2C1" it would mislead, and next to the suspect's name it would tell the
 * viewer what the victim is called.
 */
function namesakeSubjects(identities: ProtectedIdentities, near: Near[]): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>()
  for (const o of near) {
    const full = o.firstName && o.lastName ? `${o.firstName} ${o.lastName}` : null
    const set = out.get(o.id) ?? new Set<number>()
    for (const form of [o.name, full, ...o.aliases])
      for (const m of identities.matcher.find(form ?? '')) if (m.byName) set.add(m.subject)
    out.set(o.id, set)
  }
  return out
}

/** Each carrier once, adjacent if any of its texts asked for it. */
function distinct(carriers: Carrier[]): Carrier[] {
  const byId = new Map<string, Carrier>()
  for (const c of carriers)
    byId.set(c.id, { id: c.id, adjacent: c.adjacent || byId.get(c.id)?.adjacent === true })
  return [...byId.values()]
}

export interface ShieldOptions {
  identities: ProtectedIdentities
  /** The viewer holds VICTIM_IDENTITY: nothing is rewritten, mentions are only recorded. */
  cleared: boolean
  /** Receives the ids of the protected persons the result names (consultation audit). */
  consulted: Set<string>
  /** The viewer's username: a text's own recorder reads unseen persons' names as written. */
  viewer: string
  runRead: RunRead
}

/** Who wrote a text: the record's recorder, or the actor of an audit entry. */
function recorderOf(obj: Record<string, unknown>): string | null {
  const p = obj.provenance as { recordedBy?: unknown } | undefined
  const by = p?.recordedBy ?? obj.recordedBy ?? obj.actor
  return typeof by === 'string' ? by : null
}

/** The label of a protected person the viewer does not see: no category, only the pseudonym. */
const unseenLabel = (label: string) =>
  label.startsWith('Protected ')
    ? label
    : `Protected person ${label.slice(label.lastIndexOf(' ') + 1)}`

/** Applies the shield to whatever a service mapped, in place. */
export async function shield(value: unknown, opts: ShieldOptions): Promise<void> {
  const w: Walk = { ...opts, found: [], things: [], seen: new WeakSet() }
  walk(value, w)
  if (!w.found.length && !w.things.length) return
  const { subjects } = w.identities.matcher
  const named = new Set([
    ...w.things.map((t) => t.subject),
    ...w.found.flatMap((f) => f.mentions.map((m) => m.subject)),
  ])
  const ids = [...new Set([...named].flatMap((s) => subjects[s]!.personIds))]
  const carriers = w.found
    .filter((f) => f.mentions.some((m) => m.byName))
    .flatMap((f) => f.carriers)
  const [context] = await opts.runRead(SHIELD_CONTEXT, { ids, carriers: distinct(carriers) })
  const seen = new Set((context?.get('seen') as string[] | undefined) ?? [])
  const namesakes = namesakeSubjects(
    w.identities,
    (context?.get('near') as Near[] | undefined) ?? [],
  )
  const shown = (s: number) => subjects[s]!.personIds.some((id) => seen.has(id))
  for (const f of w.found) {
    const keep = new Set(f.carriers.flatMap((c) => [...(namesakes.get(c.id) ?? [])]))
    const own = recorderOf(f.obj) === opts.viewer
    const hide = f.mentions.filter(
      (m) =>
        (shown(m.subject) || (!own && !NUMBER_KEYS.has(f.key))) &&
        !(m.byName && keep.has(m.subject)),
    )
    if (!hide.length) continue
    const text = replaceMentions(f.text, hide, (s) =>
      shown(s) ? subjects[s]!.label : unseenLabel(subjects[s]!.label),
    )
    if (f.index === null) f.obj[f.key] = text
    else (f.obj[f.key] as unknown[])[f.index] = text
    changed.add(f.obj)
  }
  // Last, so that the label replaces the whole name ("+383…" would keep its plus otherwise).
  for (const t of w.things) if (shown(t.subject)) withholdThing(t.obj, subjects[t.subject]!.label)
}

/** The protected persons a value names, without changing it (for the audit of a write). */
export function mentionedPersons(value: unknown, identities: ProtectedIdentities): string[] {
  const w: Walk = {
    identities,
    cleared: true,
    consulted: new Set(),
    found: [],
    things: [],
    seen: new WeakSet(),
  }
  walk(value, w)
  return [...w.consulted]
}
