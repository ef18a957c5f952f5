import { describe, expect, inject, it } from 'vitest'
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ImportReport } from '@htwb/graph/import-api'
import { wb } from '../support/cli.ts'
import { cypher } from '../support/db.ts'
import { cookieOf } from '../support/session.ts'

/**
 * A large file's links take one of two ways into the graph: the workbench's server hands them to
 * its database as CSV files (NEO4J_LOAD_DIR, as with the embedded database), the command line
 * here (no such directory) as parameters. Both must store the same, and publish whole.
 */
const tag = Date.now().toString(36).slice(-4)
const digits = (n: number) => String(n).padStart(5, '0')
const two = (n: number) => String(n).padStart(2, '0')

function calls(prefix: string, month: string, known: string): string {
  const rows = ['caller;callee;start;duration;cell']
  for (let i = 0; i < 24_000; i++) {
    const at = `${two(1 + (i % 28))}.${month}.2018 ${two(Math.floor(i / 28) % 24)}:${two(Math.floor(i / 672) % 60)}:${two(i % 60)}`
    // A third of the calls are between two phones known before the file: those wait for the
    // publishing transaction (a staged link between existing records would show at once).
    const callee = i % 3 === 0 ? `${known}${digits((i * 7) % 300)}` : `${prefix}${digits(i % 3000)}`
    rows.push(`${known}${digits(i % 300)};${callee};${at};${i % 600};`)
  }
  return rows.join('\n')
}

function knownPhones(known: string): string {
  const rows = ['caller;callee;start;duration;cell']
  for (let i = 0; i < 300; i++)
    rows.push(`${known}${digits(i)};${known}${digits((i + 1) % 300)};01.01.2018 09:00;5;`)
  return rows.join('\n')
}

async function upload(name: string, body: string): Promise<ImportReport> {
  const cookie = await cookieOf('investigator')
  const query = new URLSearchParams({ mapping: 'call-records', fileName: name })
  const res = await fetch(`${inject('wbUrl')}/api/imports?${query}`, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', cookie, 'x-htwb-import': '1' },
    body,
  })
  const json = (await res.json()) as { report?: ImportReport; error?: unknown }
  expect(res.status, JSON.stringify(json.error)).toBe(200)
  return json.report!
}

/** What a file's calls hold: count, known-to-known calls, and each property's type. */
async function stored(source: string, known: string) {
  const [shape] = await cypher<{
    calls: number
    knownPairs: number
    staged: number
    types: string[]
  }>(
    `CALL () { MATCH (n:Staged) RETURN count(n) AS staged }
     MATCH (a:Phone)-[c:CALLED]->(b:Phone) WHERE $source IN c.sourceIds
     WITH staged, count(c) AS calls,
          sum(CASE WHEN a.number STARTS WITH $known AND b.number STARTS WITH $known THEN 1 ELSE 0 END) AS knownPairs,
          collect(c)[0..50] AS sample
     UNWIND sample AS c UNWIND keys(c) AS k
     WITH staged, calls, knownPairs, collect(DISTINCT k + ': ' + valueType(c[k])) AS types
     RETURN staged, calls, knownPairs, types`,
    { source, known: `+383${known.slice(1)}` },
  )
  // Each new phone of the file (written by file too, or as parameters) and what it holds.
  const [phones] = await cypher<{ n: number; types: string[]; published: number }>(
    `MATCH (p:Phone) WHERE $source IN p.sourceIds AND NOT p.number STARTS WITH $known
     WITH count(p) AS n, sum(CASE WHEN p:Entity AND NOT p:Staged THEN 1 ELSE 0 END) AS published,
          collect(p)[0..50] AS sample
     UNWIND sample AS p UNWIND keys(p) AS k
     RETURN n, published, collect(DISTINCT k + ': ' + valueType(p[k])) AS types`,
    { source, known: `+383${known.slice(1)}` },
  )
  return {
    ...shape!,
    types: [...shape!.types].sort(),
    phones: phones!.n,
    phoneTypes: [...phones!.types].sort(),
    published: phones!.published,
  }
}

describe('a large import, by file and by parameters', () => {
  it('stores the same calls either way, and publishes each whole', async () => {
    // Ten-digit numbers (+383 and nine digits) no demo phone has.
    const [knownA, knownB] = ['04471', '04472']
    const dir = mkdtempSync(join(tmpdir(), 'htwb-staged-'))

    // By file: through the server.
    await upload(`known-a-${tag}.csv`, knownPhones(knownA))
    const byFile = await upload(`big-a-${tag}.csv`, calls('04473', '02', knownA))
    expect(byFile.links).toEqual([{ kind: 'CALLED', created: 24_000, matched: 0 }])
    // It went by file (the directory is made on first use), and the files are gone after it.
    expect(readdirSync(inject('loadDir'))).toEqual([])

    // By parameters: the command line.
    const small = join(dir, 'known-b.csv')
    writeFileSync(small, knownPhones(knownB))
    expect((await wb(['import', '--mapping', 'call-records', small])).code).toBe(0)
    const big = join(dir, 'big-b.csv')
    writeFileSync(big, calls('04474', '03', knownB))
    const res = await wb(['import', '--mapping', 'call-records', big])
    expect(res.code, res.stderr).toBe(0)
    const sourceB = /source\s+(\S+)/.exec(res.stdout)?.[1] as string

    const a = await stored(byFile.sourceId!, knownA)
    const b = await stored(sourceB, knownB)
    expect(a).toMatchObject({ staged: 0, calls: 24_000, knownPairs: 8_000 })
    expect(b).toMatchObject({ staged: 0, calls: 24_000, knownPairs: 8_000 })
    // Typed alike: a time is a zoned datetime, a duration and a grading integers, ids strings.
    expect(a.types).toEqual(b.types)
    expect(a).toMatchObject({ phones: 2_000, published: 2_000 })
    expect(b).toMatchObject({ phones: 2_000, published: 2_000 })
    expect(a.phoneTypes).toEqual(b.phoneTypes)
    expect(a.phoneTypes).toEqual(
      expect.arrayContaining(['number: STRING NOT NULL', 'searchText: STRING NOT NULL']),
    )
    expect(a.types).toEqual(
      expect.arrayContaining([
        'at: ZONED DATETIME NOT NULL',
        'durationSeconds: INTEGER NOT NULL',
        'credibility: INTEGER NOT NULL',
        'sourceIds: LIST<STRING NOT NULL> NOT NULL',
        'id: STRING NOT NULL',
        'importKey: STRING NOT NULL',
      ]),
    )
  }, 300_000)
})
