import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchChromium, signIn } from '../support/browser.ts'

/**
 * Each file of the real-shaped corpus (tests/fixtures/real-shaped) goes through the Import tab
 * as an investigator would take it: the built-in mapping the wizard picks, its suggested
 * columns, and only the clicks a person makes (a start for time offsets, setting bad rows
 * aside). No mapping is written by hand.
 */
let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launchChromium()
  page = await signIn(browser, 'investigator', { width: 1280, height: 900 })
})
afterAll(() => browser?.close())

const path = (name: string) => new URL(`../fixtures/real-shaped/${name}`, import.meta.url).pathname
/** The whole page, or (report) the report itself, which scrolls inside the import tab. */
const shot = (name: string, report = false) =>
  (report ? page.getByTestId('import-report') : page).screenshot({
    path: new URL(`../.artifacts/import-${name}.png`, import.meta.url).pathname,
    ...(report ? {} : { fullPage: true }),
  })

async function open(file: string, mapping: string): Promise<void> {
  await page.getByTestId('tab-import').click()
  await page.getByTestId('import-file').setInputFiles(file)
  await page.getByTestId('import-preview').waitFor()
  await expect
    .poll(() => page.getByTestId('import-mapping').inputValue(), { timeout: 15_000 })
    .toBe(mapping)
}

/** Imports and waits for the report; its counts as "Kind new known" lines. */
async function runImport(): Promise<string> {
  await page.getByTestId('import-run').click()
  const report = page.getByTestId('import-report')
  await expect.poll(() => report.getAttribute('data-dry-run'), { timeout: 30_000 }).toBe('false')
  return (await page.getByTestId('import-count').allTextContents()).join('|')
}

const notes = async () =>
  Object.fromEntries(
    await page
      .getByTestId('import-note')
      .evaluateAll((els) =>
        els.map((e) => [e.getAttribute('data-code'), e.getAttribute('data-count')]),
      ),
  ) as Record<string, string>

describe('real-shaped files through the import wizard', () => {
  it('an anonymised call log: the wizard asks where the offsets start, then imports it', async () => {
    await open(path('cdr-anonymised.csv'), 'call-records')
    expect(await page.getByTestId('import-bind-start').inputValue()).toBe('timestamp')
    expect((await page.getByTestId('import-hint').allTextContents()).join(' ')).toMatch(
      /time offsets/,
    )
    await page.getByTestId('import-epoch').fill('2019-06-01T00:00')
    await shot('offsets')
    const counts = await runImport()
    expect(counts).toMatch(/Phone\s*8\s*0/)
    expect(counts).toMatch(/CALLED\s*10\s*0/)
    expect(await notes()).toMatchObject({ self_link: '1', equal_rows: '1' })
    await shot('offsets-report', true)
  })

  it('an operator dump with compact timestamps imports as suggested', async () => {
    await open(path('cdr-operator-compact.csv'), 'call-records')
    const counts = await runImport()
    expect(counts).toMatch(/CALLED\s*5/)
    expect(counts).toMatch(/LOCATED_AT\s*4/)
  })

  it('a council export: bad rows set aside with a file to fix them', async () => {
    await open(path('payments-council.csv'), 'payments')
    await page.getByTestId('import-bad-quarantine').check()
    const counts = await runImport()
    expect(counts).toMatch(/PAID\s*5/)
    const aside = page.getByTestId('import-set-aside')
    expect(await aside.getAttribute('data-rows')).toBe('1')
    const download = page.waitForEvent('download')
    await page.getByTestId('import-set-aside-file').click()
    expect((await download).suggestedFilename()).toBe('payments-council.set-aside.csv')
    await shot('set-aside', true)
  })

  it('a simulated transaction log with steps in hours and amounts in scientific notation', async () => {
    await open(path('transactions-simulated.csv'), 'bank-transactions')
    await page.getByTestId('import-epoch').fill('2019-01-01T00:00')
    await page.getByTestId('import-offset-unit').selectOption('hours')
    const counts = await runImport()
    expect(counts).toMatch(/Asset\s*8/)
    expect(counts).toMatch(/PAID\s*6/)
  })

  it('a UTF-16 bank statement: encoding shown, banks come in as organisations', async () => {
    await open(path('bank-statement-utf16.txt'), 'bank-transactions')
    expect(await page.getByTestId('import-preview').textContent()).toContain('Booking date')
    const counts = await runImport()
    expect(counts).toMatch(/Organization\s*2/)
    expect(counts).toMatch(/Person\s*2/)
    await shot('utf16', true)
  })

  it('a Latin-1 person list keeps namesakes apart and its letters intact', async () => {
    await open(path('persons-latin1.csv'), 'person-list')
    expect(await page.getByTestId('import-preview').textContent()).toContain('Schillerstraße')
    const counts = await runImport()
    expect(counts).toMatch(/Person\s*4/)
    expect(await notes()).toMatchObject({ namesakes: '1' })
  })

  it('a FollowTheMoney extract: what the model cannot hold is listed, not dropped unsaid', async () => {
    await page.getByTestId('tab-import').click()
    await page
      .getByTestId('import-file')
      .setInputFiles(new URL('../fixtures/ftm-opensanctions-like.ijson', import.meta.url).pathname)
    await page.getByTestId('import-ftm').waitFor()
    const counts = await runImport()
    expect(counts).toMatch(/Organization/)
    const notKept = page.getByTestId('import-not-kept')
    await notKept.locator('summary').click()
    expect(await notKept.textContent()).toContain('Sanction')
    await shot('ftm-not-kept', true)
  })

  it('a workbook whose header is on row 3', async () => {
    await open(path('persons-header-row3.xlsx'), 'person-list')
    const counts = await runImport()
    expect(counts).toMatch(/Person\s*3/)
    // A created person opens in the profile.
    await page.getByTestId('import-created').first().click()
    await expect
      .poll(() => page.getByTestId('profile').textContent(), { timeout: 15_000 })
      .toMatch(/Qorraj|Mjeku|Ristanović/)
  })
})
