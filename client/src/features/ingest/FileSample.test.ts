// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { testPlugins } from '../../testing/mockApi'
import FileSample from './FileSample.vue'
import type { FilePreview } from './types'

const preview = (over: Partial<FilePreview> = {}): FilePreview => ({
  fileName: 'report.csv',
  encoding: 'windows-1252',
  delimiter: ',',
  headers: ['Body', 'Amount'],
  rows: [['Northfield', '900']],
  rowCount: 1,
  cellChars: 200,
  truncated: [],
  mappings: [],
  encodingGuess: {
    encoding: 'windows-1252',
    by: 'statistics',
    confidence: 0.7,
    alternatives: ['windows-1250', 'utf-8'],
  },
  headerRow: 10,
  skipped: [
    ...[1, 2, 3, 4, 5, 6, 7, 8, 9].map((line) => ({ line, reason: 'before_header' as const })),
    { line: 12, reason: 'empty' },
    { line: 13, reason: 'total' },
  ],
  skippedCount: 11,
  ...over,
})

const mountSample = (p: FilePreview, locale: 'en' | 'sq' | 'sr' = 'en') =>
  mount(FileSample, {
    props: { preview: p, bound: [] },
    global: { plugins: [...testPlugins(locale)] },
  })

describe('the file step: how the file was read', () => {
  it('says how the encoding was told and offers the likely ones first', () => {
    const w = mountSample(preview())
    expect(w.get('[data-testid="import-encoding-guess"]').text()).toBe(
      'Windows-1252 (Western European), guessed from the bytes — check the sample.',
    )
    const options = w
      .findAll('[data-testid="import-encoding"] option')
      .map((o) => o.attributes('value'))
    expect(options.slice(0, 3)).toEqual(['windows-1252', 'windows-1250', 'utf-8'])
    expect(options).toHaveLength(8)
    const bom = mountSample(
      preview({
        encodingGuess: { encoding: 'utf-16le', by: 'bom', confidence: 1, alternatives: [] },
      }),
    )
    expect(bom.get('[data-testid="import-encoding-guess"]').text()).toBe(
      'UTF-16 LE, from its byte-order mark.',
    )
  })

  it('asks for the file again with the encoding or header line chosen', async () => {
    const w = mountSample(preview())
    await w.get('[data-testid="import-encoding"]').setValue('windows-1250')
    const header = w.get('[data-testid="import-header-row"]')
    expect((header.element as HTMLInputElement).value).toBe('10')
    await header.setValue('3')
    await header.trigger('keydown', { key: 'Enter' })
    await header.trigger('change')
    await w.get('[data-testid="import-header-auto"]').trigger('click')
    expect(w.emitted('choose')).toEqual([
      [{ encoding: 'windows-1250' }],
      [{ headerRow: 3 }],
      [{ headerRow: 'auto' }],
    ])
  })

  it('lists the lines skipped, as runs, with why, and counts those not listed', () => {
    const w = mountSample(preview({ skippedCount: 311 }))
    const skipped = w.get('[data-testid="import-skipped"]')
    expect(skipped.get('summary').text()).toBe(
      '311 lines not read as data (above the header, empty, a total).',
    )
    expect(skipped.findAll('li').map((li) => li.text())).toEqual([
      'Lines 1–9: above the header',
      'Line 12: empty',
      'Line 13: a total',
      '… and 300 more.',
    ])
    expect(
      mountSample(preview({ skipped: [], skippedCount: 0 }))
        .find('[data-testid="import-skipped"]')
        .exists(),
    ).toBe(false)
  })

  it('offers no encoding for a workbook', () => {
    const w = mountSample(
      preview({
        encoding: 'xlsx',
        encodingGuess: { encoding: 'xlsx', by: 'xlsx', confidence: 1, alternatives: [] },
      }),
      'sr',
    )
    expect(w.find('[data-testid="import-encoding"]').exists()).toBe(false)
    expect(w.get('[data-testid="import-encoding-guess"]').text()).toBe('Excel radna sveska.')
  })
})
