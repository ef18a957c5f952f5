import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

/**
 * Every named query that reads investigation entities must apply need-to-know (`visible()`, whose
 * text carries $viewerCaseIds). Queries that may skip it are listed here with the reason, so a new
 * module cannot forget the predicate silently.
 */
const EXEMPT: Record<string, string> = {
  CREATE_LINK: 'runs after LINK_ENDPOINTS checked both ends in the same transaction',
  SOURCE_IDS: 'returns ids the caller sent, to check they exist',
  UPDATE_ENTITY: 'runs after LOCK_ENTITY_FOR_UPDATE checked the node in the same transaction',
  UPDATE_LINK: 'runs after LOCK_LINK_FOR_UPDATE checked both ends in the same transaction',
  CASES_WITH_NUMBER:
    'returns whether each case with the number is visible; only a visible one refuses (no oracle)',
  ASSIGN_CREATOR: 'assigns the creator to the case just created',
  REMOVE_FROM_CASE: 'runs after CASE_NODE and MEMBER_CANDIDATES checked in the same transaction',
  AUDIT_ENTRIES: 'reads audit entries, which hold ids only, for supervisors',
  RESTRICTED_IDS: 'finds which audit ids to mask for the viewer; returns ids the trail holds',
  DEMO_ASSIGN: 'the platform assigns demo cases at first start; no user reads through it',
  TEXT_MENTIONS:
    'erasure must reach copies of a name the supervisor cannot see; counts only return',
  LINK_TEXT_MENTIONS: 'as TEXT_MENTIONS, for links',
  REDACT_NODE: 'writes the redaction TEXT_MENTIONS found, in the same transaction',
  YEARLY_FIGURES: 'analysts count across all cases; plain numbers and facts leave, never nodes',
  CITE_SOURCE: 'runs on ids matchByKey found visible in the same transaction',
  CREATE_LINKS: 'joins ids the import created or matched visibly in the same transaction',
  ADD_IMPORT_TO_CASE: 'runs after CASE_NODE checked the case in the same transaction',
  MERGE_SOURCE: "finds the file's own Source by its content digest; returns only its id",
  STAGE_SOURCE: 'labels the Source this transaction just created',
  LOCK_FILE: "locks the imported file's own node; reads no entity",
  START_RUN: 'records the run; reads no entity',
  CLAIM_RUN: "locks the importer's own run node; reads no entity",
  PUBLISH_RUN: "publishes the importer's own staged run, in the transaction with its audit entry",
  ERASE_NODES: 'runs after ERASURE_TARGET checked the person in the same transaction',
  ERASED_LINK_IDS:
    'erasure takes the erased records’ links off every chart, whoever may see it; link ids only return',
  SNAPSHOT_NODE: 'copies a record LOCK_PAIR checked in the same transaction, for undo',
  SET_ASIDE_LINKS: 'runs on the pair LOCK_PAIR checked; returns a count only',
  ABSORBED_LINK_KINDS: 'link types of the record LOCK_PAIR checked; type names only',
  MOVE_OUT:
    'a merge moves every link of the absorbed record, also to records the merger cannot see; link ids only return',
  MOVE_IN: 'as MOVE_OUT, for incoming links',
  UPDATE_SURVIVOR: 'runs after LOCK_PAIR checked the survivor in the same transaction',
  DELETE_ABSORBED: 'runs after LOCK_PAIR checked the record in the same transaction',
  RESTORE_SURVIVOR: 'runs after LOCK_MERGE checked the survivor in the same transaction',
  RESTORE_LINKS: 'puts back links the merge set aside, between records LOCK_MERGE checked',
}

const ENTITY_READ =
  /MATCH[^\n]*\((\w+)?:(Entity|Person|Organization|Location|Phone|Asset|Event|Case|Source)\b|queryNodes/

async function namedQueries(): Promise<Array<[string, string]>> {
  const modules = fileURLToPath(new URL('../modules', import.meta.url))
  const out: Array<[string, string]> = []
  for (const dir of readdirSync(modules, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)) {
    for (const file of readdirSync(join(modules, dir)).filter((f) => f.endsWith('.queries.ts'))) {
      const mod = (await import(join(modules, dir, file))) as Record<string, unknown>
      for (const [name, value] of Object.entries(mod)) {
        if (typeof value === 'string') out.push([name, value])
        else if (value && typeof value === 'object')
          out.push([name, Object.values(value).join('\n')])
        else if (typeof value === 'function' && value.length === 1)
          out.push([name, String((value as (n: number) => string)(4))])
      }
    }
  }
  return out
}

describe('need-to-know in every named query', () => {
  it('applies visible() wherever entities are read, or says why not', async () => {
    const missing = (await namedQueries())
      .filter(
        ([name, q]) => ENTITY_READ.test(q) && !q.includes('$viewerCaseIds') && !(name in EXEMPT),
      )
      .map(([name]) => name)
    expect(missing).toEqual([])
  })

  it('has no stale exemptions', async () => {
    const names = new Set((await namedQueries()).map(([name]) => name))
    expect(Object.keys(EXEMPT).filter((n) => !names.has(n))).toEqual([])
  })
})
