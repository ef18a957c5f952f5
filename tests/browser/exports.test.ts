import { mkdirSync, readFileSync } from 'node:fs'
import { inflateRawSync } from 'node:zlib'
import type { Browser, Download, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium, searchFor, signIn } from '../support/browser.ts'
import { closeTestDriver, cypher } from '../support/db.ts'

const ARTIFACTS = new URL('../.artifacts/', import.meta.url).pathname
const PURPOSE = 'Chart for the prosecutor’s indictment file'

let browser: Browser
let page: Page
/** A suspect of one of the investigator's cases who exploited a victim, and that victim. */
let suspect: { id: string; name: string }
let victim: { id: string; name: string }

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true })
  const [row] = await cypher<{ sid: string; sname: string; vid: string; vname: string }>(
    `MATCH (:User {username: 'investigator'})-[:ASSIGNED_TO]->(c:Case)
     MATCH (s:Person {category: 'SUSPECT'})-[:PART_OF_CASE]->(c)
     MATCH (s)-[:EXPLOITED]->(v:Person {category: 'VICTIM'})-[:PART_OF_CASE]->(c)
     WITH s, v ORDER BY s.id LIMIT 1
     RETURN s.id AS sid, s.name AS sname, v.id AS vid, v.name AS vname`,
  )
  suspect = { id: row!.sid, name: row!.sname }
  victim = { id: row!.vid, name: row!.vname }
  browser = await launchChromium()
  page = await signIn(browser, 'investigator', { width: 1400, height: 860 })
})

afterAll(async () => {
  await page?.screenshot({ path: `${ARTIFACTS}exports.png` }).catch(() => {})
  await browser?.close()
  await closeTestDriver()
})

/** Asks for an export in the menu, gives the purpose and returns the file the browser saved. */
async function exportAs(format: string): Promise<{ download: Download; bytes: Buffer }> {
  await page.getByTestId('export-menu').click()
  await page.getByTestId(`export-${format}`).click()
  await page.getByTestId('export-justification').fill(PURPOSE)
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByTestId('export-submit').click(),
  ])
  const path = await download.path()
  // Kept beside the screenshots, to open by hand.
  await download.saveAs(
    `${ARTIFACTS}exports-${download.suggestedFilename().replace(/^chart-[\d-]+/, 'chart')}`,
  )
  await page.getByTestId('export-dialog').waitFor({ state: 'detached' })
  return { download, bytes: readFileSync(path) }
}

const chartIds = () =>
  page
    .getByTestId('chart-node')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-entity-id') as string))

/** The little of the browser's DOMParser used here (the tests compile without the DOM's types). */
interface XmlNode {
  getAttribute(name: string): string | null
  textContent: string | null
}
interface XmlDoc {
  querySelector(s: string): XmlNode | null
  querySelectorAll(s: string): Iterable<XmlNode>
  getElementsByTagNameNS(ns: string, name: string): ArrayLike<XmlNode> & Iterable<XmlNode>
}
type XmlParser = { parseFromString(text: string, type: string): XmlDoc }

function unzip(bytes: Buffer): Map<string, string> {
  const out = new Map<string, string>()
  let p = 0
  while (bytes.readUInt32LE(p) === 0x04034b50) {
    const size = bytes.readUInt32LE(p + 18)
    const nameLength = bytes.readUInt16LE(p + 26)
    const name = bytes.subarray(p + 30, p + 30 + nameLength).toString('utf8')
    const start = p + 30 + nameLength + bytes.readUInt16LE(p + 28)
    out.set(name, inflateRawSync(bytes.subarray(start, start + size)).toString('utf8'))
    p = start + size
  }
  return out
}

/** The newest DISCLOSE entry of the investigator's chart exports. */
async function lastDisclosure() {
  const [e] = await cypher<{ detail: string; justification: string; entityIds: string[] }>(
    `MATCH (a:AuditEntry {action: 'DISCLOSE', operation: 'exportChart', actor: 'investigator'})
     RETURN a.detail AS detail, a.justification AS justification, a.entityIds AS entityIds
     ORDER BY a.seq DESC LIMIT 1`,
  )
  return e!
}

describe('exporting a chart from the browser', () => {
  it('puts a suspect and the victim he exploited on the chart', async () => {
    await searchFor(page, suspect.name)
    const hit = page.locator(`[data-testid="search-result"][data-entity-id="${suspect.id}"]`)
    await hit.getByTestId('add-to-chart').click()
    await page.locator(`[data-testid="chart-node"][data-entity-id="${suspect.id}"]`).click()
    await page.getByTestId('btn-expand').click()
    await page.locator(`[data-testid="chart-node"][data-entity-id="${victim.id}"]`).waitFor()
    await expect
      .poll(() => page.getByTestId('graph-canvas').getAttribute('data-layout'), {
        timeout: 20_000,
      })
      .toBe('idle')
  })

  it('asks why before anything leaves, and refuses a purpose too short', async () => {
    await page.getByTestId('export-menu').click()
    await page.getByTestId('export-graphml').click()
    const dialog = page.getByTestId('export-dialog')
    await expect(dialog.textContent()).resolves.toMatch(/GraphML · \d+ entities, \d+ links/)
    await page.screenshot({ path: `${ARTIFACTS}exports-dialog.png` })
    await page.getByTestId('export-justification').fill('because')
    await page.getByTestId('export-submit').click()
    await expect(page.getByTestId('export-error').textContent()).resolves.toMatch(/10/)
    await dialog.getByRole('button', { name: 'Cancel' }).click()
    await dialog.waitFor({ state: 'detached' })
  })

  it('saves a PNG of the chart once the export is recorded', async () => {
    const { download, bytes } = await exportAs('png')
    expect(download.suggestedFilename()).toMatch(/^chart-\d{8}-\d{4}\.png$/)
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    expect(bytes.length).toBeGreaterThan(5_000)
    const entry = await lastDisclosure()
    expect(entry.detail).toMatch(/^chart png entities:\d+ links:\d+ restricted:\d+$/)
    expect(entry.justification).toBe(PURPOSE)
    expect([...entry.entityIds].sort()).toEqual((await chartIds()).sort())
    await expect(page.getByTestId('export-done').textContent()).resolves.toMatch(
      /PNG image: \d+ entities/,
    )
    // Records the provider restricted (H2, H3) are counted where the user sees the result.
    const restricted = Number(/restricted:(\d+)/.exec(entry.detail)![1])
    const done = await page.getByTestId('export-done').textContent()
    if (restricted) expect(done).toContain(`${restricted} of them carry handling code H2 or H3`)
    else expect(done).not.toContain('H2')
  })

  it('saves an SVG drawing with a shape and label for every entity', async () => {
    const { download, bytes } = await exportAs('svg')
    expect(download.suggestedFilename()).toMatch(/\.svg$/)
    const ids = await chartIds()
    const parsed = await page.evaluate((text) => {
      const doc = new (
        globalThis as unknown as { DOMParser: new () => XmlParser }
      ).DOMParser().parseFromString(text, 'image/svg+xml')
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        groups: [...doc.querySelectorAll('g[data-id]')].map((g) => g.getAttribute('data-id')),
        texts: [...doc.querySelectorAll('text')].map((t) => t.textContent),
      }
    }, bytes.toString('utf8'))
    expect(parsed.error).toBeNull()
    for (const id of ids) expect(parsed.groups).toContain(id)
    expect(parsed.texts).toContain(suspect.name.length > 28 ? expect.anything() : suspect.name)
    expect(parsed.texts.some((t) => /^Victim [0-9A-F]{6}$/.test(t ?? ''))).toBe(true)
    expect(bytes.toString('utf8')).not.toContain(victim.name)
  })

  it('saves GraphML that parses as XML with one node per entity on the chart', async () => {
    const { download, bytes } = await exportAs('graphml')
    expect(download.suggestedFilename()).toMatch(/^chart-\d{8}-\d{4}\.graphml$/)
    const ids = await chartIds()
    const parsed = await page.evaluate((text) => {
      const doc = new (
        globalThis as unknown as { DOMParser: new () => XmlParser }
      ).DOMParser().parseFromString(text, 'application/xml')
      const ns = 'http://graphml.graphdrawing.org/xmlns'
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        nodes: [...doc.getElementsByTagNameNS(ns, 'node')].map((n) => n.getAttribute('id')),
        edges: doc.getElementsByTagNameNS(ns, 'edge').length,
        labelKey: doc.querySelector('key[attr\\.name="label"][for="node"]')?.getAttribute('id'),
      }
    }, bytes.toString('utf8'))
    expect(parsed.error).toBeNull()
    expect(parsed.nodes.sort()).toEqual(ids.sort())
    expect(parsed.edges).toBeGreaterThan(0)
    expect(parsed.labelKey).toBeTruthy()
    const xml = bytes.toString('utf8')
    expect(xml).not.toContain(victim.name)
    expect(xml).toMatch(/>Victim [0-9A-F]{6}</)
    expect((await lastDisclosure()).detail).toMatch(
      new RegExp(`^chart graphml entities:${ids.length} links:${parsed.edges} restricted:\\d+$`),
    )
  })

  it('saves the CSV of entities and of links in one zip, UTF-8 with a BOM', async () => {
    const { download, bytes } = await exportAs('csv')
    expect(download.suggestedFilename()).toMatch(/\.csv\.zip$/)
    const files = unzip(bytes)
    const entities = files.get('entities.csv')!
    expect(entities.startsWith('\uFEFFid,kind,name,')).toBe(true)
    expect(entities.split('\r\n').filter(Boolean)).toHaveLength((await chartIds()).length + 1)
    expect(files.get('links.csv')!.startsWith('\uFEFFid,kind,fromId,toId,fromName,toName')).toBe(
      true,
    )
    expect(entities).not.toContain(victim.name)
  })

  it('saves FollowTheMoney lines', async () => {
    const { download, bytes } = await exportAs('ftm')
    expect(download.suggestedFilename()).toMatch(/\.ftm\.ijson$/)
    const lines = bytes
      .toString('utf8')
      .split('\n')
      .filter(Boolean)
      .map(
        (l) =>
          JSON.parse(l) as { id: string; schema: string; properties: Record<string, string[]> },
      )
    expect(lines.find((l) => l.id === victim.id)?.properties.name?.[0]).toMatch(
      /^Victim [0-9A-F]{6}$/,
    )
    expect(lines.some((l) => l.properties.name?.includes(suspect.name))).toBe(true)
    await page.screenshot({ path: `${ARTIFACTS}exports-done.png` })
  })
})
