import type { EntityKind } from '../../generated/graphql'
import type { EntityFlags } from '../../ui/entity/model'
import { KIND_VISUALS, svgDataUri } from '../../ui/entity/kindVisuals'

/** Translated badge letters; the image is rebuilt when the language changes. */
export interface BadgeText {
  victim: string
  potentialVictim: string
  minor: string
  informant: string
  protected: string
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function label(x: number, y: number, size: number, fill: string, text: string): string {
  return `<text x="${x}" y="${y}" font-family="Arial,Helvetica,sans-serif" font-size="${size}" font-weight="700" text-anchor="middle" fill="${fill}">${escapeXml(text)}</text>`
}

const cache = new Map<string, string>()

/**
 * Kind glyph in the middle; victim (top right), minor (top left), informant (bottom right),
 * pseudonymised (bottom left).
 */
export function nodeImage(kind: EntityKind, flags: EntityFlags, text: BadgeText): string {
  const minor = flags.minor || flags.minorWhenRecorded
  const key = [
    kind,
    flags.victim,
    flags.potentialVictim,
    minor,
    flags.informant,
    flags.pseudonymised,
    ...Object.values(text),
  ].join('|')
  const hit = cache.get(key)
  if (hit) return hit

  const parts = [`<g transform="translate(12 12)">${KIND_VISUALS[kind]?.glyph ?? ''}</g>`]
  if (flags.victim || flags.potentialVictim) {
    const letter = flags.victim ? text.victim : text.potentialVictim
    const solid = flags.victim
    parts.push(
      `<circle cx="39" cy="9" r="9" fill="${solid ? '#dc2626' : '#fff'}" stroke="${solid ? '#fff' : '#dc2626'}" stroke-width="2"/>`,
      label(39, 12.5, letter.length > 1 ? 8 : 11, solid ? '#fff' : '#b91c1c', letter),
    )
  }
  if (minor) {
    parts.push(
      `<rect x="0" y="0" width="22" height="14" rx="7" fill="#ea580c" stroke="#fff" stroke-width="1.5"/>`,
      label(11, 10.5, 9, '#fff', text.minor),
    )
  }
  if (flags.informant) {
    parts.push(
      `<circle cx="39" cy="39" r="8" fill="#6d28d9" stroke="#fff" stroke-width="2"/>`,
      label(39, 42.5, 10, '#fff', text.informant),
    )
  }
  if (flags.pseudonymised) {
    parts.push(
      `<circle cx="9" cy="39" r="8" fill="#0f766e" stroke="#fff" stroke-width="2"/>`,
      label(9, 42.5, text.protected.length > 1 ? 8 : 10, '#fff', text.protected),
    )
  }
  const uri = svgDataUri(
    `<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48">${parts.join('')}</svg>`,
  )
  cache.set(key, uri)
  return uri
}
