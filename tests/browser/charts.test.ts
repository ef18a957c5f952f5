import { mkdirSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchChromium, searchFor, signIn } from '../support/browser.ts'

/**
 * An investigator builds a chart, moves a node, saves it in one of their cases, reloads the
 * page, signs out and in again, reopens the chart and finds it as left; Clear asks first and
 * Undo brings the chart back.
 */
const ARTIFACTS = new URL('../.artifacts/', import.meta.url).pathname
const NAME = `Krasniqi network ${Date.now().toString(36)}`

let browser: Browser
let page: Page

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true })
  browser = await launchChromium()
  page = await signIn(browser, 'investigator', { width: 1400, height: 860 })
})

afterAll(async () => {
  await page?.screenshot({ path: `${ARTIFACTS}charts-last.png` }).catch(() => {})
  await browser?.close()
})

const shot = (name: string) => page.screenshot({ path: `${ARTIFACTS}charts-${name}.png` })

interface Drawn {
  nodes: Record<string, { x: number; y: number }>
  zoom: number
  pan: { x: number; y: number }
}

/** What the canvas shows: each node's place on the chart, the zoom and the pan. */
function drawn(): Promise<Drawn> {
  return page.getByTestId('graph-canvas').evaluate((el) => {
    type P = { x: number; y: number }
    const cy = (
      el as unknown as {
        __cy: {
          nodes(): Array<{ id(): string; position(): P; isParent(): boolean }>
          zoom(): number
          pan(): P
        }
      }
    ).__cy
    const nodes: Record<string, P> = {}
    for (const n of cy.nodes())
      if (!n.isParent())
        nodes[n.id()] = { x: Math.round(n.position().x), y: Math.round(n.position().y) }
    return { nodes, zoom: Math.round(cy.zoom() * 1000) / 1000, pan: cy.pan() }
  })
}

async function renderedCentre(id: string) {
  return page.getByTestId('graph-canvas').evaluate((el, nodeId) => {
    const cy = (
      el as unknown as {
        __cy: { getElementById(id: string): { renderedPosition(): { x: number; y: number } } }
      }
    ).__cy
    const p = cy.getElementById(nodeId).renderedPosition()
    const box = el.getBoundingClientRect()
    return { x: box.left + p.x, y: box.top + p.y }
  }, id)
}

const idle = () =>
  expect
    .poll(() => page.getByTestId('graph-canvas').getAttribute('data-layout'), { timeout: 15_000 })
    .toBe('idle')

const near = (a: Drawn, b: Drawn) => {
  expect(Object.keys(b.nodes).sort()).toEqual(Object.keys(a.nodes).sort())
  for (const [id, p] of Object.entries(a.nodes)) {
    expect(Math.abs(b.nodes[id]!.x - p.x), id).toBeLessThanOrEqual(1)
    expect(Math.abs(b.nodes[id]!.y - p.y), id).toBeLessThanOrEqual(1)
  }
  expect(b.zoom).toBeCloseTo(a.zoom, 2)
  expect(Math.abs(b.pan.x - a.pan.x)).toBeLessThanOrEqual(1)
  expect(Math.abs(b.pan.y - a.pan.y)).toBeLessThanOrEqual(1)
}

describe('saved charts in a browser', () => {
  let moved: string
  let left: Drawn

  it('builds a chart, moves a node and saves it in a case', async () => {
    await searchFor(page, 'Krasniqi')
    const result = page.getByTestId('search-result').first()
    const first = (await result.getAttribute('data-entity-id')) as string
    await result.getByTestId('add-to-chart').click()
    await expect.poll(() => page.getByTestId('chart-node').count()).toBe(1)
    await idle()
    const at = await renderedCentre(first)
    await page.mouse.dblclick(at.x, at.y)
    await expect
      .poll(() => page.getByTestId('chart-node').count(), { timeout: 15_000 })
      .toBeGreaterThan(2)
    await idle()
    await expect(page.getByTestId('chart-unsaved').isVisible()).resolves.toBe(true)

    // Drag a node other than the first well away from where the layout put it.
    const before = await drawn()
    moved = Object.keys(before.nodes).find((id) => id !== first && !id.startsWith('group-'))!
    const from = await renderedCentre(moved)
    await page.mouse.move(from.x, from.y)
    await page.mouse.down()
    await page.mouse.move(from.x + 60, from.y + 40, { steps: 5 })
    await page.mouse.move(from.x + 120, from.y + 80, { steps: 5 })
    await page.mouse.up()
    const after = await drawn()
    expect(after.nodes[moved]!.x).not.toBe(before.nodes[moved]!.x)
    await shot('1-built-and-moved')

    await page.getByTestId('btn-save-chart').click()
    const dialog = page.getByTestId('save-chart-dialog')
    await dialog.waitFor()
    await dialog.getByTestId('save-chart-name').fill(NAME)
    const select = dialog.getByTestId('save-chart-case')
    await expect
      .poll(() => select.locator('option:not([disabled])').count(), { timeout: 10_000 })
      .toBeGreaterThan(0)
    const caseValue = await select.locator('option:not([disabled])').first().getAttribute('value')
    await select.selectOption(caseValue!)
    await shot('2-save-dialog')
    await dialog.getByTestId('save-chart-submit').click()
    await dialog.waitFor({ state: 'detached' })
    await expect.poll(() => page.getByTestId('chart-name').textContent()).toBe(NAME)
    await expect(page.getByTestId('chart-unsaved').count()).resolves.toBe(0)
    left = await drawn()
    await shot('3-saved')
  })

  it('finds the chart as left after a reload of the page', async () => {
    await page.reload()
    await page.getByTestId('chart-name').waitFor()
    await expect.poll(() => page.getByTestId('chart-name').textContent()).toBe(NAME)
    await idle()
    near(left, await drawn())
    await shot('4-after-reload')
  })

  it('reopens the saved chart after signing out and in, exactly as it was left', async () => {
    await page.getByTestId('logout').click()
    await page.getByTestId('login-username').waitFor()
    await page.close()
    page = await signIn(browser, 'investigator', { width: 1400, height: 860 })
    await expect(page.getByTestId('chart-node').count()).resolves.toBe(0)
    await page.getByTestId('btn-open-chart').click()
    const dialog = page.getByTestId('open-chart-dialog')
    const row = dialog.locator('tr', { hasText: NAME })
    await row.waitFor()
    await expect(row.textContent()).resolves.toContain('investigator')
    await shot('5-open-dialog')
    await row.getByTestId('saved-chart-open').click()
    await dialog.waitFor({ state: 'detached' })
    await expect.poll(() => page.getByTestId('chart-name').textContent()).toBe(NAME)
    await expect
      .poll(async () => Object.keys((await drawn()).nodes).length)
      .toBe(Object.keys(left.nodes).length)
    await idle()
    near(left, await drawn())
    await expect(page.getByTestId('chart-unsaved').count()).resolves.toBe(0)
    await shot('6-reopened')
  })

  it('asks before Clear, and Undo brings the chart back where it was', async () => {
    const n = await page.getByTestId('chart-node').count()
    await page.getByTestId('btn-clear').click()
    const ask = page.getByTestId('clear-confirm-dialog')
    await ask.waitFor()
    await expect(ask.textContent()).resolves.toContain(String(n))
    await shot('7-clear-asks')
    await ask.getByTestId('confirm-cancel').click()
    await expect(page.getByTestId('chart-node').count()).resolves.toBe(n)

    await page.getByTestId('btn-clear').click()
    await page.getByTestId('confirm-ok').click()
    await expect.poll(() => page.getByTestId('chart-node').count()).toBe(0)
    await expect(page.getByTestId('chart-unsaved').isVisible()).resolves.toBe(true)
    await shot('8-cleared')

    await page.getByTestId('btn-undo').click()
    await expect.poll(() => page.getByTestId('chart-node').count()).toBe(n)
    await idle()
    const back = await drawn()
    for (const [id, p] of Object.entries(left.nodes)) {
      expect(Math.abs(back.nodes[id]!.x - p.x), id).toBeLessThanOrEqual(1)
      expect(Math.abs(back.nodes[id]!.y - p.y), id).toBeLessThanOrEqual(1)
    }
    await shot('9-undone')

    // The keyboard does the same: Ctrl+Shift+Z redoes the clear, Ctrl+Z undoes it again.
    await page.getByTestId('graph-canvas').click({ position: { x: 5, y: 5 } })
    await page.keyboard.press('Control+Shift+Z')
    await expect.poll(() => page.getByTestId('chart-node').count()).toBe(0)
    await page.keyboard.press('Control+Z')
    await expect.poll(() => page.getByTestId('chart-node').count()).toBe(n)
  })
})
