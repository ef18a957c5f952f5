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

  /** Adds new entities and refreshes known ones; returns the ids that were new. */
  function addEntities(entities: readonly EntityInput[]): string[] {
    const added: string[] = []
    for (const e of entities) {
      if (!(e.id in nodes.value)) added.push(e.id)
      const date = 'date' in e && typeof e.date === 'string' ? e.date : null
      nodes.value[e.id] = { id: e.id, kind: e.kind, name: e.name, date, ...entityFlags(e) }
    }
    return added
  }

  function addLinks(list: readonly ChartLink[]): void {
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
    for (const id of gone) delete nodes.value[id]
    selection.value = selection.value.filter((id) => !gone.has(id))
    const h = highlight.value
    if ([...gone].some((id) => h.nodes.has(id))) clearHighlight()
  }

  function clear(): void {
    nodes.value = {}
    links.value = {}
    selection.value = []
    viewport.value = null
    clearHighlight()
    epoch.value++
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

  resetWithSession(clear)

  return {
    nodes,
    links,
    selection,
    highlight,
    viewport,
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
    reset: clear,
    select,
    setSelection,
    setHighlight,
    clearHighlight,
    saveViewport,
  }
})
