import { chromium, type Browser, type Page } from 'playwright-core'
import { inject } from 'vitest'

/**
 * Debian's Chromium, headless. The flags keep it from reaching for Google's services, which this
 * closed network refuses (and which would slow every start).
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/** A fresh browser context signed in as a demo account (or admin), on the search screen. */
export async function signIn(
  browser: Browser,
  username: string,
  viewport = { width: 1280, height: 800 },
): Promise<Page> {
  const page = await (await browser.newContext({ viewport })).newPage()
  await page.goto(inject('wbUrl'))
  await page.getByTestId('login-username').fill(username)
  const password = username === 'admin' ? inject('adminPassword') : inject('accounts')[username]
  await page.getByTestId('login-password').fill(password as string)
  await page.getByTestId('login-submit').click()
  await page.getByTestId('search-input').waitFor()
  return page
}

/**
 * Searches from the search tab and waits until the list shows the answer to this text: the
 * results of an earlier search stay on screen while the new one loads, and a row taken from them
 * would be the wrong entity.
 */
export async function searchFor(page: Page, text: string): Promise<void> {
  await page.getByTestId('tab-search').click()
  await page.getByTestId('search-input').fill(text)
  await page.getByTestId('search-submit').click()
  await page
    .locator(
      `[data-testid=search-results][data-state=done][data-query="${text.trim().replace(/"/g, '\\"')}"]`,
    )
    .waitFor()
}
