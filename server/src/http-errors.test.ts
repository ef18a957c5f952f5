import express from 'express'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appError } from './errors.ts'
import { jsonErrors, jsonNotFound } from './http-errors.ts'

let base = ''
let close: () => void
beforeAll(async () => {
  const app = express()
  app.use('/graphql', express.json({ limit: '1kb' }), (_req, res) => res.json({ ok: true }))
  app.get('/boom', () => {
    throw new Error('/home/server/src/secret.ts:12 exploded')
  })
  app.get('/refused', () => {
    throw appError('auth/invalid_token', { http: { status: 401 } })
  })
  app.use(jsonNotFound)
  app.use(jsonErrors)
  const server = app.listen(0)
  await new Promise((r) => server.once('listening', r))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  close = () => server.close()
})
afterAll(() => close())

const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  })

describe('errors outside the routes', () => {
  it('answer GraphQL callers with errors[].extensions.code, in JSON', async () => {
    const big = await post(JSON.stringify({ query: 'x'.repeat(5000) }))
    expect(big.status).toBe(413)
    expect(await big.json()).toMatchObject({
      errors: [{ extensions: { code: 'request/too_large', limit: 1024 } }],
    })
    const broken = await post('{"query": ')
    expect([broken.status, ((await broken.json()) as { errors: unknown[] }).errors]).toMatchObject([
      400,
      [{ extensions: { code: 'request/malformed' } }],
    ])
    const charset = await post('{}', { 'content-type': 'application/json; charset=klingon' })
    expect(charset.status).toBe(415)
  })

  it('answer other paths with error.code, and never show the server', async () => {
    const missing = await fetch(`${base}/nowhere`, { method: 'POST' })
    expect([missing.status, await missing.json()]).toEqual([
      404,
      { error: { code: 'request/not_found' } },
    ])
    const boom = await fetch(`${base}/boom`)
    const text = await boom.text()
    expect(boom.status).toBe(500)
    expect(JSON.parse(text)).toEqual({ error: { code: 'internal/unexpected' } })
    expect(text).not.toContain('secret')
    const refused = await fetch(`${base}/refused`)
    expect([refused.status, await refused.json()]).toEqual([
      401,
      { error: { code: 'auth/invalid_token' } },
    ])
  })
})
