import { mkdirSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchChromium, searchFor } from '../support/browser.ts'
import { closeTestDriver, cypher } from '../support/db.ts'

const ARTIFACTS = new URL('../.artifacts/', import.meta.url).pathname

let browser: Browser
let page: Page

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true })
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 1400, height: 860 } })
  await page.goto(inject('wbUrl'))
  await page.getByTestId('login-username').fill('admin')
  await page.getByTestId('login-password').fill(inject('adminPassword'))
  await page.getByTestId('login-submit').click()
  await page.getByTestId('search-input').waitFor()
})

afterAll(async () => {
  await page?.screenshot({ path: `${ARTIFACTS}workbench.png` }).catch(() => {})
  await browser?.close()
  await closeTestDriver()
})

const search = (text: string) => searchFor(page, text)

/** The rendered centre of a chart node, read from the Cytoscape instance on the canvas element. */
async function nodePosition(id: string) {
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

describe('the workbench in a browser', () => {
  it('finds Krasniqi typed in Serbian Cyrillic and opens a profile', async () => {
    await search('Краснићи')
    await page.getByTestId('search-result').first().waitFor()
    // Protected persons among the hits appear under pseudonyms; open one shown by name.
    const named = page.getByTestId('search-result').filter({ hasText: /Krasniq|Krasnić|Краснић/ })
    await expect(named.count()).resolves.toBeGreaterThan(0)
    await named.first().click()
    await expect
      .poll(() => page.getByTestId('profile-name').textContent())
      .toMatch(/Krasniq|Krasnić|Краснић/)
    await expect(page.getByTestId('profile-link').count()).resolves.toBeGreaterThan(0)
  })

  it('shows a child victim under a pseudonym and reveals the identity with a justification', async () => {
    const [child] = await cypher<{ id: string; name: string }>(
      `MATCH (p:Person {category: 'VICTIM'}) WHERE p.dateOfBirth + duration('P18Y') > p.validFrom
       RETURN p.id AS id, p.name AS name ORDER BY p.id LIMIT 1`,
    )
    await search(child!.name)
    const row = page.locator(`[data-testid="search-result"][data-entity-id="${child!.id}"]`)
    await row.waitFor()
    for (const badge of ['victim-badge', 'minor-badge', 'protected-badge']) {
      await expect(row.getByTestId(badge).count()).resolves.toBeGreaterThan(0)
    }
    await expect(row.textContent()).resolves.not.toContain(child!.name)
    await row.click()
    const profile = page.getByTestId('profile')
    await expect
      .poll(() => page.getByTestId('profile-name').textContent())
      .toMatch(/^\s*Victim [0-9A-F]{6}/)
    await profile.getByTestId('minor-badge').first().waitFor({ timeout: 5_000 })
    await profile.getByTestId('reveal-identity').click()
    await page
      .getByTestId('reveal-justification')
      .fill('Preparing the victim interview in this case')
    await page.getByTestId('reveal-submit').click()
    await expect.poll(() => page.getByTestId('revealed-name').textContent()).toContain(child!.name)
  })

  it('puts an entity on the chart and expands it by double-click', async () => {
    await page
      .getByTestId('btn-clear')
      .click()
      .catch(() => {})
    await search('Krasniqi')
    const result = page.getByTestId('search-result').first()
    const id = (await result.getAttribute('data-entity-id')) as string
    await result.getByTestId('add-to-chart').click()
    await expect.poll(() => page.getByTestId('chart-node').count()).toBe(1)
    await page.waitForTimeout(800)
    const pos = await nodePosition(id)
    await page.mouse.dblclick(pos.x, pos.y)
    await expect
      .poll(() => page.getByTestId('chart-node').count(), { timeout: 15_000 })
      .toBeGreaterThan(1)
  })

  it('finds a path between two selected entities and draws it', async () => {
    const nodes = page.getByTestId('chart-node')
    const ids = await nodes.evaluateAll((els) =>
      els.map((e) => e.getAttribute('data-entity-id') as string),
    )
    // Two neighbours of the expanded entity: linked through it, if not directly.
    expect(ids.length).toBeGreaterThan(2)
    await nodes.nth(1).click()
    await nodes.nth(ids.length - 1).click({ modifiers: ['Shift'] })
    await page.getByTestId('btn-find-path').click()
    await expect
      .poll(() => page.getByTestId('path-result').getAttribute('data-hops'), { timeout: 10_000 })
      .toMatch(/^[12]$/)
  })

  it('removes a node from the chart', async () => {
    const before = await page.getByTestId('chart-node').count()
    await page.getByTestId('chart-node').last().click()
    await page.getByTestId('btn-remove').click()
    await expect.poll(() => page.getByTestId('chart-node').count()).toBe(before - 1)
  })

  it('shows a translated error for hostile search text and keeps working', async () => {
    // Not `search`: this one ends in an error, never in a list of results.
    await page.getByTestId('search-input').fill('!!! ??? ***')
    await page.getByTestId('search-submit').click()
    const banner = page.getByTestId('error-message')
    await expect.poll(() => banner.getAttribute('data-error-code')).toBe('search/empty_query')
    const en = await banner.textContent()
    await page.getByTestId('lang-select').selectOption('sq')
    await expect.poll(() => banner.textContent()).not.toBe(en)
    await page.getByTestId('lang-select').selectOption('en')
    await search('Krasniqi')
    // The next successful search withdraws the stale error, so its results are fresh.
    await expect.poll(() => banner.count(), { timeout: 10_000 }).toBe(0)
    await expect(page.getByTestId('search-result').count()).resolves.toBeGreaterThan(0)
  })
})
