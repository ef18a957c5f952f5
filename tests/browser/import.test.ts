import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchChromium, searchFor, signIn } from '../support/browser.ts'
import { cypher } from '../support/db.ts'

let browser: Browser
let page: Page

beforeAll(async () => {
  browser = await launchChromium()
  page = await signIn(browser, 'investigator', { width: 1280, height: 800 })
})
afterAll(() => browser?.close())

const upload = (name: string, text: string) =>
  page.getByTestId('import-file').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(text),
  })

const search = (text: string) => searchFor(page, text)

describe('importing a file in the browser', () => {
  it('checks a call-record file, imports it, and shows what was created', async () => {
    await page.getByTestId('tab-import').click()
    await upload(
      'calls.csv',
      'caller;callee;start;duration;cell\n044 961 001;044 961 002;02.05.2019 10:00;45;C-B1\n044 961 002;044 961 003;02.05.2019 11:00;5;\n',
    )
    // The file is previewed and the mapping that reads it best is chosen.
    await page.getByTestId('import-preview').waitFor()
    expect(await page.getByTestId('import-mapping').inputValue()).toBe('call-records')
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

  it('maps files it has never seen: suggests columns, takes a correction, imports, saves the mapping', async () => {
    await page.getByTestId('tab-import').click()
    // An operator's export: Serbian headers, ISO dates, a cell column under a name nobody listed.
    await upload(
      'operator-x.csv',
      'Datum i vreme;A broj;B broj;Trajanje;Lokacija\n' +
        '2019-06-01 09:15:00;044 966 001;044 966 002;62;BTS-17\n' +
        '2019-06-01 09:40:00;044 966 002;044 966 003;1:05;BTS-17\n',
    )
    await page.getByTestId('import-preview').waitFor()
    expect(await page.getByTestId('import-mapping').inputValue()).toBe('call-records')
    expect(await page.getByTestId('import-bind-caller').inputValue()).toBe('A broj')
    expect(await page.getByTestId('import-bind-start').inputValue()).toBe('Datum i vreme')
    expect(await page.getByTestId('import-date-order').inputValue()).toBe('YMD')
    // Nothing suggested "Lokacija" for the cell: the investigator points to it.
    expect(await page.getByTestId('import-bind-cell').inputValue()).toBe('')
    await page.getByTestId('import-bind-cell').selectOption('Lokacija')
    await page.screenshot({
      path: new URL('../.artifacts/import-wizard.png', import.meta.url).pathname,
      fullPage: true,
    })
    await page.getByTestId('import-run').click()
    const report = page.getByTestId('import-report')
    await expect.poll(() => report.getAttribute('data-dry-run'), { timeout: 15_000 }).toBe('false')
    const [call] = await cypher<{ at: string; cell: string }>(
      `MATCH (a:Phone {number: '+38344966001'})-[c:CALLED]->(:Phone {number: '+38344966002'}),
             (a)-[:LOCATED_AT]->(l:Location)
       RETURN toString(c.at) AS at, l.name AS cell`,
    )
    expect(call).toEqual({ at: '2019-06-01T07:15:00Z', cell: 'BTS-17' })

    const name = `Operator X ${Date.now()}`
    await page.getByTestId('import-save-name').fill(name)
    await page.getByTestId('import-save').click()
    await page.getByTestId('import-saved').waitFor()

    // A bank's statement with its own headers and decimal commas.
    await upload(
      'bank-y.csv',
      'Datum valute;Račun platioca;Nalogodavac;Račun primaoca;Primalac;Iznos;Valuta;Svrha plaćanja\n' +
        '03.06.2019;RS35105008123123123173;Dragan Jović;ME25505000012345678951;Arben Krasniqi;1.250,50;EUR;pozajmica\n' +
        '04.06.2019;RS35105008123123123173;Dragan Jović;ME25505000012345678951;Arben Krasniqi;300,00;EUR;\n',
    )
    await expect
      .poll(() => page.getByTestId('import-mapping').inputValue(), { timeout: 15_000 })
      .toBe('bank-transactions')
    expect(await page.getByTestId('import-bind-payer_account').inputValue()).toBe('Račun platioca')
    expect(await page.getByTestId('import-bind-amount').inputValue()).toBe('Iznos')
    await page.getByTestId('import-run').click()
    await expect.poll(() => report.getAttribute('data-dry-run'), { timeout: 15_000 }).toBe('false')
    expect((await page.getByTestId('import-count').allTextContents()).join('|')).toMatch(
      /Asset\s*2\s*0/,
    )
    // The account is in the graph, found by search like anything else.
    await search('ME25505000012345678951')
    await expect
      .poll(() => page.getByTestId('search-result').allTextContents(), { timeout: 15_000 })
      .toEqual(expect.arrayContaining([expect.stringContaining('ME25505000012345678951')]))

    // A second statement from another bank writes the payer in Cyrillic: holders merge only
    // within a file, so the two files made two records, and Duplicates proposes them.
    await page.getByTestId('tab-import').click()
    await upload(
      'bank-z.csv',
      'Datum valute;Račun platioca;Nalogodavac;Račun primaoca;Primalac;Iznos;Valuta;Svrha plaćanja\n' +
        '05.06.2019;RS35105008123123123999;Драган Јовић;ME25505000012345678951;;90,00;EUR;\n',
    )
    await expect
      .poll(() => page.getByTestId('import-mapping').inputValue(), { timeout: 15_000 })
      .toBe('bank-transactions')
    await page.getByTestId('import-run').click()
    await expect.poll(() => report.getAttribute('data-dry-run'), { timeout: 15_000 }).toBe('false')
    await page.getByTestId('tab-duplicates').click()
    const pair = page.getByTestId('duplicate-pair').filter({ hasText: 'Драган Јовић' })
    await pair.first().waitFor({ timeout: 60_000 })
    expect(await pair.first().textContent()).toContain('Dragan Jović')

    // The next export from the same operator: the saved mapping fits it whole.
    await page.getByTestId('tab-import').click()
    await upload(
      'operator-x-june.csv',
      'Datum i vreme;A broj;B broj;Trajanje;Lokacija\n2019-06-02 08:00:00;044 966 004;044 966 001;30;BTS-18\n',
    )
    await page.getByTestId('import-preview').waitFor()
    const options = await page.getByTestId('import-mapping').locator('option').allTextContents()
    expect(options[0]).toContain(name)
    expect(options[0]).toContain('100%')
    // Its author may delete it: the list falls back to the built-in mapping.
    await expect
      .poll(() => page.getByTestId('import-delete-mapping').count(), { timeout: 15_000 })
      .toBe(1)
    await page.getByTestId('import-delete-mapping').click()
    await expect
      .poll(() => page.getByTestId('import-mapping').inputValue(), { timeout: 15_000 })
      .toBe('call-records')
    const after = await page.getByTestId('import-mapping').locator('option').allTextContents()
    expect(after.some((o) => o.includes(name))).toBe(false)
  })

  it('imports a FollowTheMoney file, which needs no mapping', async () => {
    await page.getByTestId('tab-import').click()
    await page.getByTestId('import-file').setInputFiles({
      name: 'aleph-export.ijson',
      mimeType: 'application/json',
      buffer: Buffer.from(
        '{"id": "br-c-1", "schema": "Company", "properties": {"name": ["Browser Trade LLC"], "registrationNumber": ["BR-77"]}}\n',
      ),
    })
    await page.getByTestId('import-ftm').waitFor()
    expect(await page.getByTestId('import-preview').count()).toBe(0)
    await page.getByTestId('import-run').click()
    const report = page.getByTestId('import-report')
    await expect.poll(() => report.getAttribute('data-dry-run'), { timeout: 15_000 }).toBe('false')
    expect((await page.getByTestId('import-count').allTextContents()).join('|')).toMatch(
      /Organization\s*1\s*0/,
    )
  })

  it('refuses a broken file and lists each bad row with its line and column', async () => {
    await upload(
      'broken.csv',
      'caller;callee;start;duration;cell\n044 961 004;call me;02.05.2019 10:00;45;\n044 961 004;044 961 005;yesterday;5;\n',
    )
    await page.getByTestId('import-preview').waitFor()
    await page.getByTestId('import-mapping').selectOption('call-records')
    await page.getByTestId('import-run').click()
    await page.getByTestId('import-error').waitFor()
    const rows = await page.getByTestId('import-row-error').allTextContents()
    expect(rows[0]).toMatch(/^2\s*callee/)
    expect(rows.some((r) => /^3\s*start/.test(r))).toBe(true)
    expect(await page.getByTestId('import-error').textContent()).toContain('Nothing was imported')
  })
})
