/**
 * A streaming scanner for the XML inside an XLSX (worksheets, shared strings, workbook,
 * relationships, styles). General parsers gather a text node whole before handing it over,
 * which is how one 100 MB shared string becomes 100 MB (and more) of heap; this one hands text
 * over in the pieces it arrives in, so the reader can count a cell as it grows and stop it. It
 * holds at most one unfinished tag between chunks (`maxMarkup`), refuses DTDs (no entity
 * expansion) and knows only the predefined and numeric entities, which is all OOXML uses.
 */

export interface XmlHandler {
  open(name: string, attrs: Record<string, string>, selfClosing: boolean): void
  close(name: string): void
  /** Text in the pieces it arrived in, entities decoded; between tags too (whitespace). */
  text(piece: string): void
}

export class XmlError extends Error {
  constructor(
    message: string,
    /** The markup limit was what failed, not the XML. */
    readonly tooLong = false,
  ) {
    super(message)
  }
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }
const ENTITY = /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g
/** Longest entity reference, `&#x10FFFF;`: a `&` this close to a chunk's end may be cut. */
const ENTITY_MAX = 10

function decodeEntities(s: string): string {
  if (!s.includes('&')) return s
  return s.replace(ENTITY, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED[ref]!
    const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10)
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole
  })
}

const ATTR = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g
/** Element names without their namespace prefix (`x:row` and `row` alike). */
const local = (name: string) => name.slice(name.indexOf(':') + 1)

export class XmlScanner {
  private rest = ''

  constructor(
    private readonly handler: XmlHandler,
    private readonly maxMarkup: number,
  ) {}

  write(chunk: string): void {
    const s = this.rest + chunk
    let i = 0
    while (i < s.length) {
      const lt = s.indexOf('<', i)
      if (lt < 0) {
        // A reference cut by the chunk's end waits for the rest of it.
        const amp = s.lastIndexOf('&')
        const end =
          amp >= i && s.length - amp < ENTITY_MAX && !s.includes(';', amp) ? amp : s.length
        if (end > i) this.handler.text(decodeEntities(s.slice(i, end)))
        i = end
        break
      }
      if (lt > i) this.handler.text(decodeEntities(s.slice(i, lt)))
      const end = this.markup(s, lt)
      if (end < 0) {
        i = lt
        break
      }
      i = end
    }
    this.rest = s.slice(i)
    if (this.rest.length > this.maxMarkup) throw new XmlError('markup too long', true)
  }

  end(): void {
    if (this.rest.trim()) throw new XmlError('unfinished markup')
  }

  /** Handles the markup starting at `lt`; the index after it, or -1 if it is not all here yet. */
  private markup(s: string, lt: number): number {
    if (s.length - lt < 9 && !s.includes('>', lt)) return -1
    if (s.startsWith('<!--', lt)) {
      const end = s.indexOf('-->', lt + 4)
      return end < 0 ? -1 : end + 3
    }
    if (s.startsWith('<![CDATA[', lt)) {
      const end = s.indexOf(']]>', lt + 9)
      if (end < 0) return -1
      this.handler.text(s.slice(lt + 9, end))
      return end + 3
    }
    if (s.startsWith('<?', lt)) {
      const end = s.indexOf('?>', lt + 2)
      return end < 0 ? -1 : end + 2
    }
    if (s.startsWith('<!', lt)) throw new XmlError('DTDs are not read')
    // The tag ends at the first `>` outside quotes (attribute values may hold one).
    let quote = 0
    let j = lt + 1
    for (; j < s.length; j++) {
      const c = s.charCodeAt(j)
      if (quote) {
        if (c === quote) quote = 0
      } else if (c === 34 || c === 39) quote = c
      else if (c === 62) break
    }
    if (j >= s.length) return -1
    const tag = s.slice(lt + 1, j)
    if (tag[0] === '/') {
      this.handler.close(local(tag.slice(1).trim()))
      return j + 1
    }
    const selfClosing = tag.endsWith('/')
    const body = selfClosing ? tag.slice(0, -1) : tag
    const nameEnd = body.search(/[\s]/)
    const name = nameEnd < 0 ? body : body.slice(0, nameEnd)
    if (!name) throw new XmlError('empty tag')
    const attrs: Record<string, string> = Object.create(null) as Record<string, string>
    if (nameEnd >= 0)
      for (const m of body.slice(nameEnd).matchAll(ATTR))
        attrs[m[1]!] = decodeEntities(m[2] ?? m[3] ?? '')
    this.handler.open(local(name), attrs, selfClosing)
    if (selfClosing) this.handler.close(local(name))
    return j + 1
  }
}
