import { logger } from '../logger.ts'
import { DataAccess, type Params } from './access.ts'
import type { Db } from './driver.ts'
import type { UserModel } from './models.ts'

/** A named statement worth planning before anyone asks, with parameters of the types it gets. */
export interface WarmStatement {
  query: string
  params: Params
}

/**
 * Plans and runs once the statements of the interactive paths (a case opened, an expansion, the
 * duplicates queue) when the server starts listening, in the background. On a fresh JVM the
 * Cypher planner takes 1–3 s for each such statement and 8–12 s for the duplicates blocking, and
 * the first execution of a plan costs as much again (`docs/benchmarks.md`, "Interactive paths on
 * the demo data"): the first user after a start paid all of it. Neo4j caches a plan by the text
 * and the parameters' types, so the parameters here have the types the services send. They run
 * as a viewer who holds no case and was never recorded as anyone's writer, with ids that match
 * nothing: whatever comes back is shared reference data, and it is dropped. This also loads the
 * free-text shield's index of protected identities. Failures only cost the warmth; `stop()`
 * ends it early.
 */
const NOBODY: UserModel = { id: '', username: '', displayName: '', roles: [], clearances: [] }

export function warmPlans(db: Db, pseudonymKey: string, statements: readonly WarmStatement[]) {
  let stopped = false
  const data = new DataAccess(db, NOBODY, pseudonymKey)
  const done = (async () => {
    const t0 = Date.now()
    let planned = 0
    for (const s of statements) {
      if (stopped) return
      try {
        await data.read(s.query, s.params, () => null)
        planned++
      } catch (err) {
        if (!stopped) logger.warn({ err: (err as Error).message }, 'query plan warm-up failed')
      }
    }
    logger.info({ planned, ms: Date.now() - t0 }, 'query plans warmed')
  })()
  return {
    done,
    async stop() {
      stopped = true
      await done
    },
  }
}
