import DataLoader from 'dataloader'
import type { Node } from 'neo4j-driver'
import type { Context } from '../../context.ts'
import { nodeToEntity } from '../../data/convert.ts'
import type { DataAccess } from '../../data/access.ts'
import type { EntityModel } from '../../data/models.ts'
import { LABEL_ENTITIES } from './labels.queries.ts'
import { isLabelKey, refOf, renderEnglish, type LabelModel } from './labels.templates.ts'

/**
 * One loader per request (keyed on its DataAccess): the entities every label of a response names
 * are read in one statement, through visible(), pseudonymisation and the shield like any read,
 * and each read person is recorded as consulted (the label shows her pseudonym).
 */
const loaders = new WeakMap<DataAccess, DataLoader<string, EntityModel | null>>()

function loaderOf(data: DataAccess): DataLoader<string, EntityModel | null> {
  let l = loaders.get(data)
  if (!l) {
    l = new DataLoader(async (ids) => {
      const found = await data.read(LABEL_ENTITIES, { ids: [...ids] }, (r) =>
        nodeToEntity(r.get('n') as Node),
      )
      const byId = new Map(found.map((e) => [e.id, e]))
      return ids.map((id) => byId.get(id) ?? null)
    })
    loaders.set(data, l)
  }
  return l
}

/** The stored label of a record, when it has one and its name was not written over since. */
function storedLabel(e: EntityModel): { key: LabelModel['key']; args: string[] } | null {
  const key = e.labelKey
  const args = e.labelArgs
  if (!isLabelKey(key) || !Array.isArray(args)) return null
  if (typeof e.labelFor === 'string' && e.labelFor !== e.name) return null
  return { key, args: args.map(String) }
}

/**
 * The label as this viewer may see it: every entity it names is read now, so a pseudonym stays a
 * pseudonym (the victim's name is never in it: the label holds her id, and her record answers
 * with the pseudonym), and one the viewer may not see is `hidden`, answered as a missing one.
 */
export async function labelOf(
  ctx: Context,
  e: EntityModel,
  nameFor: (seen: EntityModel) => string = (seen) => seen.name,
): Promise<LabelModel | null> {
  const stored = storedLabel(e)
  if (!stored) return null
  const loader = loaderOf(ctx.data)
  const args = await Promise.all(
    stored.args.map(async (arg) => {
      const ref = refOf(arg)
      if (ref === null) return { entityId: null, name: null, text: arg, hidden: false }
      const seen = await loader.load(ref)
      return seen
        ? { entityId: seen.id, name: nameFor(seen), text: null, hidden: false }
        : { entityId: null, name: null, text: null, hidden: true }
    }),
  )
  return { key: stored.key, args }
}

/**
 * A record's name as the viewer may read it, in English: its label rendered, or its name as
 * stored. For what leaves the workbench without the client (exports, the CLI). `nameFor` names
 * each entity the label refers to: an export passes its own rule, since DataAccess does not mask
 * an informant the reader may see, and the file must not name one a node of it calls
 * "Protected person 1A2B3C".
 */
export async function nameOf(
  ctx: Context,
  e: EntityModel,
  nameFor?: (seen: EntityModel) => string,
): Promise<string> {
  const label = await labelOf(ctx, e, nameFor)
  return label ? renderEnglish(label) : e.name
}
