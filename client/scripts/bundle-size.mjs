// What the browser downloads, from a production build (`pnpm --filter @htwb/client build`):
// the JavaScript of the login screen (the chunks index.html loads and what they import
// statically) and of the whole client, raw and gzipped as Vite reports them (zlib, default level).
// Exits 1 when the login screen is over its budget (docs/benchmarks.md, "Client bundle").
//
//   node client/scripts/bundle-size.mjs [dist directory]
import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

/** A third of the single 288 kB (gzipped) chunk every screen downloaded before the split. */
const LOGIN_BUDGET_GZIP_KB = 96

const dist = resolve(process.argv[2] ?? new URL('../dist', import.meta.url).pathname)
const assets = join(dist, 'assets')
const html = readFileSync(join(dist, 'index.html'), 'utf8')

const sizes = new Map()
function size(file) {
  if (!sizes.has(file)) {
    const code = readFileSync(join(assets, file))
    sizes.set(file, { raw: code.length, gzip: gzipSync(code).length, code: code.toString() })
  }
  return sizes.get(file)
}

// Static imports only: `import{a as b}from"./x.js"` or `import"./x.js"`; never `import("./x.js")`.
const STATIC_IMPORT = /\bimport\s*(?:[^();"']*?from\s*)?["']\.\/([^"']+\.js)["']/g

/** The chunks a page loads before it runs: the entries and, transitively, their static imports. */
function closure(entries) {
  const seen = new Set()
  const todo = [...entries]
  while (todo.length) {
    const file = todo.pop()
    if (seen.has(file)) continue
    seen.add(file)
    for (const [, next] of size(file).code.matchAll(STATIC_IMPORT)) todo.push(next)
  }
  return [...seen]
}

const entries = [
  ...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="\/assets\/([^"]+\.js)"/g),
].map((m) => m[1])
const all = readdirSync(assets).filter((f) => f.endsWith('.js'))

const kb = (n) => (n / 1000).toFixed(1)
function report(label, files) {
  const raw = files.reduce((s, f) => s + size(f).raw, 0)
  const gzip = files.reduce((s, f) => s + size(f).gzip, 0)
  console.log(`${label}: ${files.length} chunk(s), ${kb(raw)} kB, ${kb(gzip)} kB gzipped`)
  return gzip
}

const login = report('login screen', closure(entries))
report('whole client', all)
for (const f of all.sort((a, b) => size(b).gzip - size(a).gzip).slice(0, 5)) {
  console.log(`  ${f}: ${kb(size(f).raw)} kB, ${kb(size(f).gzip)} kB gzipped`)
}
if (login / 1000 > LOGIN_BUDGET_GZIP_KB) {
  console.error(`The login screen is over its budget of ${LOGIN_BUDGET_GZIP_KB} kB gzipped.`)
  process.exit(1)
}
