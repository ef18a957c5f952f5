import { describe, expect, it } from 'vitest'
import { isRecordId, parseView, pruneView, viewTexts, type Json } from './charts.view.ts'

const codeOf = (f: () => unknown): string | null => {
  try {
    f()
    return null
  } catch (e) {
    return (e as { code?: string }).code ?? 'not coded'
  }
}

const seen = 'per-11111111-aaaa'
const hidden = 'per-22222222-bbbb'
const org = 'org-33333333-cccc'

const view = (): Json => ({
  version: 1,
  hiddenIds: [seen, hidden],
  layout: 'force',
  groups: [
    { id: 'group-1', label: 'Family', anchorId: org, memberIds: [seen, hidden], collapsed: false },
    { id: 'group-2', label: 'Hidden ring', anchorId: null, memberIds: [hidden], collapsed: true },
  ],
})

describe('a saved chart’s view state', () => {
  it('loses the ids the viewer may not see, and groups left with none of theirs', () => {
    const pruned = pruneView(view(), (id) => id === hidden) as Record<string, Json>
    expect(pruned.hiddenIds).toEqual([seen])
    expect(pruned.groups).toEqual([
      { id: 'group-1', label: '', anchorId: org, memberIds: [seen], collapsed: false },
    ])
    expect(JSON.stringify(pruned)).not.toContain(hidden)
    expect(JSON.stringify(pruned)).not.toContain('Hidden ring')
  })

  it('keeps no label beside a hidden organisation the group was named after', () => {
    // chartDrawn.ts suggests a group per organisation, labelled with its name.
    const anchored: Json = {
      groups: [
        {
          id: 'group-1',
          label: 'Dardania Trans LLC',
          anchorId: org,
          memberIds: [org, seen],
          collapsed: true,
        },
      ],
    }
    const pruned = pruneView(anchored, (id) => id === org)
    expect(pruned).toEqual({
      groups: [{ id: 'group-1', label: '', anchorId: null, memberIds: [seen], collapsed: true }],
    })
    expect(JSON.stringify(pruned)).not.toContain('Dardania')
  })

  it('keeps no family name once a member it may come from is hidden', () => {
    const family: Json = {
      groups: [
        { id: 'group-1', label: 'Krasniqi', anchorId: null, memberIds: [seen, hidden] },
        { id: 'group-2', label: 'Berisha', anchorId: null, memberIds: [seen] },
      ],
    }
    expect(pruneView(family, (id) => id === hidden)).toEqual({
      groups: [
        { id: 'group-1', label: '', anchorId: null, memberIds: [seen] },
        // Nothing of this one was hidden: its label stays as typed.
        { id: 'group-2', label: 'Berisha', anchorId: null, memberIds: [seen] },
      ],
    })
  })

  it('drops entries keyed by an id the viewer may not see', () => {
    const keyed: Json = {
      colours: { [seen]: 'red', [hidden]: 'blue' },
      notes: { [hidden]: { text: 'Seen at the border' } },
    }
    const pruned = pruneView(keyed, (id) => id === hidden)
    expect(pruned).toEqual({ colours: { [seen]: 'red' }, notes: {} })
    expect(JSON.stringify(pruned)).not.toContain(hidden)
    expect(JSON.stringify(pruned)).not.toContain('border')
  })

  it('reads an id that is not in a list as null', () => {
    expect(pruneView({ focus: hidden, layout: 'force' }, (id) => id === hidden)).toEqual({
      focus: null,
      layout: 'force',
    })
  })

  it('rewrites other text, as erasure does to a label naming the erased person', () => {
    const out = pruneView(
      view(),
      () => false,
      (s) => s.replace('Family', '[erased]'),
    )
    expect(JSON.stringify(out)).toContain('[erased]')
    expect(JSON.stringify(out)).not.toContain('Family')
  })

  it('finds the typed text for the shield, not ids or enum values', () => {
    const texts = viewTexts(view()).map((t) => t.obj[t.key])
    expect(texts).toEqual(['Family', 'Hidden ring'])
  })

  it('tells record ids from other strings', () => {
    expect(isRecordId(seen)).toBe(true)
    expect(isRecordId('lnk-0c2a')).toBe(true)
    expect(isRecordId('group-1')).toBe(false)
    expect(isRecordId('force')).toBe(false)
  })

  it('accepts a JSON object and refuses anything else, or too much', () => {
    expect(parseView(JSON.stringify(view()))).toEqual(view())
    expect(parseView(null)).toBeNull()
    expect(codeOf(() => parseView('[1,2]'))).toBe('input/invalid')
    expect(codeOf(() => parseView('{"a":'))).toBe('input/invalid')
    let deep = '1'
    for (let i = 0; i < 20; i++) deep = `{"a":${deep}}`
    expect(codeOf(() => parseView(deep))).toBe('input/invalid')
    expect(codeOf(() => parseView(JSON.stringify({ s: 'x'.repeat(300_000) })))).toBe(
      'chart/too_large',
    )
  })
})
