import { mkdirSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchChromium, signIn } from '../support/browser.ts'
import { closeTestDriver, cypher } from '../support/db.ts'

/**
 * A large chart read as an analyst reads it: a case opened at depth 2 (200+ entities), labels
 * that appear only where they can be read, box selection, hiding a kind, the hierarchical layout,
 * a group collapsed and opened again, and an entity found in the list beside the chart.
 */
const ARTIFACTS = new URL('../.artifacts/', import.meta.url).pathname

let browser: Browser
let page: Page

interface CyNode {
  id(): string
  data(key: string): unknown
  renderedPosition(): { x: number; y: number }
  position(): { x: number; y: number }
  visible(): boolean
  hasClass(c: string): boolean
  style(key: string): string
  neighborhood(sel: string): { map<T>(f: (n: CyNode) => T): T[] }
  degree(b: boolean): number
}
interface Cy {
  zoom(): number
  width(): number
  height(): number
  nodes(sel?: string): CyNode[] & { filter(f: (n: CyNode) => boolean): CyNode[] }
  edges(sel?: string): { source(): CyNode; target(): CyNode }[]
  getElementById(id: string): CyNode & { empty(): boolean }
}

/** Runs `fn` against the chart's Cytoscape instance (GraphCanvas puts it on its element). */
function onCy<T, A = undefined>(fn: (cy: Cy, arg: A) => T, arg?: A): Promise<T> {
  return page.getByTestId('graph-canvas').evaluate(
    (el, [source, a]) => {
      const cy = (el as unknown as { __cy: unknown }).__cy
      return new Function('cy', 'arg', `return (${source})(cy, arg)`)(cy, a) as T
    },
    [fn.toString(), arg] as const,
  )
}

async function idle(): Promise<void> {
  await page
    .locator('[data-testid="graph-canvas"][data-layout="idle"]')
    .waitFor({ timeout: 60_000 })
}

/** Page coordinates of a node's centre. */
async function at(id: string): Promise<{ x: number; y: number }> {
  const box = (await page.getByTestId('graph-canvas').boundingBox())!
  const p = await onCy((cy, nodeId) => cy.getElementById(nodeId).renderedPosition(), id)
  return { x: box.x + p.x, y: box.y + p.y }
}

/** Polls as long as a chart of 200 entities may need to settle on a shared 2-core machine. */
const poll = <T>(fn: () => Promise<T> | T, options: { timeout?: number } = {}) =>
  expect.poll(fn, { timeout: 10_000, ...options })

/** What the toolbar says is selected. */
async function selectedCount(): Promise<number> {
  const shown = page.getByText(/^\d+ selected$/)
  if ((await shown.count()) === 0) return 0
  return Number((await shown.first().textContent())?.match(/\d+/)?.[0])
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true })
  browser = await launchChromium()
  page = await signIn(browser, 'admin', { width: 1440, height: 900 })
})

afterAll(async () => {
  await page?.screenshot({ path: `${ARTIFACTS}chart-view.png` }).catch(() => {})
  await browser?.close()
  await closeTestDriver()
})

describe('a large chart that reads', () => {
  it('opens a case at depth 2 with more than 200 entities', async () => {
    await page.getByTestId('tab-cases').click()
    const items = page.getByTestId('case-item')
    await items.first().waitFor()
    // The case of the first page with the most members that fit one page of members.
    const texts = await items.allTextContents()
    const members = texts.map((s) => Number(s.match(/Members:\s*(\d+)/)?.[1] ?? 0))
    const best = members.reduce((b, n, i) => (n <= 150 && n > members[b]! ? i : b), 0)
    await items.nth(best).getByTestId('open-case').click()
    await poll(() => page.getByTestId('chart-node').count(), { timeout: 20_000 }).toBeGreaterThan(
      10,
    )
    await idle()
    await page.getByTestId('expand-depth').selectOption('2')
    // Expand every kind the server takes at once (50 seeds at most), at depth 2, until 200+.
    for (let round = 0; round < 6; round++) {
      if ((await onCy((cy) => cy.nodes().length)) > 200) break
      const seeds = await onCy((cy, r) => {
        const byKind = new Map<string, string[]>()
        for (const n of cy.nodes(':visible')) {
          const k = String(n.data('kind'))
          byKind.set(k, [...(byKind.get(k) ?? []), n.id()])
        }
        const kinds = [...byKind.entries()].filter(([, ids]) => ids.length <= 50)
        return kinds.sort((a, b) => b[1].length - a[1].length)[r % Math.max(1, kinds.length)]?.[0]
      }, round)
      if (!seeds) break
      await page.getByTestId('view-menu').locator('summary').click()
      await page.getByTestId('select-kind').selectOption(seeds)
      await page.getByTestId('view-menu').locator('summary').click()
      await page.getByTestId('btn-expand').click()
      await page.waitForTimeout(2000)
      await idle()
    }
    await poll(() => onCy((cy) => cy.nodes().length), { timeout: 30_000 }).toBeGreaterThan(200)
    await page.getByTestId('view-menu').locator('summary').click()
    await page.getByTestId('select-none').click()
    await page.getByTestId('view-menu').locator('summary').click()
  })

  it('hides labels at Fit and shows them, readable, on hover and for the selection', async () => {
    await page.getByTestId('btn-fit').click()
    await page.waitForTimeout(400)
    await page.screenshot({ path: `${ARTIFACTS}chart-view-fit.png` })
    // An ordinary label is drawn only when it renders at the style's minimum size or more.
    const fit = await onCy((cy) => {
      const n = cy.nodes(':visible')[0]!
      return {
        zoom: cy.zoom(),
        font: parseFloat(n.style('font-size')),
        min: parseFloat(n.style('min-zoomed-font-size')),
      }
    })
    expect(fit.font * fit.zoom).toBeLessThan(fit.min)

    const hub = await onCy((cy) => {
      const people = cy.nodes('[kind="Person"]:visible')
      return [...people].sort((a, b) => b.degree(false) - a.degree(false))[0]!.id()
    })
    // The legend lies over the canvas's lower left, where the layout may have put the hub.
    await page.getByTestId('legend-toggle').click()
    const p = await at(hub)
    await page.mouse.move(p.x, p.y)
    await poll(() => onCy((cy, id) => cy.getElementById(id).hasClass('focus'), hub)).toBe(true)
    const hovered = await onCy((cy, id) => {
      const n = cy.getElementById(id)
      return {
        rendered: parseFloat(n.style('font-size')) * cy.zoom(),
        min: parseFloat(n.style('min-zoomed-font-size')),
        neighbours: n.neighborhood('node').map((m) => m.hasClass('focus')),
      }
    }, hub)
    expect(hovered.rendered).toBeGreaterThanOrEqual(11)
    expect(hovered.min).toBe(0)
    expect(hovered.neighbours.some(Boolean)).toBe(true)

    await page.mouse.click(p.x, p.y)
    await page.mouse.move(2, 2)
    await poll(selectedCount).toBe(1)
    const selected = await onCy(
      (cy, id) =>
        cy.getElementById(id).hasClass('focus') &&
        cy
          .getElementById(id)
          .neighborhood('node')
          .map((m) => m.hasClass('focus'))
          .every(Boolean),
      hub,
    )
    expect(selected).toBe(true)
    // Away from the selection, labels stay hidden.
    const others = await onCy((cy) => cy.nodes('.focus').length)
    expect(others).toBeLessThan(await onCy((cy) => cy.nodes().length / 2))
    await page.getByTestId('legend-toggle').click()
  })

  it('selects with a box drawn by Shift-drag', async () => {
    const box = (await page.getByTestId('graph-canvas').boundingBox())!
    await page.getByTestId('btn-fit').click()
    const rect = {
      x1: box.width * 0.3,
      y1: box.height * 0.3,
      x2: box.width * 0.7,
      y2: box.height * 0.7,
    }
    const inside = await onCy(
      (cy, r) =>
        cy.nodes(':visible').filter((n) => {
          const p = n.renderedPosition()
          return n.data('kind') !== 'group' && p.x > r.x1 && p.x < r.x2 && p.y > r.y1 && p.y < r.y2
        }).length,
      rect,
    )
    expect(inside).toBeGreaterThan(3)
    await page.keyboard.down('Shift')
    await page.mouse.move(box.x + rect.x1, box.y + rect.y1)
    await page.mouse.down()
    await page.mouse.move(box.x + (rect.x1 + rect.x2) / 2, box.y + (rect.y1 + rect.y2) / 2, {
      steps: 4,
    })
    await page.mouse.move(box.x + rect.x2, box.y + rect.y2, { steps: 4 })
    await page.mouse.up()
    await page.keyboard.up('Shift')
    // The box took nodes, and only nodes within it (the one selected before aside).
    await poll(selectedCount).toBeGreaterThan(3)
    const outside = await onCy(
      (cy, r) =>
        cy.nodes('.selected').filter((n) => {
          const p = n.renderedPosition()
          const m = 40
          return !(p.x > r.x1 - m && p.x < r.x2 + m && p.y > r.y1 - m && p.y < r.y2 + m)
        }).length,
      rect,
    )
    expect(outside).toBeLessThanOrEqual(1)
    expect(await selectedCount()).toBeGreaterThanOrEqual(Math.floor(inside * 0.6))
  })

  it('hides a kind, says how many are hidden, and shows them again in one click', async () => {
    const events = await onCy((cy) => cy.nodes('[kind="Event"]').length)
    expect(events).toBeGreaterThan(0)
    await page.getByTestId('view-menu').locator('summary').click()
    await page.getByTestId('show-kind-Event').uncheck()
    await page.getByTestId('view-menu').locator('summary').click()
    await poll(() => page.getByTestId('hidden-count').textContent()).toContain(String(events))
    await poll(() =>
      onCy((cy) => cy.nodes('[kind="Event"]').filter((n) => n.visible()).length),
    ).toBe(0)
    await expect(
      page
        .getByTestId('legend-kind')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-kind'))),
    ).resolves.not.toContain('Event')
    await page.getByTestId('show-all').click()
    await poll(() => page.getByTestId('hidden-count').count()).toBe(0)
    await poll(() =>
      onCy((cy) => cy.nodes('[kind="Event"]').filter((n) => n.visible()).length),
    ).toBe(events)
  })

  it('lays the chart out hierarchically: recruiters above those they recruited', async () => {
    await page.getByTestId('layout-menu').locator('summary').click()
    await page.getByTestId('layout-hierarchical').check()
    await page.getByTestId('layout-menu').locator('summary').click()
    await page.locator('[data-testid="graph-canvas"][data-layout-name="hierarchical"]').waitFor()
    await idle()
    await page.screenshot({ path: `${ARTIFACTS}chart-view-hierarchical.png` })
    const chains = await onCy((cy) =>
      cy
        .edges('[kind="RECRUITED"], [kind="TRANSPORTED"], [kind="EXPLOITED"], [kind="OWNS"]')
        .map((e) => e.source().position().y < e.target().position().y),
    )
    expect(chains.length).toBeGreaterThan(0)
    expect(chains.filter(Boolean).length / chains.length).toBeGreaterThan(0.8)
  })

  it('keeps every other node where it is when a few are added', async () => {
    const before = await onCy((cy) =>
      Object.fromEntries(cy.nodes().map((n) => [n.id(), n.position()])),
    )
    const count = Object.keys(before).length
    // An entity with a few neighbours not yet on the chart, expanded one hop.
    const [pick] = await cypher<{ id: string }>(
      `MATCH (n:Entity)-[r]-(m:Entity)
       WHERE n.id IN $ids AND NOT m.id IN $ids AND type(r) <> 'PART_OF_CASE'
       WITH n, count(DISTINCT m) AS fresh WHERE fresh >= 2 AND fresh <= 15
       RETURN n.id AS id ORDER BY fresh DESC, id LIMIT 1`,
      { ids: Object.keys(before) },
    )
    expect(pick).toBeDefined()
    await page.getByTestId('view-menu').locator('summary').click()
    await page.getByTestId('select-none').click()
    await page.getByTestId('view-menu').locator('summary').click()
    const name = await onCy((cy, id) => String(cy.getElementById(id).data('name')), pick!.id)
    await page.getByTestId('chart-node-filter').fill(name)
    await page.locator(`[data-testid="chart-node"][data-entity-id="${pick!.id}"] button`).click()
    await page.getByTestId('chart-node-filter').fill('')
    await poll(selectedCount).toBe(1)
    await page.getByTestId('expand-depth').selectOption('1')
    await page.getByTestId('btn-expand').click()
    await poll(() => onCy((cy) => cy.nodes().length), { timeout: 20_000 }).toBeGreaterThan(count)
    expect(await onCy((cy) => cy.nodes().length)).toBeGreaterThan(count)
    await page.waitForTimeout(500)
    await idle()
    const moved = await onCy(
      (cy, was) =>
        Object.entries(was).filter(([id, q]) => {
          const n = cy.getElementById(id)
          if (n.empty()) return false
          const now = n.position()
          return Math.abs(now.x - q.x) > 0.5 || Math.abs(now.y - q.y) > 0.5
        }).length,
      before,
    )
    expect(moved).toBe(0)
  })

  it('collapses a group into one node and expands it back', async () => {
    await page.getByTestId('groups-menu').locator('summary').click()
    await page.getByTestId('group-suggestion-make').first().click()
    const row = page.getByTestId('group-row').first()
    const groupId = (await row.getAttribute('data-group-id'))!
    const members = await onCy(
      (cy, g) =>
        cy
          .nodes()
          .filter((n) => (n as unknown as { parent(): { id(): string }[] }).parent()[0]?.id() === g)
          .map((n) => n.id()),
      groupId,
    )
    expect(members.length).toBeGreaterThan(1)
    await row.getByTestId('group-toggle').click()
    await page.getByTestId('groups-menu').locator('summary').click()
    await poll(() =>
      onCy((cy, g) => cy.getElementById(g).hasClass('group-collapsed'), groupId),
    ).toBe(true)
    const hidden = await onCy(
      (cy, ids) => ids.every((id) => !cy.getElementById(id).visible()),
      members,
    )
    expect(hidden).toBe(true)
    await page.screenshot({ path: `${ARTIFACTS}chart-view-collapsed.png` })
    await page.getByTestId('legend-toggle').click()
    const g = await at(groupId)
    await page.mouse.dblclick(g.x, g.y)
    await poll(() =>
      onCy((cy, ids) => ids.every((id) => cy.getElementById(id).visible()), members),
    ).toBe(true)
    await poll(() => row.getAttribute('data-collapsed')).toBe('false')
    await page.getByTestId('legend-toggle').click()
  })

  it('finds an entity in the list beside the chart, selects it and centres it', async () => {
    const target = await onCy((cy) => {
      const n = cy
        .nodes('[kind="Person"]:visible')
        // Not a pseudonym: "Victim 3FA2C1" shares its first six letters with every victim.
        .filter(
          (m) =>
            String(m.data('name')).length > 6 &&
            !/^(Victim|Potential victim|Protected person) [0-9A-F]{6}$/.test(
              String(m.data('name')),
            ),
        )[5]!
      return { id: n.id(), name: String(n.data('name')) }
    })
    await page.getByTestId('chart-node-filter').fill(target.name.slice(0, 6).toLowerCase())
    const row = page.locator(`[data-testid="chart-node"][data-entity-id="${target.id}"]`)
    await row.waitFor()
    await expect(page.getByTestId('chart-node').count()).resolves.toBeLessThan(30)
    await row.locator('button').first().click()
    await poll(selectedCount).toBe(1)
    await page.waitForTimeout(500)
    const centred = await onCy((cy, id) => {
      const p = cy.getElementById(id).renderedPosition()
      return Math.hypot(p.x - cy.width() / 2, p.y - cy.height() / 2)
    }, target.id)
    // The profile beside may take some width once filled: near the middle is what counts.
    expect(centred).toBeLessThan(60)
    await page.getByTestId('chart-node-filter').fill('')
    // Every entity of the chart is reachable in the list (rows drawn as it scrolls).
    const total = await onCy(
      (cy) =>
        cy.nodes().filter((n) => Boolean(n.data('kind')) && n.data('kind') !== 'group').length,
    )
    await expect(
      page.getByTestId('chart-node-list').locator('h3').textContent(),
    ).resolves.toContain(String(total))
  })
})
