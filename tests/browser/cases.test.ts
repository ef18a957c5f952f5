/**
 * Issue 13, the Cases tab and honest expansion as their users meet them: a prosecutor pages past
 * 50 cases and filters them, a supervisor gives a case to a colleague and takes it back on the
 * case screen, expanding a case node brings its members, and an event label reads in Albanian.
 */
import { mkdirSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchChromium, searchFor, signIn } from '../support/browser.ts'
import { closeTestDriver, cypher } from '../support/db.ts'

const ARTIFACTS = new URL('../.artifacts/', import.meta.url).pathname
let browser: Browser
let prosecutor: Page
let investigator: Page

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true })
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await closeTestDriver()
})

const open = (username: string): Promise<Page> =>
  signIn(browser, username, { width: 1400, height: 900 })

// The machine is shared: a request can take several seconds (the first ones wait for the planner).
const poll = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 20_000 })

const shot = (page: Page, name: string) =>
  page.screenshot({ path: `${ARTIFACTS}cases-${name}.png` })

const count = (page: Page) =>
  page.locator('[data-testid="cases-paging"] [data-testid="page-count"]')
/** The list's total; none shown (an empty list has no footer) is 0. */
const totalOf = async (page: Page) =>
  (await count(page).count()) ? Number(await count(page).getAttribute('data-total')) : 0
const shownOf = async (page: Page) => ({
  shown: Number(await count(page).getAttribute('data-shown')),
  total: Number(await count(page).getAttribute('data-total')),
})

describe('the Cases tab', () => {
  it('pages a prosecutor through every one of their cases, past 50', async () => {
    const page = (prosecutor = await open('prosecutor'))
    await page.getByTestId('tab-cases').click()
    await count(page).waitFor()
    const first = await shownOf(page)
    expect(first.shown).toBe(50)
    expect(first.total).toBeGreaterThanOrEqual(60)
    await shot(page, 'first-page')
    await page.locator('[data-testid="cases-paging"] [data-testid="load-more"]').click()
    // The first requests after start wait for the planner (the warm-up runs in the background).
    await poll(async () => (await shownOf(page)).shown).toBe(first.total)
    await expect(page.getByTestId('case-item').count()).resolves.toBe(first.total)
    await expect(
      page.locator('[data-testid="cases-paging"] [data-testid="load-more"]').count(),
    ).resolves.toBe(0)
  })

  it('filters by year and offence, counts what the filter keeps, and clears', async () => {
    const page = prosecutor
    const all = (await shownOf(page)).total
    const years = await page.locator('[data-testid="case-year"] option').allTextContents()
    const year = years.find((y) => /^\d{4}$/.test(y.trim()))!.trim()
    const [{ n }] = await cypher<{ n: number }, 1>(
      `MATCH (:User {username: 'prosecutor'})-[:ASSIGNED_TO]->(c:Case) WHERE date(c.openedOn).year = $y
       RETURN count(c) AS n`,
      { y: Number(year) },
    )
    await page.getByTestId('case-year').selectOption(year)
    await poll(async () => (await shownOf(page)).total).toBe(n)
    const opened = await page.locator('[data-testid="case-item"] .meta').allTextContents()
    expect(opened.every((o) => o.includes(year))).toBe(true)
    // An offence of a case the year kept, so that both filters together keep some.
    const offence = (await page
      .locator('[data-testid="case-item"] .offence')
      .first()
      .textContent())!
    await page.getByTestId('case-offence').selectOption({ label: offence.trim() })
    await poll(async () => {
      const rows = await page.locator('[data-testid="case-item"] .offence').allTextContents()
      return rows.length > 0 && rows.every((o) => o.trim() === offence.trim())
    }).toBe(true)
    await poll(() => totalOf(page)).toBeLessThanOrEqual(n)
    await shot(page, 'filtered')
    await page.getByTestId('case-filters-clear').click()
    await poll(async () => (await shownOf(page)).total).toBe(all)
  })

  it('lets a supervisor assign a colleague on the case screen, and unassign them', async () => {
    const page = await open('supervisor')
    await page.getByTestId('tab-cases').click()
    // Their own cases only, out of every case of the directorate.
    await count(page).waitFor()
    const all = (await shownOf(page)).total
    const [own] = await cypher<{ n: number }, 1>(
      `MATCH (:User {username: 'supervisor'})-[r:ASSIGNED_TO]->(:Case) RETURN count(r) AS n`,
    )
    await page.getByTestId('case-mine').check()
    await poll(() => totalOf(page)).toBe(own.n)
    expect(own.n).toBeLessThan(all)
    await page.getByTestId('case-mine').uncheck()
    await poll(() => totalOf(page)).toBe(all)
    const item = page.getByTestId('case-item').first()
    await item.waitFor()
    const caseId = (await item.getAttribute('data-case-id'))!
    await item.getByTestId('case-team-open').click()
    const screen = page.getByTestId('case-screen')
    await screen.getByTestId('case-assign-user').waitFor()
    await expect(
      screen.locator('[data-testid="case-assignee"][data-username="analyst"]').count(),
    ).resolves.toBe(0)
    await screen.getByTestId('case-assign-user').selectOption('analyst')
    await screen.getByTestId('case-assign').click()
    const analyst = screen.locator('[data-testid="case-assignee"][data-username="analyst"]')
    await analyst.waitFor()
    await expect(analyst.textContent()).resolves.toContain('supervisor')
    await shot(page, 'team-assigned')
    const [held] = await cypher<{ n: number }, 1>(
      `MATCH (:User {username: 'analyst'})-[r:ASSIGNED_TO]->(:Case {id: $id}) RETURN count(r) AS n`,
      { id: caseId },
    )
    expect(held.n).toBe(1)
    await analyst.getByTestId('case-unassign').click()
    await poll(() => analyst.count()).toBe(0)
    await shot(page, 'team-unassigned')
    const [gone] = await cypher<{ n: number }, 1>(
      `MATCH (:User {username: 'analyst'})-[r:ASSIGNED_TO]->(:Case {id: $id}) RETURN count(r) AS n`,
      { id: caseId },
    )
    expect(gone.n).toBe(0)
    await screen.getByTestId('case-screen-close').click()
  })

  it('shows an investigator the team but no assigning', async () => {
    const page = (investigator = await open('investigator'))
    await page.getByTestId('tab-cases').click()
    await page.getByTestId('case-item').first().getByTestId('case-team-open').click()
    const screen = page.getByTestId('case-screen')
    await screen.locator('[data-testid="case-assignee"][data-username="investigator"]').waitFor()
    await expect(screen.getByTestId('case-assign').count()).resolves.toBe(0)
    await expect(screen.getByTestId('case-unassign').count()).resolves.toBe(0)
    await screen.getByTestId('case-screen-close').click()
  })
})

describe('honest expansion and read-time labels', () => {
  it('brings a case node’s members when it is expanded, and says what the filter leaves out', async () => {
    const page = investigator
    const [kase] = await cypher<{ id: string; caseNumber: string; members: number }, 1>(
      `MATCH (:User {username: 'investigator'})-[:ASSIGNED_TO]->(c:Case)
       WITH c, COUNT { (c)<-[:PART_OF_CASE]-(:Entity) } AS members WHERE members < 100
       RETURN c.id AS id, c.caseNumber AS caseNumber, members ORDER BY c.id LIMIT 1`,
    )
    await expect(page.getByTestId('link-kind-filter').textContent()).resolves.toContain(
      'except case membership',
    )
    await searchFor(page, kase.caseNumber)
    const row = page.locator(`[data-testid="search-result"][data-entity-id="${kase.id}"]`)
    await row.getByTestId('add-to-chart').click()
    const node = page.locator(`[data-testid="chart-node"][data-entity-id="${kase.id}"] button`)
    await node.waitFor()
    await node.dblclick()
    await poll(() => page.getByTestId('chart-node').count()).toBeGreaterThan(
      Math.min(kase.members, 10),
    )
    await page.getByTestId('link-kind-filter').click()
    await shot(page, 'case-expanded')
    await page.getByTestId('link-kind-filter').click()
  })

  it('reads an event label in Albanian, around the victim’s pseudonym', async () => {
    const page = investigator
    await page.getByTestId('lang-select').selectOption('sq')
    // What the chart already holds (the case's events, its victim) follows the new language.
    const onChart = () => page.locator('[data-testid="chart-node"] .name').allTextContents()
    await poll(async () => (await onChart()).some((n) => /: Viktima [0-9A-F]{6}$/.test(n))).toBe(
      true,
    )
    expect((await onChart()).join(' ')).not.toMatch(/ of Victim /)
    await page.getByTestId('search-kind').selectOption('Event')
    await searchFor(page, 'Rekrutimi')
    const names = await page.locator('[data-testid="search-result"] .name').allTextContents()
    expect(names.length).toBeGreaterThan(0)
    expect(names.some((n) => /^Rekrutimi: Viktima [0-9A-F]{6}$/.test(n.trim()))).toBe(true)
    expect(names.join(' ')).not.toMatch(/per-\d+/)
    await shot(page, 'labels-sq')
    const first = page.locator('[data-testid="search-result"]').first()
    await first.getByTestId('add-to-chart').click()
    await page.getByTestId('lang-select').selectOption('en')
  })
})
