import { describe, expect, it } from 'vitest'
import { END, replaceSection, START, table } from './markdown.ts'

describe('bench markdown', () => {
  const doc = '# Benchmarks\n\nIntro.\n\n## 2026-11-28 history\n\nOld figures.\n'

  it('puts the first generated section above the hand-written history', () => {
    const once = replaceSection(doc, 'Run 1')
    expect(once).toBe(
      `# Benchmarks\n\nIntro.\n\n${START}\n\nRun 1\n\n${END}\n\n## 2026-11-28 history\n\nOld figures.\n`,
    )
  })

  it('replaces only the generated section on the next run', () => {
    const twice = replaceSection(replaceSection(doc, 'Run 1'), 'Run 2')
    expect(twice).not.toContain('Run 1')
    expect(twice).toContain('Run 2')
    expect(twice.split(START)).toHaveLength(2)
    expect(twice).toContain('## 2026-11-28 history\n\nOld figures.')
  })

  it('writes tables with escaped pipes', () => {
    expect(table(['a', 'b'], [['x|y', '1']])).toBe('| a | b |\n| --- | --- |\n| x\\|y | 1 |')
  })
})
