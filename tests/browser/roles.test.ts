import { mkdirSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchChromium, searchFor, signIn as signInAs } from '../support/browser.ts'

let browser: Browser

beforeAll(async () => {
  mkdirSync(new URL('../.artifacts/', import.meta.url).pathname, { recursive: true })
  browser = await launchChromium()
})
afterAll(() => browser?.close())

const signIn = (username: string) => signInAs(browser, username)

describe('what each role sees', () => {
  it('gives a supervisor the audit trail with a verified chain', async () => {
    const page = await signIn('supervisor')
    await page.getByTestId('tab-audit').click()
    await page.getByTestId('audit-view').waitFor()
    await page.getByTestId('audit-row').first().waitFor()
    await expect
      .poll(() => page.getByTestId('audit-chain').getAttribute('data-ok'), { timeout: 15_000 })
      .toBe('true')
    await page.getByTestId('audit-filter-action').selectOption('SIGN_IN')
    await page.getByTestId('audit-apply').click()
    await expect
      .poll(async () => (await page.getByTestId('audit-row').allTextContents()).length)
      .toBeGreaterThan(0)
    await page.screenshot({ path: new URL('../.artifacts/audit.png', import.meta.url).pathname })
  })

  it('gives an analyst the yearly figures of every case, small counts withheld', async () => {
    const page = await signIn('analyst')
    await page.getByTestId('tab-figures').click()
    await expect.poll(() => page.getByTestId('figures-row').count(), { timeout: 15_000 }).toBe(9)
    await page.screenshot({ path: new URL('../.artifacts/figures.png', import.meta.url).pathname })
    const cells = await page.getByTestId('figures-view').locator('td').allTextContents()
    expect(cells).toContain('<5')
    expect(cells.every((c) => c === '<5' || c === '0' || Number(c) >= 5)).toBe(true)
    for (const tab of ['tab-audit', 'tab-retention'])
      await expect(page.getByTestId(tab).count()).resolves.toBe(0)
  })

  it('gives an investigator no audit tab', async () => {
    const page = await signIn('investigator')
    await expect(page.getByTestId('tab-audit').count()).resolves.toBe(0)
  })
})

describe('single sign-on', () => {
  async function throughProvider(account: string): Promise<Page> {
    const page = await (await browser.newContext()).newPage()
    await page.goto(inject('wbUrl'))
    await page.getByTestId('login-sso').click()
    // The provider's own pages: its login form, then its consent form.
    await page.locator('input[name=login]').fill(account)
    await page.locator('input[name=password]').fill('any password')
    await page.locator('button[type=submit]').click()
    await page.locator('input[name=login]').waitFor({ state: 'detached' })
    await page.locator('button[type=submit]').click()
    return page
  }

  it('signs a supervisor in through the provider, with the audit tab their group grants', async () => {
    const page = await throughProvider('kc.supervisor')
    await page.getByTestId('search-input').waitFor()
    await page.getByTestId('tab-audit').waitFor()
    expect(new URL(page.url()).search).toBe('')
  })

  it('explains a refusal in the user language when the groups grant no role', async () => {
    const page = await throughProvider('kc.nogroup')
    await expect
      .poll(() => page.getByTestId('error-message').textContent())
      .toContain('in no group that gives access')
    expect(new URL(page.url()).search).toBe('')
    await expect(page.getByTestId('search-input').count()).resolves.toBe(0)
  })
})

describe('retention', () => {
  it('lets a supervisor erase a record due for erasure, after which search cannot find it', async () => {
    const page = await signIn('supervisor')
    const hit = (id: string) => page.locator(`[data-testid=search-result][data-entity-id="${id}"]`)
    const search = (text: string) => searchFor(page, text)
    await page.getByTestId('tab-retention').click()
    await page.getByTestId('retention-filter-ERASE').click()
    // A suspect's, contact's or witness's row: shown by name, not pseudonym, so searchable.
    const row = page
      .getByTestId('retention-row')
      .filter({ hasText: /Suspect|Contact|Witness/ })
      .first()
    await row.waitFor()
    const id = (await row.getAttribute('data-id')) as string
    const name = ((await row.locator('td').first().textContent()) ?? '').trim()
    await search(name)
    await hit(id).waitFor()

    await page.getByTestId('tab-retention').click()
    await page.getByTestId('retention-filter-ERASE').click()
    const again = page.locator(`[data-testid=retention-row][data-id="${id}"]`)
    await again.getByTestId('retention-erase').click()
    await page.getByTestId('erase-justification').fill('Too short')
    await page.getByTestId('erase-submit').click()
    await page.getByTestId('erase-error').waitFor()
    await page
      .getByTestId('erase-justification')
      .fill('Retention limit passed; approved at the quarterly review.')
    await page.getByTestId('erase-submit').click()
    await page.getByTestId('retention-erased').waitFor()
    await expect.poll(() => again.count()).toBe(0)
    await page.screenshot({
      path: new URL('../.artifacts/retention.png', import.meta.url).pathname,
    })

    await search(name)
    await expect.poll(() => hit(id).count()).toBe(0)
    await page.locator('.results .count').waitFor()
    expect(await hit(id).count()).toBe(0)
  })
})
