import { describe, expect, it } from 'vitest'

/**
 * The client's module boundaries (docs/architecture.md, "Client"), read from the import
 * statements of every source file:
 * - no folder imports a folder that imports it back (features/<f>, shell, ui, api, i18n, …);
 * - each folder imports only the layers below it (the table below);
 * - a feature is entered only through its face, features/<f>/index.ts;
 * - the login screen's first download reaches no workbench view and not Cytoscape.
 */
const SOURCES = import.meta.glob<string>(['./**/*.ts', './**/*.vue', '!./generated/**'], {
  query: '?raw',
  import: 'default',
  eager: true,
})

/** What each folder may import, besides packages; `features/*` means other features' faces. */
const MAY_IMPORT: Record<string, readonly string[]> = {
  app: ['shell', 'features/*', 'ui', 'api', 'i18n', 'generated'],
  shell: ['features/*', 'ui', 'api', 'i18n', 'generated', 'testing'],
  'features/*': ['features/*', 'ui', 'api', 'i18n', 'generated', 'testing'],
  ui: ['api', 'i18n', 'generated', 'testing'],
  api: ['generated', 'i18n', 'testing'],
  testing: ['i18n'],
  i18n: [],
  generated: [],
}

interface Import {
  from: string
  /** The file inside src (or the unresolved path, e.g. a stylesheet), or the package name. */
  to: string
  local: boolean
  dynamic: boolean
}

// `import … from '…'`, `export … from '…'`, `import '…'` and `import('…')`. Import lists hold no
// quotes, so `[^'"]` keeps a match inside one statement.
const STATIC =
  /^\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|^\s*import\s*['"]([^'"]+)['"]/gm
const DYNAMIC = /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g

/** The path inside src a relative import names, or null when it leaves src (a test's fixture). */
function resolvePath(fromFile: string, spec: string): string | null {
  const parts = fromFile.split('/').slice(0, -1)
  for (const part of spec.split('/')) {
    if (part === '..') {
      if (parts.pop() === undefined) return null
    } else if (part !== '.' && part !== '') parts.push(part)
  }
  return parts.join('/').replace(/\.(ts|vue)$/, '')
}

const FILES = Object.keys(SOURCES).map((key) => key.replace(/^\.\//, ''))

/** The source file an import resolves to (`../features/auth` is its index.ts), if any. */
const fileOf = (path: string): string | undefined =>
  [`${path}.ts`, `${path}.vue`, `${path}/index.ts`].find((f) => FILES.includes(f))

function importsOf(file: string): Import[] {
  const text = SOURCES[`./${file}`] ?? ''
  const found: Import[] = []
  const add = (spec: string, dynamic: boolean) => {
    const inside = spec.startsWith('.') ? resolvePath(file, spec) : null
    if (inside === null) found.push({ from: file, to: spec, local: false, dynamic })
    else found.push({ from: file, to: fileOf(inside) ?? inside, local: true, dynamic })
  }
  for (const m of text.matchAll(STATIC)) add((m[1] ?? m[2]) as string, false)
  for (const m of text.matchAll(DYNAMIC)) add(m[1] as string, true)
  return found
}

const IMPORTS = FILES.flatMap(importsOf)

/** The folder a path belongs to: features/<f>, shell, ui, api, …, or app for src's own files. */
function folderOf(path: string): string {
  const [top, sub] = path.split('/')
  if (top === 'features' && sub) return `features/${sub}`
  return path.includes('/') ? (top as string) : 'app'
}

const ruleKey = (folder: string) => (folder.startsWith('features/') ? 'features/*' : folder)

/** A feature's face: `../search` or `../search/index` both resolve to it. */
const isFace = (file: string) => /^features\/[^/]+\/index\.ts$/.test(file)

const local = IMPORTS.filter((i) => i.local)

describe('client module boundaries', () => {
  it('scans the sources', () => {
    expect(FILES).toContain('App.vue')
    expect(FILES).toContain('shell/registry.ts')
    expect(local.length).toBeGreaterThan(100)
  })

  it('lets each folder import only the layers below it', () => {
    const offenders = local
      .filter((i) => folderOf(i.from) !== folderOf(i.to))
      .filter(
        (i) => !(MAY_IMPORT[ruleKey(folderOf(i.from))] ?? []).includes(ruleKey(folderOf(i.to))),
      )
      .map((i) => `${i.from} imports ${i.to}`)
    expect(offenders).toEqual([])
  })

  it('has no folder that imports a folder importing it back', () => {
    const edges = new Map<string, Map<string, string>>()
    for (const i of local) {
      const [a, b] = [folderOf(i.from), folderOf(i.to)]
      if (a === b) continue
      if (!edges.has(a)) edges.set(a, new Map())
      edges.get(a)?.set(b, `${i.from} → ${i.to}`)
    }
    // Depth-first search; a folder met again on the current path closes a cycle.
    const cycles: string[] = []
    const done = new Set<string>()
    const visit = (folder: string, path: string[]) => {
      if (path.includes(folder)) {
        const loop = [...path.slice(path.indexOf(folder)), folder]
        const why = loop.slice(1).map((to, k) => edges.get(loop[k] as string)?.get(to))
        cycles.push(`${loop.join(' → ')} (${why.join('; ')})`)
        return
      }
      if (done.has(folder)) return
      for (const next of edges.get(folder)?.keys() ?? []) visit(next, [...path, folder])
      done.add(folder)
    }
    for (const folder of edges.keys()) visit(folder, [])
    expect(cycles).toEqual([])
  })

  it('enters a feature only through its index.ts', () => {
    const offenders = local
      .filter((i) => folderOf(i.to).startsWith('features/'))
      .filter((i) => folderOf(i.from) !== folderOf(i.to) && !isFace(i.to))
      .map((i) => `${i.from} imports ${i.to}`)
    expect(offenders).toEqual([])
  })

  it('loads no workbench view and not Cytoscape with the login screen', () => {
    // Everything main.ts reaches by static imports is in the first download.
    const first = new Set<string>()
    const packages = new Set<string>()
    const todo = ['main.ts']
    while (todo.length) {
      const file = todo.pop() as string
      if (first.has(file)) continue
      first.add(file)
      for (const i of IMPORTS.filter((i) => i.from === file && !i.dynamic)) {
        if (!i.local) packages.add(i.to)
        else if (FILES.includes(i.to)) todo.push(i.to)
      }
    }
    expect(first).toContain('features/auth/LoginScreen.vue')
    const workbench = [...first].filter(
      (f) =>
        folderOf(f) === 'shell' ||
        (folderOf(f).startsWith('features/') && folderOf(f) !== 'features/auth'),
    )
    expect(workbench).toEqual([])
    expect([...packages].filter((p) => p.startsWith('cytoscape'))).toEqual([])
  })

  it('keeps every view of a face behind a dynamic import', () => {
    // The login screen is the one view meant to be in the first download.
    const offenders = local
      .filter((i) => /^features\/[^/]+\/index\.ts$/.test(i.from) && !i.dynamic)
      .filter((i) => i.to.endsWith('.vue') && i.to !== 'features/auth/LoginScreen.vue')
      .map((i) => `${i.from} imports ${i.to}`)
    expect(offenders).toEqual([])
  })
})
