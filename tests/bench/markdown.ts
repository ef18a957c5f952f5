export const START = '<!-- pnpm bench: generated section, replaced on each run -->'
export const END = '<!-- end of the generated section; hand-written history follows -->'

/**
 * The document with its generated section replaced by `section`. A document without one gets it
 * before its first second-level heading, so the title and introduction stay on top and the
 * older, hand-written sections stay below.
 */
export function replaceSection(doc: string, section: string): string {
  const block = `${START}\n\n${section.trim()}\n\n${END}`
  const a = doc.indexOf(START)
  const b = doc.indexOf(END)
  if (a >= 0 && b > a) return doc.slice(0, a) + block + doc.slice(b + END.length)
  const h2 = doc.search(/^## /m)
  if (h2 < 0) return `${doc.trimEnd()}\n\n${block}\n`
  return `${doc.slice(0, h2)}${block}\n\n${doc.slice(h2)}`
}

/** A Markdown table; cells are escaped for pipes. */
export function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const esc = (c: string) => c.replace(/\|/g, '\\|')
  const line = (cells: readonly string[]) => `| ${cells.map(esc).join(' | ')} |`
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n')
}

export const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(1)} ms` : '—')
export const ratio = (x: number) => (Number.isFinite(x) ? `${x.toFixed(2)}×` : '—')
export const int = (x: number) => (Number.isFinite(x) ? Math.round(x).toLocaleString('en-US') : '—')
