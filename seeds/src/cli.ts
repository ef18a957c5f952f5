/**
 * Writes generated records as JSON lines and prints counts and timing.
 *   tsx seeds/src/cli.ts --scale 300 --out /tmp/seed300.jsonl [--seed 20150301]
 * Without --out nothing is written (generation time only).
 */
import { createWriteStream, type WriteStream } from 'node:fs'
import { once } from 'node:events'
import { parseArgs } from 'node:util'
import { DEMO_SEED, generate } from './index.ts'

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    seed: { type: 'string', default: String(DEMO_SEED) },
    out: { type: 'string' },
  },
})
const scale = Number(values.scale)
const seed = Number(values.seed)
if (!(scale > 0) || !Number.isInteger(seed)) {
  console.error('usage: tsx seeds/src/cli.ts --scale N [--seed S] [--out FILE.jsonl]')
  process.exit(2)
}

/** Writes respecting back-pressure, so memory stays flat at large scales. */
async function write(out: WriteStream, chunk: string): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain')
}

// Piping into `head` closes stdout early; that is not an error.
process.stdout.on('error', () => process.exit(0))

const started = performance.now()
const out = values.out ? createWriteStream(values.out) : null
const nodes = new Map<string, number>()
const links = new Map<string, number>()
let batches = 0
for (const batch of generate({ seed, scale })) {
  batches++
  let chunk = ''
  for (const n of batch.nodes) {
    nodes.set(n.kind, (nodes.get(n.kind) ?? 0) + 1)
    if (out) chunk += '{"type":"node",' + JSON.stringify(n).slice(1) + '\n'
  }
  for (const l of batch.links) {
    links.set(l.kind, (links.get(l.kind) ?? 0) + 1)
    if (out) chunk += '{"type":"link",' + JSON.stringify(l).slice(1) + '\n'
  }
  if (out) await write(out, chunk)
}
if (out) {
  out.end()
  await once(out, 'finish')
}
const seconds = (performance.now() - started) / 1000
const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0)
const table = (m: Map<string, number>) =>
  [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([k, v]) => `  ${k.padEnd(14)} ${v}`)
    .join('\n')
console.log(
  `seed ${seed}, scale ${scale}: ${batches} batches in ${seconds.toFixed(1)} s${out ? ` → ${values.out}` : ''}`,
)
console.log(`nodes ${total(nodes)}\n${table(nodes)}`)
console.log(`links ${total(links)}\n${table(links)}`)
console.log(`${Math.round((total(nodes) + total(links)) / seconds)} records/s`)
