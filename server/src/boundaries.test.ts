import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

/**
 * The server's module boundaries, checked on its import statements:
 * - the data layer (data/) imports no module: modules plug into it, never the reverse;
 * - a module reaches another only through its face (modules/<m>/index.ts); common/ is the shared
 *   kernel every module may use, and it uses none;
 * - the app around them (app.ts, start.ts, schema.ts, cli/, …) also uses faces only;
 * - no module depends on another that depends on it back, however indirectly.
 */
const src = fileURLToPath(new URL('.', import.meta.url))

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    if (f === 'generated') return []
    if (statSync(p).isDirectory()) return files(p)
    return f.endsWith('.ts') && !f.endsWith('.test.ts') ? [p] : []
  })
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s+'(\.[^']+)'|import\('(\.[^']+)'\)/g
const imports = files(src).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => ({
    from: relative(src, file),
    to: relative(src, resolve(dirname(file), (m[1] ?? m[2])!)),
  })),
)
const moduleOf = (p: string) => /^modules\/([^/]+)\//.exec(p)?.[1] ?? null
const isFace = (p: string) => /^modules\/[^/]+\/index\.ts$/.test(p)
// The registry and the face type sit above the modules and may name any face.
const REGISTRY = ['modules/index.ts', 'modules/module.ts']

describe('server module boundaries', () => {
  it('keep the data layer free of modules', () => {
    const bad = imports.filter((i) => i.from.startsWith('data/') && i.to.startsWith('modules/'))
    expect(bad).toEqual([])
  })

  it('let modules and the app reach a module only through its face', () => {
    const bad = imports.filter((i) => {
      const target = moduleOf(i.to)
      if (!target || target === moduleOf(i.from) || target === 'common') return false
      if (moduleOf(i.from) === 'common') return true
      return !isFace(i.to)
    })
    expect(bad).toEqual([])
  })

  it('have no module depend on one that depends on it back', () => {
    const edges = new Map<string, Set<string>>()
    for (const i of imports) {
      const [a, b] = [moduleOf(i.from), moduleOf(i.to)]
      if (a && b && a !== b && !REGISTRY.includes(i.to)) {
        if (!edges.has(a)) edges.set(a, new Set())
        edges.get(a)!.add(b)
      }
    }
    const cycles: string[] = []
    const visit = (m: string, path: string[]) => {
      if (path.includes(m)) return void cycles.push([...path.slice(path.indexOf(m)), m].join(' → '))
      for (const n of edges.get(m) ?? []) visit(n, [...path, m])
    }
    for (const m of edges.keys()) visit(m, [])
    expect(cycles).toEqual([])
  })

  it('finds the imports it checks', () => {
    expect(imports.filter((i) => isFace(i.to)).length).toBeGreaterThan(15)
  })
})
