import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const migrationsDir = fileURLToPath(new URL('../migrations', import.meta.url))

export interface Migration {
  version: number
  name: string
  checksum: string
  statements: string[]
}

const FILE = /^V(\d{4})__([a-z0-9_]+)\.cypher$/

/** Reads `V0001__name.cypher` files in version order; each statement ends with `;` at end of line. */
export function readMigrations(dir = migrationsDir): Migration[] {
  return readdirSync(dir)
    .filter((f) => FILE.test(f))
    .sort()
    .map((file) => {
      const [, version, name] = FILE.exec(file) as RegExpExecArray
      const text = readFileSync(join(dir, file), 'utf8')
      const statements = text
        .split(/;\s*$/m)
        .map((s) =>
          s
            .split('\n')
            .filter((line) => !line.trim().startsWith('//'))
            .join('\n')
            .trim(),
        )
        .filter(Boolean)
      return {
        version: Number(version),
        name: name as string,
        checksum: createHash('sha256').update(text).digest('hex'),
        statements,
      }
    })
}
