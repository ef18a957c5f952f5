import { mkdirSync } from 'node:fs'
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { Api } from '../support/api.ts'
import { launchChromium, signIn } from '../support/browser.ts'
import { PROVENANCE } from '../support/fixtures.ts'

// An investigator records by hand from the chart: a person and a phone with their sources and
// grading, a "uses phone" link drawn by dragging from one to the other, an edit from the
// profile, and an edit that meets a colleague's save (made through the API here).

const ARTIFACTS = new URL('../.artifacts/', import.meta.url).pathname
const tag = randomUUID().slice(0, 6)
const PERSON = `Dardan Regjistri ${tag}`
const SOURCE = `Deklarata e dëshmitarit ${tag}`
const CASE_NUMBER = `REC-${tag}`

let browser: Browser
let page: Page
let api: Api
let personId = ''
let phoneId = ''

const shot = (name: string) => page.screenshot({ path: `${ARTIFACTS}recording-${name}.png` })
const field = (name: string) => page.getByTestId('entity-form').getByTestId(`field-${name}`)
const problem = (name: string) => page.getByTestId(`field-error-${name}`)

/** The rendered centre of a chart node, from the Cytoscape instance on the canvas element. */
async function nodeAt(id: string) {
  await page.locator('[data-testid=graph-canvas][data-layout=idle]').waitFor()
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

/** The id of the chart node of this name (a new record is put on the chart). */
const nodeNamed = (name: string) =>
  page.getByTestId('graph-canvas').evaluate((el, wanted) => {
    const cy = (el as unknown as { __cy: { nodes(): { data(k: string): string }[] } }).__cy
    return (
      cy
        .nodes()
        .find((n) => n.data('name') === wanted)
        ?.data('id') ?? ''
    )
  }, name)

const edgesBetween = (a: string, b: string) =>
  page.getByTestId('graph-canvas').evaluate(
    (el, [x, y]) => {
      const cy = (el as unknown as { __cy: { edges(): { data(k: string): string }[] } }).__cy
      return cy
        .edges()
        .filter((e) => e.data('source') === x && e.data('target') === y)
        .map((e) => e.data('label') ?? e.data('kind'))
    },
    [a, b],
  )

/** Grades the fact B2 / H1, as the statement of a usually reliable witness. */
async function grade(form: string): Promise<void> {
  const f = page.getByTestId(form)
  await f.getByTestId('field-reliability').selectOption('B')
  await f.getByTestId('field-credibility').selectOption('2')
  await f.getByTestId('field-handling').selectOption('H1')
}

async function chooseSource(form: string): Promise<void> {
  const f = page.getByTestId(form)
  await f.getByTestId('source-search').fill(SOURCE)
  await f.getByTestId('source-result').filter({ hasText: SOURCE }).click()
  await expect(f.getByTestId('chosen-source').textContent()).resolves.toContain(SOURCE)
}

async function profileVersion(): Promise<number> {
  const d = await api.ok<{ entity: { version: number } }>(
    `query($id: ID!) { entity(id: $id) { version } }`,
    { id: personId },
  )
  return d.entity.version
}

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true })
  api = await Api.signedIn('investigator')
  await api.ok(`mutation($i: CreateCaseInput!) { createCase(input: $i) { id } }`, {
    i: { caseNumber: CASE_NUMBER, name: `Rekrutimi ${tag}`, provenance: PROVENANCE },
  })
  browser = await launchChromium()
  page = await signIn(browser, 'investigator', { width: 1400, height: 900 })
})

afterAll(async () => {
  await browser?.close()
})

describe('recording by hand from the chart', () => {
  it('refuses a person without the required fields, naming each field', async () => {
    await page.getByTestId('chart-new-record').click()
    await page.getByTestId('entity-form').waitFor()
    await page.getByTestId('record-save').click()
    for (const f of ['name', 'category', 'sourceIds', 'reliability', 'credibility'])
      await expect(problem(f).isVisible(), f).resolves.toBe(true)
    await expect(problem('category').textContent()).resolves.toContain('Required')
    await expect(problem('sourceIds').textContent()).resolves.toContain('at least one source')
    // The first wrong field has the focus, so typing starts there.
    await expect(page.locator(':focus').getAttribute('data-testid')).resolves.toBe('field-name')
    await shot('person-errors-en')
  })

  it('records the person with a new source, its grading and the case', async () => {
    await field('name').fill(PERSON)
    await field('category').selectOption('SUSPECT')
    await field('dateOfBirth').fill('1988-07-14')
    await field('nationality').fill('xk')
    await expect(field('nationality').inputValue()).resolves.toBe('XK')
    await field('aliases').fill('Dari')
    const form = page.getByTestId('entity-form')
    await form.getByTestId('source-new').click()
    await form.getByTestId('source-name').fill(SOURCE)
    await form.getByTestId('source-type').selectOption('STATEMENT')
    await form.getByTestId('source-reference').fill(`KP-${tag}`)
    await form.getByTestId('source-create').click()
    await expect(form.getByTestId('chosen-source').textContent()).resolves.toContain(SOURCE)
    await grade('entity-form')
    const caseOption = field('case').locator('option', { hasText: CASE_NUMBER })
    await field('case').selectOption({ value: (await caseOption.getAttribute('value')) ?? '' })
    await expect(problem('name').count()).resolves.toBe(0)
    await shot('person-form-en')
    await page.getByTestId('record-save').click()
    await page.getByTestId('entity-form').waitFor({ state: 'detached' })
    await expect.poll(() => nodeNamed(PERSON)).toMatch(/^per-/)
    personId = await nodeNamed(PERSON)
    // The profile shows the new record, with its grading and source.
    await expect.poll(() => page.getByTestId('profile-name').textContent()).toBe(PERSON)
    await expect(page.getByTestId('profile-grading').textContent()).resolves.toBe('B2')
    await expect(page.getByTestId('profile-source').textContent()).resolves.toContain(SOURCE)
    const d = await api.ok<{
      entity: { links: { nodes: { kind: string; to: { name: string } }[] } }
    }>(
      `query($id: ID!) { entity(id: $id) { links(kinds: [PART_OF_CASE]) { nodes { kind to { name } } } } }`,
      { id: personId },
    )
    expect(d.entity.links.nodes.map((l) => l.to.name)).toEqual([`Rekrutimi ${tag}`])
  })

  it('records a phone resting on that source, found by search', async () => {
    await page.getByTestId('chart-new-record').click()
    await field('kind').selectOption('Phone')
    await field('name').fill(`Telefoni i Dardanit ${tag}`)
    await field('number').fill('044 123 456')
    await chooseSource('entity-form')
    await grade('entity-form')
    await page.getByTestId('record-save').click()
    await expect(problem('number').textContent()).resolves.toContain('+38344123456')
    await field('number').fill('+383 44 555 ' + String(Math.floor(100 + Math.random() * 899)))
    await page.getByTestId('record-save').click()
    await page.getByTestId('entity-form').waitFor({ state: 'detached' })
    await expect.poll(() => nodeNamed(`Telefoni i Dardanit ${tag}`)).toMatch(/^pho-/)
    phoneId = await nodeNamed(`Telefoni i Dardanit ${tag}`)
  })

  it('draws a "uses phone" link by dragging from the person to the phone', async () => {
    await page.getByTestId('chart-draw-link').click()
    await page.getByTestId('draw-link-hint').waitFor()
    const from = await nodeAt(personId)
    const to = await nodeAt(phoneId)
    await page.mouse.move(from.x, from.y)
    await page.mouse.down()
    await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 8 })
    await shot('drawing-link')
    await page.mouse.move(to.x, to.y, { steps: 8 })
    await page.mouse.up()
    const form = page.getByTestId('link-form')
    await form.waitFor()
    await expect(form.getByTestId('link-from').textContent()).resolves.toContain(PERSON)
    await expect(form.getByTestId('link-to').textContent()).resolves.toContain('Telefoni')
    await expect(form.getByTestId('field-linkKind').inputValue()).resolves.toBe('USES_PHONE')
    await page.getByTestId('link-save').click()
    await expect(problem('sourceIds').isVisible()).resolves.toBe(true)
    await chooseSource('link-form')
    await grade('link-form')
    await shot('link-form-en')
    await page.getByTestId('link-save').click()
    await form.waitFor({ state: 'detached' })
    await expect.poll(() => edgesBetween(personId, phoneId)).toHaveLength(1)
    await page.getByTestId('chart-draw-link').click()
    await expect(page.getByTestId('draw-link-hint').count()).resolves.toBe(0)
  })

  it('edits the person from the profile', async () => {
    const at = await nodeAt(personId)
    await page.mouse.click(at.x, at.y)
    await expect.poll(() => page.getByTestId('profile-name').textContent()).toBe(PERSON)
    // The drawn link, beside the case membership the record got.
    const drawn = page.locator('[data-link-kind=USES_PHONE] [data-testid=profile-link]')
    await expect(drawn.count()).resolves.toBe(1)
    await page.getByTestId('profile-edit').click()
    await expect(field('name').inputValue()).resolves.toBe(PERSON)
    await expect(field('category').inputValue()).resolves.toBe('SUSPECT')
    await field('aliases').fill('Dari\nDardani')
    await page.getByTestId('record-save').click()
    await page.getByTestId('entity-form').waitFor({ state: 'detached' })
    await expect
      .poll(() => page.locator('[data-field=aliases]').textContent())
      .toBe('Dari, Dardani')
  })

  it('shows a colleague’s save as a conflict: reload shows theirs, overwrite saves over it', async () => {
    const UPDATE = `mutation($i: UpdateEntityInput!) { updateEntity(input: $i) { version } }`
    await page.getByTestId('profile-edit').click()
    await field('firstName').waitFor()
    // A colleague saves first.
    await api.ok(UPDATE, {
      i: { id: personId, expectedVersion: await profileVersion(), person: { firstName: 'Dardan' } },
    })
    await field('lastName').fill('Regjistri')
    await page.getByTestId('record-save').click()
    await page.getByTestId('record-conflict').waitFor()
    await expect(page.getByTestId('record-conflict').textContent()).resolves.toContain(
      'Changed by someone else',
    )
    await shot('conflict-en')
    await page.getByTestId('conflict-reload').click()
    await expect.poll(() => field('firstName').inputValue()).toBe('Dardan')
    await expect(field('lastName').inputValue()).resolves.toBe('')
    // Again: the colleague saves the first name once more, and this time the user overwrites.
    await field('lastName').fill('Regjistri')
    await api.ok(UPDATE, {
      i: { id: personId, expectedVersion: await profileVersion(), person: { gender: 'MALE' } },
    })
    await page.getByTestId('record-save').click()
    await page.getByTestId('conflict-overwrite').click()
    await page.getByTestId('entity-form').waitFor({ state: 'detached' })
    const d = await api.ok<{ entity: { firstName: string; lastName: string; gender: string } }>(
      `query($id: ID!) { entity(id: $id) { ... on Person { firstName lastName gender } } }`,
      { id: personId },
    )
    // Overwriting sends only the user's own change: the colleague's gender stays.
    expect(d.entity).toEqual({ firstName: 'Dardan', lastName: 'Regjistri', gender: 'MALE' })
    await expect.poll(() => page.locator('[data-field=lastName]').textContent()).toBe('Regjistri')
  })

  it('reads in Albanian', async () => {
    await page.getByTestId('lang-select').selectOption('sq')
    await page.getByTestId('chart-new-record').click()
    await page.getByTestId('record-save').click()
    await expect(problem('category').textContent()).resolves.toContain('I detyrueshëm')
    await expect(page.getByTestId('entity-form').textContent()).resolves.toContain('Prejardhja')
    await shot('person-errors-sq')
    await page.getByTestId('source-new').click()
    await page.getByTestId('source-name').fill('Raport i policisë')
    await shot('source-form-sq')
    await page.keyboard.press('Escape')
    await page.getByTestId('entity-form').waitFor({ state: 'detached' })
    const at = await nodeAt(personId)
    await page.mouse.click(at.x, at.y)
    await page.keyboard.down('Shift')
    const ph = await nodeAt(phoneId)
    await page.mouse.click(ph.x, ph.y)
    await page.keyboard.up('Shift')
    await page.getByTestId('chart-link-selected').click()
    await page.getByTestId('link-form').waitFor()
    await shot('link-form-sq')
    await page.keyboard.press('Escape')
    await page.getByTestId('profile-edit').click()
    await field('name').waitFor()
    await shot('person-edit-sq')
    await api.ok(`mutation($i: UpdateEntityInput!) { updateEntity(input: $i) { version } }`, {
      i: { id: personId, expectedVersion: await profileVersion(), person: { gender: 'FEMALE' } },
    })
    await field('identifiers').fill('P0012345')
    await page.getByTestId('record-save').click()
    await page.getByTestId('record-conflict').waitFor()
    await expect(page.getByTestId('record-conflict').textContent()).resolves.toContain(
      'Ndryshuar nga dikush tjetër',
    )
    await shot('conflict-sq')
    await page.keyboard.press('Escape')
    await page.getByTestId('lang-select').selectOption('en')
  })

  it('offers no recording to an analyst, who may not write', async () => {
    const analyst = await signIn(browser, 'analyst', { width: 1400, height: 900 })
    await analyst.getByTestId('graph-canvas').waitFor()
    await expect(analyst.getByTestId('chart-new-record').count()).resolves.toBe(0)
    await expect(analyst.getByTestId('chart-draw-link').count()).resolves.toBe(0)
    await analyst.close()
  })
})
