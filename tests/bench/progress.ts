/**
 * A progress bar on stderr: the stage, its share done and the whole run's, redrawn in place on
 * a terminal and printed as plain lines (at most one per stage and 10 %) when stderr is a file.
 */
export interface Stage {
  name: string
  /** Relative expected duration, for the whole run's percentage. */
  weight: number
}

export function bar(fraction: number, width = 24): string {
  const f = Math.min(1, Math.max(0, fraction))
  const full = Math.round(f * width)
  return `[${'#'.repeat(full)}${'.'.repeat(width - full)}]`
}

export function progressLine(
  stages: readonly Stage[],
  index: number,
  fraction: number,
  note = '',
): string {
  const total = stages.reduce((s, x) => s + x.weight, 0) || 1
  const before = stages.slice(0, index).reduce((s, x) => s + x.weight, 0)
  const stage = stages[index]
  const overall = (before + (stage?.weight ?? 0) * Math.min(1, Math.max(0, fraction))) / total
  const pct = (x: number) => `${Math.floor(x * 100)}%`.padStart(4)
  const name = stage ? `${index + 1}/${stages.length} ${stage.name}` : 'done'
  return `${bar(overall)} ${pct(overall)}  ${name} ${pct(fraction)}${note ? `  ${note}` : ''}`
}

export class Progress {
  private index = 0
  private lastPrinted = ''
  private readonly started = performance.now()
  private readonly tty: boolean

  constructor(
    private readonly stages: readonly Stage[],
    private readonly out: NodeJS.WriteStream = process.stderr,
  ) {
    this.tty = !!out.isTTY
  }

  /** Moves to the named stage (stages may be skipped, never revisited). */
  stage(name: string): void {
    const i = this.stages.findIndex((s) => s.name === name)
    if (i >= 0) this.index = i
    this.update(0)
  }

  update(fraction: number, note = ''): void {
    const elapsed = Math.round((performance.now() - this.started) / 1000)
    const line = `${progressLine(this.stages, this.index, fraction, note)}  ${elapsed} s`
    if (this.tty) {
      this.out.write(`\r\x1b[2K${line.slice(0, (this.out.columns || 120) - 1)}`)
      return
    }
    // Plain output: one line per stage and tenth.
    const key = `${this.index}:${Math.floor(fraction * 10)}`
    if (key === this.lastPrinted) return
    this.lastPrinted = key
    this.out.write(`${line}\n`)
  }

  /** A line of its own above the bar (the bar is redrawn after it). */
  log(text: string): void {
    if (this.tty) this.out.write('\r\x1b[2K')
    this.out.write(`${text}\n`)
  }

  done(): void {
    this.index = this.stages.length
    if (this.tty) this.out.write('\r\x1b[2K')
    this.out.write(`${progressLine(this.stages, this.stages.length, 1)}\n`)
  }
}
