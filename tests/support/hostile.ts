import { afterEach, beforeEach, expect, inject } from 'vitest'
import { Api } from './api.ts'
import { cypher, graphFingerprint } from './db.ts'

/** What the hostile-input corpus (tests/integration/hostile*.test.ts) asserts of every answer. */

/** Labels a refused request may still write: its audit entry, a session, a sign-in throttle. */
const BOOKKEEPING = ['AuditEntry', 'AuditHead', 'Session', 'LoginThrottle']

/** The whole graph apart from bookkeeping: entities, links, and every other node and version. */
export async function snapshot(): Promise<string> {
  const [rest] = await cypher(
    `MATCH (n) WHERE none(l IN labels(n) WHERE l IN $skip)
     RETURN count(n) AS nodes, sum(coalesce(n.version, 0)) AS versions`,
    { skip: BOOKKEEPING },
  )
  return `${await graphFingerprint()} ${JSON.stringify(rest)}`
}

export async function expectAlive() {
  const res = await new Api().gql<{ health: { ok: boolean } }>('{ health { ok } }')
  expect(res.data?.health.ok).toBe(true)
}

/** In the calling describe block: every test leaves the graph as it found it, and a live server. */
export function eachLeavesGraphAndServer(): void {
  let before: string
  beforeEach(async () => {
    before = await snapshot()
  })
  afterEach(async () => {
    expect(await snapshot()).toBe(before)
    await expectAlive()
  })
}

export interface HttpAnswer {
  status: number
  type: string
  text: string
  body: {
    error?: { code?: string } & Record<string, unknown>
    errors?: Array<{ extensions?: { code?: string } }>
  } & Record<string, unknown>
}

/** A request whose answer must be JSON: never Express's page, a stack frame or a server path. */
export async function http(path: string, init: RequestInit): Promise<HttpAnswer> {
  const res = await fetch(`${inject('wbUrl')}${path}`, init)
  const text = await res.text()
  const type = res.headers.get('content-type') ?? ''
  expect(type).toMatch(/^application\/(json|x-ndjson)/)
  expect(text).not.toMatch(/<html|<pre>|\bat [\w.]+ \(|node_modules|\/src\//i)
  return { status: res.status, type, text, body: JSON.parse(text) as HttpAnswer['body'] }
}

export const codeOf = (a: HttpAnswer) => a.body.error?.code ?? a.body.errors?.[0]?.extensions?.code

/** Posts a file to the import API as the holder of `cookie`. */
export const uploader =
  (cookie: () => string) =>
  (query: string, bytes: Buffer | string, extra: Record<string, string> = {}) =>
    http(`/api/imports${query}`, {
      method: 'POST',
      headers: {
        cookie: cookie(),
        'x-htwb-import': '1',
        'content-type': 'application/octet-stream',
        ...extra,
      },
      body: bytes,
    })

export const CALLS = '?mapping=call-records&fileName=hostile.csv&dryRun=true'
export const FTM = '?format=ftm&fileName=hostile.ijson&dryRun=true'
export const ftmLine = (id: string, schema: string, properties: Record<string, string[]>) =>
  JSON.stringify({ id, schema, properties })
