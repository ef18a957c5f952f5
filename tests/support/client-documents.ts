import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Kind, parse, print, visit, type DefinitionNode } from 'graphql'

const CLIENT = fileURLToPath(new URL('../../client/src', import.meta.url))

function graphqlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    if (statSync(p).isDirectory()) return graphqlFiles(p)
    return f.endsWith('.graphql') ? [p] : []
  })
}

let definitions: readonly DefinitionNode[] | null = null

/**
 * The text of one of the client's operations (`query Cases`, …) with the fragments it uses, as
 * the browser sends it: tests that must hold for what the client asks (its cost, its pages) ask
 * exactly that.
 */
export function clientOperation(name: string): string {
  definitions ??= graphqlFiles(CLIENT).flatMap((f) => parse(readFileSync(f, 'utf8')).definitions)
  const named = (kind: Kind, n: string) =>
    definitions!.find((d) => d.kind === kind && 'name' in d && d.name?.value === n)
  const op = named(Kind.OPERATION_DEFINITION, name)
  if (!op) throw new Error(`no client operation ${name}`)
  const used = new Map<string, DefinitionNode>()
  const follow = (d: DefinitionNode) =>
    visit(d, {
      FragmentSpread(s) {
        const f = named(Kind.FRAGMENT_DEFINITION, s.name.value)
        if (f && !used.has(s.name.value)) {
          used.set(s.name.value, f)
          follow(f)
        }
      },
    })
  follow(op)
  return [op, ...used.values()].map((d) => print(d)).join('\n')
}
