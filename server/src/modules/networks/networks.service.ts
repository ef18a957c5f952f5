import { LINK_KINDS, type LinkKind } from '@htwb/graph'
import type { Node, Path, Relationship } from 'neo4j-driver'
import type { Context } from '../../context.ts'
import { nodeToEntity, relToLink, toPlain } from '../../data/convert.ts'
import { toDate, toInt } from '../../data/params.ts'
import type { EntityModel, LinkModel, SubgraphModel, SubgraphPathModel } from '../../data/models.ts'
import { appError } from '../../errors.ts'
import type { QueryExpandArgs, QueryPathsArgs } from '../../generated/resolvers.ts'
import { EXISTING, NEIGHBOURS, SEEDS, shortestPaths } from './networks.queries.ts'

/** Links an expansion brings for one pair; `cutPairs` tells of the rest, `links` pages them. */
export const LINKS_PER_PAIR = 20

/**
 * Case membership joins everyone in a case; following it from a member is opt-in (a case's own
 * members always come: NEIGHBOURS), and so is a path through it (`throughCases`).
 */
const DEFAULT_KINDS = LINK_KINDS.filter((k) => k !== 'PART_OF_CASE')

const kindsOrDefault = (kinds?: readonly string[] | null): LinkKind[] =>
  kinds?.length ? (kinds as LinkKind[]) : [...DEFAULT_KINDS]

function inRange(value: number, min: number, max: number, field: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw appError('network/out_of_range', { field, min, max })
  }
  return value
}

/**
 * Breadth-first expansion one depth at a time, so the node limit holds at every step and a hub
 * (a phone with thousands of calls) cannot blow up one query.
 */
export async function expand(ctx: Context, args: QueryExpandArgs): Promise<SubgraphModel> {
  ctx.data.requireUser()
  const ids = [...new Set(args.ids)]
  if (!ids.length || ids.length > 50)
    throw appError('network/too_many_seeds', { field: 'ids', max: 50 })
  const depth = inRange(args.depth ?? 1, 1, 3, 'depth')
  const limit = inRange(args.limit ?? 150, 1, 500, 'limit')
  const kinds = kindsOrDefault(args.linkKinds)
  const window = { from: toDate(args.window?.from), to: toDate(args.window?.to) }

  const seeds = await ctx.data.read(SEEDS, { ids }, (r) => nodeToEntity(r.get('n') as Node))
  const missing = ids.filter((id) => !seeds.some((s) => s.id === id))
  if (missing.length) throw appError('entity/not_found', { field: 'ids', ids: missing })

  const nodes = new Map<string, EntityModel>(seeds.map((s) => [s.id, s]))
  const links = new Map<string, LinkModel>()
  const pairs = new Map<string, { aId: string; bId: string; totalCount: number }>()
  let frontier = ids
  let truncated = false
  for (let d = 0; d < depth && frontier.length; d++) {
    const params = {
      frontier,
      known: [...nodes.keys()],
      room: toInt(Math.max(limit - nodes.size, 0)),
      perPair: toInt(LINKS_PER_PAIR),
      kinds,
      ...window,
    }
    const rows = await ctx.data.read(NEIGHBOURS, params, (r) => ({
      node: nodeToEntity(r.get('b') as Node),
      pairs: (r.get('pairs') as PairRow[]).map((p) => ({
        aId: p.aId,
        total: toPlain(p.total) as number,
        links: p.links.map((l) => relToLink(l.r, l.fromId, l.toId)),
      })),
      truncated: r.get('truncated') as boolean,
    }))
    const next: string[] = []
    for (const row of rows) {
      if (!nodes.has(row.node.id)) {
        nodes.set(row.node.id, row.node)
        next.push(row.node.id)
      }
      for (const pair of row.pairs) {
        for (const link of pair.links) links.set(link.id, link)
        // A pair met from both ends (both in the frontier) is one pair.
        const [aId, bId] = [pair.aId, row.node.id].sort() as [string, string]
        const key = `${aId} ${bId}`
        const seen = pairs.get(key)
        if (!seen || seen.totalCount < pair.total)
          pairs.set(key, { aId, bId, totalCount: pair.total })
      }
      truncated ||= row.truncated
    }
    frontier = next
  }
  return {
    nodes: [...nodes.values()],
    links: [...links.values()],
    truncated,
    cutPairs: cut(pairs, links),
  }
}

type PairRow = {
  aId: string
  total: unknown
  links: Array<{ r: Relationship; fromId: string; toId: string }>
}

/** Pairs whose links the expansion did not bring all of, with how many it brought. */
function cut(
  pairs: Map<string, { aId: string; bId: string; totalCount: number }>,
  links: Map<string, LinkModel>,
): SubgraphModel['cutPairs'] {
  const shown = new Map<string, number>()
  for (const l of links.values()) {
    const key = [l.fromId, l.toId].sort().join(' ')
    shown.set(key, (shown.get(key) ?? 0) + 1)
  }
  return [...pairs.entries()].flatMap(([key, p]) => {
    const n = shown.get(key) ?? 0
    return n < p.totalCount ? [{ ...p, shown: n }] : []
  })
}

export async function paths(ctx: Context, args: QueryPathsArgs): Promise<SubgraphPathModel[]> {
  ctx.data.requireUser()
  const maxHops = inRange(args.maxHops ?? 4, 1, 6, 'maxHops')
  const first = inRange(args.first ?? 3, 1, 10, 'first')
  if (args.fromId === args.toId)
    throw appError('input/invalid', { field: 'toId', reason: 'choose two different entities' })
  const found = await ctx.data.read(
    EXISTING,
    { ids: [args.fromId, args.toId] },
    (r) => r.get('id') as string,
  )
  const missing = [args.fromId, args.toId].filter((id) => !found.includes(id))
  if (missing.length) throw appError('entity/not_found', { field: 'fromId', ids: missing })
  const params = {
    fromId: args.fromId,
    toId: args.toId,
    kinds: args.throughCases
      ? [...new Set([...kindsOrDefault(args.linkKinds), 'PART_OF_CASE'])]
      : kindsOrDefault(args.linkKinds),
    first: toInt(first),
  }
  return ctx.data.read(shortestPaths(maxHops), params, (r) => toPathModel(r.get('p') as Path))
}

function toPathModel(p: Path): SubgraphPathModel {
  const nodes = [nodeToEntity(p.start)]
  const links: LinkModel[] = []
  for (const seg of p.segments) {
    nodes.push(nodeToEntity(seg.end))
    const rel = seg.relationship
    const forward = rel.startNodeElementId === seg.start.elementId
    const [fromId, toId] = forward
      ? [seg.start.properties.id as string, seg.end.properties.id as string]
      : [seg.end.properties.id as string, seg.start.properties.id as string]
    links.push(relToLink(rel, fromId, toId))
  }
  return { nodes, links, length: links.length }
}
