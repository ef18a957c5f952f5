import type { ReportNote } from '@htwb/graph/import-api'

const LISTED_LINES = 20

/**
 * What an import did to rows besides "new" and "already known", counted as it plans: the report
 * lists each with its first lines and one example, so nothing is merged, kept apart, flagged or
 * skipped without a line in it.
 */
export class Notes {
  private readonly by = new Map<string, ReportNote>()

  add(code: ReportNote['code'], field: string | null, line: number, example?: string): void {
    const id = `${code}|${field ?? ''}`
    let n = this.by.get(id)
    if (!n) {
      n = { code, count: 0, lines: [], field, example: example?.slice(0, 200) ?? null }
      this.by.set(id, n)
    }
    n.count++
    if (n.lines.length < LISTED_LINES && n.lines.at(-1) !== line) n.lines.push(line)
  }

  list(): ReportNote[] {
    return [...this.by.values()]
  }
}
