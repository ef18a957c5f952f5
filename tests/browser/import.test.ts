import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from '../support/browser.ts'
import { cypher } from '../support/db.ts'

let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launchChromium()
  page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage()
  await page.goto(inject('wbUrl'))
  await page.getByTestId('login-username').fill('investigator')
  await page.getByTestId('login-password').fill(inject('accounts')['investigator'] as string)
  await page.getByTestId('login-submit').click()
  await page.getByTestId('search-input').waitFor()
})
afterAll(() => browser?.close())

const upload = (name: string, text: string) =>
  page.getByTestId('import-file').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(text),
  })

describe('importing a file in the browser', () => {
  it('checks a call-record file, imports it, and shows what was created', async () => {
    await page.getByTestId('tab-import').click()
    await page.getByTestId('import-mapping').selectOption('call-records')
    await upload(
      'calls.csv',
      'caller;callee;start;duration;cell\n044 961 001;044 961 002;02.05.2019 10:00;45;C-B1\n044 961 002;044 961 003;02.05.2019 11:00;5;\n',
    )
    await page.getByTestId('import-check').click()
    const report = page.getByTestId('import-report')
    await expect.poll(() => report.getAttribute('data-dry-run')).toBe('true')
    expect(await report.textContent()).toContain('Nothing was written')
    const [before] = await cypher<{ n: number }>(
      `MATCH (p:Phone) WHERE p.number IN ['+38344961001', '+38344961003'] RETURN count(p) AS n`,
    )
    expect(before?.n).toBe(0)

    await page.getByTestId('import-run').click()
    await expect.poll(() => report.getAttribute('data-dry-run')).toBe('false')
    const counts = await page.getByTestId('import-count').allTextContents()
    expect(counts.join('|')).toMatch(/Phone\s*3\s*0/)
    await page.screenshot({ path: new URL('../.artifacts/import.png', import.meta.url).pathname })
    // A created phone opens in the profile.
    await page.getByTestId('import-created').first().click()
    await expect
      .poll(() => page.getByTestId('profile').textContent(), { timeout: 15_000 })
      .toMatch(/\+383449610/)
    await page.getByTestId('tab-import').click()
    const [after] = await cypher<{ n: number }>(
      `MATCH (p:Phone) WHERE p.number IN ['+38344961001', '+38344961003'] RETURN count(p) AS n`,
    )
    expect(after?.n).toBe(2)
  })

  it('refuses a broken file and lists each bad row with its line and column', async () => {
    await page.getByTestId('import-mapping').selectOption('call-records')
    await upload(
      'broken.csv',
      'caller;callee;start;duration;cell\n044 961 004;call me;02.05.2019 10:00;45;\n044 961 004;044 961 005;yesterday;5;\n',
    )
    await page.getByTestId('import-run').click()
    await page.getByTestId('import-error').waitFor()
    const rows = await page.getByTestId('import-row-error').allTextContents()
    expect(rows[0]).toMatch(/^2\s*callee/)
    expect(rows.some((r) => /^3\s*start/.test(r))).toBe(true)
    expect(await page.getByTestId('import-error').textContent()).toContain('Nothing was imported')
  })
})
