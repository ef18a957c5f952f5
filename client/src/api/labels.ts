import { getOperationName } from '@urql/core'
import { mapExchange, type Exchange } from '@urql/vue'

/** A name built from other records: Entity.labelKey and labelArgs (server modules/labels). */
interface DerivedLabel {
  key: string
  /** Each place as the viewer may see it; null for an entity they may not. */
  args: ReadonlyArray<string | null>
}

/** The translation function the exchange renders with (the app's i18n `global.t`). */
export type Translate = (key: string, named: Record<string, string>) => string

// Pseudonyms and withheld phones as the server writes them (data/protection.ts, shield.ts).
const PSEUDONYM = /^(Victim|Potential victim|Protected person|Protected phone) ([0-9A-F]{6})$/
const PREFIX: Record<string, string> = {
  Victim: 'VICTIM',
  'Potential victim': 'POTENTIAL_VICTIM',
  'Protected person': 'PROTECTED_PERSON',
  'Protected phone': 'PROTECTED_PHONE',
}

/** "Victim 3F2A9C" in the user's language; the code stays, so colleagues can quote it. */
export function localName(name: string, t: Translate): string {
  const m = PSEUDONYM.exec(name)
  return m ? t(`derivedLabel.pseudonym.${PREFIX[m[1]!]}`, { code: m[2]! }) : name
}

/**
 * A derived label in the user's language, from the entities as the server sent them (a
 * protected person by pseudonym): `{a}`, `{b}` are its places, `{form}` a form of exploitation.
 */
export function renderLabel(label: DerivedLabel, t: Translate): string {
  const place = (i: number): string => {
    const a = label.args[i]
    return a === null ? t('derivedLabel.unseen', {}) : localName(a ?? '', t)
  }
  // The one template with a form of exploitation has its code second (server labels.templates.ts).
  const form = label.key === 'EXPLOITATION_OF' ? label.args[1] : null
  return t(`derivedLabel.${label.key}`, {
    a: place(0),
    b: place(1),
    form: form ? t(`exploitationForm.${form}`, {}) : '',
  })
}

/** What a displayed name was made from: a label, or a name as the server sent it. */
type NameSource = DerivedLabel | string
const render = (source: NameSource, t: Translate) =>
  typeof source === 'string' ? localName(source, t) : renderLabel(source, t)

// By entity id, what each translated name was made from, so a view holding names from earlier
// answers (the chart) can show them in a language chosen since. Names only, never more.
const sources = new Map<string, NameSource>()

/** An entity's name in the language of `t`, when it was one made here; null otherwise. */
export function localNameOf(id: string, t: Translate): string | null {
  const source = sources.get(id)
  return source === undefined ? null : render(source, t)
}

/** Forgets the names seen (a session ends: nothing of it outlives a logout in memory). */
export const forgetNames = () => sources.clear()

// The recording forms edit a name as stored: they must get it as written, not as displayed.
const AS_STORED = new Set(['RecordEntity'])

function localise(value: unknown, t: Translate, seen: Set<object>): void {
  if (!value || typeof value !== 'object' || seen.has(value)) return
  seen.add(value)
  if (Array.isArray(value)) {
    for (const v of value) localise(v, t, seen)
    return
  }
  const o = value as Record<string, unknown>
  let source: NameSource | null = null
  if (typeof o.labelKey === 'string' && Array.isArray(o.labelArgs))
    source = { key: o.labelKey, args: o.labelArgs as DerivedLabel['args'] }
  else if (typeof o.name === 'string' && (o.pseudonymised === true || o.kind === 'Phone'))
    source = o.name
  if (source !== null) {
    o.name = render(source, t)
    if (typeof o.id === 'string') sources.set(o.id, source)
  }
  for (const [k, v] of Object.entries(o)) if (k !== 'labelArgs') localise(v, t, seen)
}

/** Renders, in place, every name of an answer that a label or a pseudonym made. */
export const localiseAnswer = (data: unknown, t: Translate) => localise(data, t, new Set())

/**
 * Names built from other records arrive as a template and its arguments; every answer's names
 * are rendered here in the language of the moment, so every list, profile and chart node shows
 * them translated without knowing about labels.
 */
export function labelExchange(t: Translate): Exchange {
  return mapExchange({
    onResult(result) {
      const query = result.operation.query
      const name = 'definitions' in query ? getOperationName(query) : undefined
      if (result.data && !(name && AS_STORED.has(name))) localiseAnswer(result.data, t)
      return result
    },
  })
}
