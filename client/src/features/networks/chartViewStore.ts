import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { EntityKind, PersonCategory } from '../../generated/graphql'
import { resetWithSession } from '../../ui/sessionReset'
import { drawn } from './chartDrawn'
import { useChartStore } from './chartStore'

export const LAYOUTS = ['force', 'hierarchical', 'circle', 'concentric'] as const
export type LayoutName = (typeof LAYOUTS)[number]
export const SIZE_BY = ['none', 'degree', 'links'] as const
export type SizeBy = (typeof SIZE_BY)[number]
export const COLOUR_BY = ['kind', 'category', 'role'] as const
export type ColourBy = (typeof COLOUR_BY)[number]
/** 'count': links of one kind between the same two entities (calls); 'amount': payments. */
export const LINK_WIDTH_BY = ['none', 'count', 'amount'] as const
export type LinkWidthBy = (typeof LINK_WIDTH_BY)[number]
export const LABEL_MODES = ['auto', 'always'] as const
/** 'auto' hides labels at low zoom (level of detail); 'always' keeps every label. */
export type LabelMode = (typeof LABEL_MODES)[number]

/** A box of entities drawn together (a family, a group and its members); collapsed = one node. */
export interface ChartGroup {
  id: string
  label: string
  /** The organisation (or other entity) the group is about, if any; it stays inside the box. */
  anchorId: string | null
  memberIds: string[]
  collapsed: boolean
}

export interface ChartFormat {
  sizeBy: SizeBy
  colourBy: ColourBy
  linkWidthBy: LinkWidthBy
  labelDates: boolean
  labels: LabelMode
}

/** How the chart is shown, as plain JSON: saved with a chart and restored with it. */
export interface ChartViewState {
  version: 1
  hiddenKinds: EntityKind[]
  hiddenCategories: PersonCategory[]
  hiddenIds: string[]
  groups: ChartGroup[]
  layout: LayoutName
  format: ChartFormat
}

const DEFAULT_FORMAT: ChartFormat = {
  sizeBy: 'none',
  colourBy: 'kind',
  linkWidthBy: 'none',
  labelDates: false,
  labels: 'auto',
}

function pick<T extends string>(allowed: readonly T[], v: unknown, fallback: T): T {
  return typeof v === 'string' && (allowed as readonly string[]).includes(v) ? (v as T) : fallback
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((s): s is string => typeof s === 'string') : []
}

/** What the view shows and how: hidden entities, groups, layout and formatting. */
export const useChartViewStore = defineStore('chartView', () => {
  const hiddenKinds = ref<EntityKind[]>([])
  const hiddenCategories = ref<PersonCategory[]>([])
  const hiddenIds = ref<string[]>([])
  const groups = ref<ChartGroup[]>([])
  const layout = ref<LayoutName>('force')
  const format = ref<ChartFormat>({ ...DEFAULT_FORMAT })
  let groupSeq = 0
  // Requests to the canvas from menus and the list (not part of the saved state).
  const centreRequest = shallowRef<{ id: string; seq: number } | null>(null)
  const layoutRequest = ref(0)

  const chart = useChartStore()
  /** What the canvas draws: hidden entities, boxes and collapsed groups worked out. */
  const drawnState = computed(() =>
    drawn(chart.nodeList, chart.visibleLinks, { isHidden, groups: groups.value }),
  )
  const hiddenCount = computed(() => drawnState.value.hidden.size)

  const hidesAnything = computed(
    () =>
      hiddenKinds.value.length > 0 ||
      hiddenCategories.value.length > 0 ||
      hiddenIds.value.length > 0,
  )

  /** Whether a node is hidden by kind, by category or by hand (groups aside). */
  function isHidden(n: { id: string; kind: EntityKind; category: PersonCategory | null }): boolean {
    return (
      hiddenKinds.value.includes(n.kind) ||
      (n.category !== null && hiddenCategories.value.includes(n.category)) ||
      hiddenIds.value.includes(n.id)
    )
  }

  function toggle<T>(list: T[], item: T, hide: boolean): T[] {
    const rest = list.filter((x) => x !== item)
    return hide ? [...rest, item] : rest
  }

  function setKindHidden(kind: EntityKind, hide: boolean): void {
    hiddenKinds.value = toggle(hiddenKinds.value, kind, hide)
  }

  function setCategoryHidden(category: PersonCategory, hide: boolean): void {
    hiddenCategories.value = toggle(hiddenCategories.value, category, hide)
  }

  function hideIds(ids: readonly string[]): void {
    hiddenIds.value = [...new Set([...hiddenIds.value, ...ids])]
  }

  function showIds(ids: readonly string[]): void {
    const show = new Set(ids)
    hiddenIds.value = hiddenIds.value.filter((id) => !show.has(id))
  }

  function showAll(): void {
    hiddenKinds.value = []
    hiddenCategories.value = []
    hiddenIds.value = []
  }

  /** Members already in a box move to the new one: an entity is in one group at most. */
  function addGroup(label: string, memberIds: readonly string[], anchorId: string | null = null) {
    const members = [...new Set(anchorId ? [anchorId, ...memberIds] : memberIds)]
    const taken = new Set(members)
    groups.value = groups.value
      .map((g) => ({
        ...g,
        memberIds: g.memberIds.filter((m) => !taken.has(m)),
        anchorId: g.anchorId && taken.has(g.anchorId) ? null : g.anchorId,
      }))
      .filter((g) => g.memberIds.length > 0)
    let id = `group-${++groupSeq}`
    while (groups.value.some((g) => g.id === id)) id = `group-${++groupSeq}`
    const group: ChartGroup = { id, label, anchorId, memberIds: members, collapsed: false }
    groups.value = [...groups.value, group]
    return group
  }

  function removeGroup(id: string): void {
    groups.value = groups.value.filter((g) => g.id !== id)
  }

  function setCollapsed(id: string, collapsed: boolean): void {
    groups.value = groups.value.map((g) => (g.id === id ? { ...g, collapsed } : g))
  }

  /** Drops entities that left the chart from the hidden list and the groups. */
  function forget(ids: readonly string[]): void {
    const gone = new Set(ids)
    hiddenIds.value = hiddenIds.value.filter((id) => !gone.has(id))
    groups.value = groups.value
      .map((g) => ({
        ...g,
        memberIds: g.memberIds.filter((m) => !gone.has(m)),
        anchorId: g.anchorId && gone.has(g.anchorId) ? null : g.anchorId,
      }))
      .filter((g) => g.memberIds.length > 0)
  }

  /** Choosing a layout lays the chart out again, even the one already chosen. */
  function setLayout(name: LayoutName): void {
    layout.value = name
    layoutRequest.value++
  }

  function centreOn(id: string): void {
    centreRequest.value = { id, seq: (centreRequest.value?.seq ?? 0) + 1 }
  }

  function setFormat(patch: Partial<ChartFormat>): void {
    format.value = { ...format.value, ...patch }
  }

  function snapshot(): ChartViewState {
    return {
      version: 1,
      hiddenKinds: [...hiddenKinds.value],
      hiddenCategories: [...hiddenCategories.value],
      hiddenIds: [...hiddenIds.value],
      groups: groups.value.map((g) => ({ ...g, memberIds: [...g.memberIds] })),
      layout: layout.value,
      format: { ...format.value },
    }
  }

  /** Accepts a saved state from an older or hand-edited chart: unknown values fall back. */
  function restore(state: Partial<ChartViewState> | null | undefined): void {
    const s = state ?? {}
    hiddenKinds.value = strings(s.hiddenKinds) as EntityKind[]
    hiddenCategories.value = strings(s.hiddenCategories) as PersonCategory[]
    hiddenIds.value = strings(s.hiddenIds)
    groups.value = (Array.isArray(s.groups) ? s.groups : [])
      .filter((g) => g && typeof g.id === 'string')
      .map((g) => ({
        id: g.id,
        label: typeof g.label === 'string' ? g.label : '',
        anchorId: typeof g.anchorId === 'string' ? g.anchorId : null,
        memberIds: strings(g.memberIds),
        collapsed: g.collapsed === true,
      }))
    layout.value = pick(LAYOUTS, s.layout, 'force')
    const f: Partial<ChartFormat> = s.format ?? {}
    format.value = {
      sizeBy: pick(SIZE_BY, f.sizeBy, DEFAULT_FORMAT.sizeBy),
      colourBy: pick(COLOUR_BY, f.colourBy, DEFAULT_FORMAT.colourBy),
      linkWidthBy: pick(LINK_WIDTH_BY, f.linkWidthBy, DEFAULT_FORMAT.linkWidthBy),
      labelDates: f.labelDates === true,
      labels: pick(LABEL_MODES, f.labels, DEFAULT_FORMAT.labels),
    }
  }

  function reset(): void {
    restore(null)
  }

  resetWithSession(reset)

  return {
    hiddenKinds,
    hiddenCategories,
    hiddenIds,
    groups,
    layout,
    format,
    centreRequest,
    layoutRequest,
    drawnState,
    hiddenCount,
    centreOn,
    hidesAnything,
    isHidden,
    setKindHidden,
    setCategoryHidden,
    hideIds,
    showIds,
    showAll,
    addGroup,
    removeGroup,
    setCollapsed,
    forget,
    setLayout,
    setFormat,
    snapshot,
    restore,
    reset,
  }
})
