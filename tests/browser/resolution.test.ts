import { mkdirSync } from 'node:fs'
import { randomUUID } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { Api } from '../support/api.ts'
import { launchChromium, signIn } from '../support/browser.ts'
import { cypher } from '../support/db.ts'
import { createEntity, createLink, createSource, PROVENANCE, person } from '../support/fixtures.ts'

let browser: Browser
let ids: [string, string]

beforeAll(async () => {
  mkdirSync(new URL('../.artifacts/', import.meta.url).pathname, { recursive: true })
  browser = await launchChromium()
  // Two records of one man from two sources, as a statement and a bank file would leave them.
  const api = await Api.signedIn('investigator')
  const { createCase } = await api.ok<{ createCase: { id: string } }>(
    `mutation C($i: CreateCaseInput!) { createCase(input: $i) { id } }`,
    {
      i: {
        caseNumber: `DUP-${randomUUID().slice(0, 8)}`,
        name: 'Twin test',
        provenance: PROVENANCE,
      },
    },
  )
  const caseId = createCase.id
  const s1 = await createSource(api, 'Witness statement')
  const s2 = await createSource(api, 'Bank statement')
  const extra = { dateOfBirth: '1979-02-14', identifiers: ['PN 1122334455'] }
  const a = await createEntity(api, s1, { ...person('Gëzim Bajraktari', 'SUSPECT', extra), caseId })
  const b = await createEntity(api, s2, { ...person('Гезим Бајрактари', 'CONTACT', extra), caseId })
  const phone = await createEntity(api, s1, {
    kind: 'Phone',
    name: '+383 49 555 010',
    phone: { number: '+38349555010' },
    caseId,
  })
  await createLink(api, s1, 'USES_PHONE', a.id, phone.id)
  await createLink(api, s2, 'USES_PHONE', b.id, phone.id)
  ids = [a.id, b.id]
})
afterAll(() => browser?.close())

describe('duplicates view', () => {
  it('shows a pair with its reasons, merges it and undoes the merge', async () => {
    const page = await signIn(browser, 'investigator', { width: 1400, height: 900 })

    await page.getByTestId('tab-duplicates').click()
    await page.getByTestId('duplicates-view').waitFor()
    const pair = page.locator(`[data-testid="duplicate-pair"][data-ids*="${ids[0]}"]`)
    await pair.waitFor({ timeout: 60_000 })
    const reasons = await pair.getByTestId('duplicate-reason').allTextContents()
    expect(reasons).toContain('Same name in another spelling or script')
    expect(reasons).toContain('Same date of birth')
    expect(reasons).toContain('Same identity or registration number')
    await page.screenshot({
      path: new URL('../.artifacts/duplicates.png', import.meta.url).pathname,
    })

    await pair.getByTestId('duplicate-keep-a').check()
    const keepId = (await pair.getAttribute('data-ids'))!.split(' ')[0]!
    await pair.getByTestId('duplicate-merge').click()
    await expect
      .poll(() => page.getByTestId('duplicates-outcome').textContent(), { timeout: 30_000 })
      .toContain('was merged into')
    await expect.poll(() => pair.count()).toBe(0)
    const absorbed = ids.find((i) => i !== keepId)!
    expect(await cypher(`MATCH (n:Entity {id: $id}) RETURN n`, { id: absorbed })).toHaveLength(0)

    await page.getByTestId('merge-undo').first().click()
    await expect
      .poll(() => page.getByTestId('duplicates-outcome').textContent(), { timeout: 30_000 })
      .toContain('Merge undone')
    expect(await cypher(`MATCH (n:Entity {id: $id}) RETURN n`, { id: absorbed })).toHaveLength(1)
    await pair.waitFor({ timeout: 30_000 })
  })
})
