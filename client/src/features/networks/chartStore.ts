import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type { EntityKind, LinkKind, Stage, TraffickingRole } from '../../generated/graphql'
import { entityFlags, type EntityFlags } from '../../ui/entity/model'
import { resetWithSession } from '../../ui/sessionReset'

export interface ChartNode extends EntityFlags {
  id: string
  kind: EntityKind
  name: string
  /** An event's date, for labels with dates. */
  date?: string | null
}

export interface ChartLink {
  id: string
  kind: LinkKind
  fromId: string
  toId: string
  role?: TraffickingRole | null
  stage?: Stage | null
  /** A payment's amount and a call's or payment's time: link width and dates on the chart. */
  amount?: number | null
  at?: string | null
}

export interface EntityInput {
  id: string
  kind: EntityKind
  name: string
}

export interface Viewport {
  zoom: number
  pan: { x: number; y: number }
}

export interface Position {
  x: number
  y: number
}

/** What is on the chart and where, as plain data: saved, kept as a draft, and undone. */
export interface ChartContent {
  nodes: Record<string, ChartNode>
  links: Record<string, ChartLink>
  positions: Record<string, Position>
}

/**
 * What an edit was, told to listeners before it happens (the edit history takes its state then).
 * 'positions' comes after a layout and is no edit of its own.
 */
export type ChartChange = 'add' | 'remove' | 'clear' | 'move' | 'positions' | 'restore'

function toNode(e: EntityInput): ChartNode {
  const date = 'date' in e && typeof e.date === 'string' ? e.date : null
  return { id: e.id, kind: e.kind, name: e.name, date, ...entityFlags(e) }
}
const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T

/** What is on the chart, what is selected and highlighted. Entities only as far as drawn. */
export const useChartStore = defineStore('chart', () => {
  const nodes = ref<Record<string, ChartNode>>({})
  // Every link seen; one is drawn once both its ends are on the chart.
  const links = ref<Record<string, ChartLink>>({})
  const selection = ref<string[]>([])
  const highlight = shallowRef<{ nodes: ReadonlySet<string>; links: ReadonlySet<string> }>({
    nodes: new Set(),
    links: new Set(),
  })
  const viewport = shallowRef<Viewport | null>(null)
  /** Where each entity stands, as the canvas last reported it (after a layout or a drag). */
  const positions = ref<Record<string, Position>>({})
  /**
   * Raised when positions come from outside the canvas (a chart opened, an undo): the canvas
   * then moves its nodes there, and to the viewport when `viewport` is set.
   */
  const placement = shallowRef<{ seq: number; viewport: boolean }>({ seq: 0, viewport: false })
  const listeners = new Set<(change: ChartChange) => void>()
  /** Bumped on clear/reset so answers to requests made before are dropped. */
  const epoch = ref(0)

  const nodeList = computed(() => Object.values(nodes.value))
  const visibleLinks = computed(() =>
    Object.values(links.value).filter((l) => l.fromId in nodes.value && l.toId in nodes.value),
  )
  const canFindPath = computed(() => selection.value.length === 2)

  function has(id: string): boolean {
    return id in nodes.value
  }

  /** Listens to edits before they happen; returns the function that stops listening. */
  function onChange(listener: (change: ChartChange) => void): () => void {
    listeners.add(listener)
    return () => listeners.delete(listener)
  }

  let quiet = false
  function changing(change: ChartChange): void {
    if (!quiet) for (const listener of listeners) listener(change)
  }

  /** A new session starts from nothing, and that is no edit to undo. */
  function reset(): void {
    quiet = true
    try {
      clear()
    } finally {
      quiet = false
    }
  }

  /** Adds new entities and refreshes known ones; returns the ids that were new. */
  function addEntities(entities: readonly EntityInput[]): string[] {
    if (entities.some((e) => !(e.id in nodes.value))) changing('add')
    const added: string[] = []
    for (const e of entities) {
      if (!(e.id in nodes.value)) added.push(e.id)
      nodes.value[e.id] = toNode(e)
    }
    return added
  }

  function addLinks(list: readonly ChartLink[]): void {
    if (list.some((l) => !(l.id in links.value))) changing('add')
    for (const l of list) {
      links.value[l.id] = {
        id: l.id,
        kind: l.kind,
        fromId: l.fromId,
        toId: l.toId,
        role: l.role ?? null,
        stage: l.stage ?? null,
        amount: l.amount ?? null,
        at: l.at ?? null,
      }
    }
  }

  function addSubgraph(sub: { nodes: readonly EntityInput[]; links: readonly ChartLink[] }) {
    const added = addEntities(sub.nodes)
    addLinks(sub.links)
    return added
  }

  function remove(ids: readonly string[]): void {
    const gone = new Set(ids)
    if (ids.some((id) => id in nodes.value)) changing('remove')
    for (const id of gone) {
      delete nodes.value[id]
      delete positions.value[id]
    }
    selection.value = selection.value.filter((id) => !gone.has(id))
    const h = highlight.value
    if ([...gone].some((id) => h.nodes.has(id))) clearHighlight()
  }

  function clear(): void {
    if (Object.keys(nodes.value).length) changing('clear')
    nodes.value = {}
    links.value = {}
    positions.value = {}
    selection.value = []
    viewport.value = null
    clearHighlight()
    epoch.value++
  }

  /** An analyst's drag: an edit. */
  function move(moved: Readonly<Record<string, Position>>): void {
    const changed = Object.entries(moved).some(([id, p]) => {
      const was = positions.value[id]
      return !was || Math.abs(was.x - p.x) > 0.5 || Math.abs(was.y - p.y) > 0.5
    })
    if (!changed) return
    changing('move')
    positions.value = { ...positions.value, ...clone(moved) }
  }

  /** Where a layout put the entities: part of the edit that made it run. */
  function setPositions(next: Readonly<Record<string, Position>>): void {
    changing('positions')
    positions.value = { ...positions.value, ...clone(next) }
  }

  function content(): ChartContent {
    return clone({ nodes: nodes.value, links: links.value, positions: positions.value })
  }

  /**
   * Puts a whole chart back (an undo, a draft, a saved chart); with `view`, its viewport too.
   * Requests made for the chart before are dropped, as on clear.
   */
  function restore(c: ChartContent, view?: Viewport | null): void {
    changing('restore')
    nodes.value = clone(c.nodes)
    links.value = clone(c.links)
    positions.value = clone(c.positions)
    selection.value = selection.value.filter((id) => id in nodes.value)
    clearHighlight()
    if (view !== undefined) viewport.value = view
    placement.value = { seq: placement.value.seq + 1, viewport: !!view }
    epoch.value++
  }

  /** Entities as the chart keeps them (a saved chart's, to restore). */
  function nodesOf(entities: readonly EntityInput[]): Record<string, ChartNode> {
    return Object.fromEntries(entities.map((e) => [e.id, toNode(e)]))
  }

  /** Plain click replaces the selection; additive click toggles one entity in or out. */
  function select(id: string, additive = false): void {
    if (!additive) {
      selection.value = [id]
    } else if (selection.value.includes(id)) {
      selection.value = selection.value.filter((s) => s !== id)
    } else {
      selection.value = [...selection.value, id]
    }
  }

  function setSelection(ids: readonly string[]): void {
    selection.value = ids.filter((id) => id in nodes.value)
  }

  function setHighlight(nodeIds: Iterable<string>, linkIds: Iterable<string>): void {
    highlight.value = { nodes: new Set(nodeIds), links: new Set(linkIds) }
  }

  function clearHighlight(): void {
    highlight.value = { nodes: new Set(), links: new Set() }
  }

  function saveViewport(v: Viewport): void {
    viewport.value = v
  }

  resetWithSession(reset)

  return {
    nodes,
    links,
    selection,
    highlight,
    viewport,
    positions,
    placement,
    epoch,
    nodeList,
    visibleLinks,
    canFindPath,
    has,
    addEntities,
    addLinks,
    addSubgraph,
    remove,
    clear,
    reset,
    onChange,
    move,
    setPositions,
    content,
    restore,
    nodesOf,
    select,
    setSelection,
    setHighlight,
    clearHighlight,
    saveViewport,
  }
})
