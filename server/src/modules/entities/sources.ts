import type { Context } from '../../context.ts'
import type { EntityModel, ProvenanceModel } from '../../data/models.ts'

/** The Source entities a fact rests on; a source erased since is left out rather than failing. */
export async function sourcesOf(ctx: Context, p: ProvenanceModel): Promise<EntityModel[]> {
  const loaded = await ctx.loaders.entity.loadMany(p.sourceIds)
  return loaded.filter((e): e is EntityModel => !(e instanceof Error) && e.kind === 'Source')
}
