import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import { parseMapping, type Mapping } from './mapping.ts'

const dir = fileURLToPath(new URL('./mappings', import.meta.url))

type BuiltIn = { id: string; text: string; mapping: Mapping }
/** Shipped with the workbench, so read and checked once (every Check and preview lists them). */
let cache: BuiltIn[] | null = null

function load(): BuiltIn[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8')
      const parsed = parseMapping(text)
      if (!('mapping' in parsed))
        throw new Error(`built-in mapping ${f}: ${JSON.stringify(parsed.problems)}`)
      return { id: f.replace(/\.yaml$/, ''), text, mapping: parsed.mapping }
    })
}

/** The mappings shipped with the workbench, by file name without extension (copies: callers may bind them). */
export function builtInMappings(): BuiltIn[] {
  cache ??= load()
  return cache.map((b) => ({ ...b, mapping: structuredClone(b.mapping) }))
}
