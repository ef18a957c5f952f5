/**
 * The client in headless Chromium against the bench workbench: the first load of the app (bytes
 * over the wire and time to the sign-in form, then to the workbench after signing in), and the
 * chart with N entities put on it through its own store (so the real sync, styles and fcose
 * layout run): time until the first frame that shows them, and frames per second while panning.
 */
import type { Browser, Page } from 'playwright-core'
import { launchChromium } from '../support/browser.ts'

export interface LoadFigures {
  loginMs: number
  loginBytes: number
  loginRequests: number
  workbenchMs: number
  workbenchBytes: number
}

export interface ChartFigures {
  nodes: number
  links: number
  /** From handing the entities to the chart's store to the first frame drawn after the layout. */
  drawMs: number
  /** requestAnimationFrame callbacks per second while the view is panned every frame. */
  fps: number
  /** Why there are no figures, if there are none. */
  failure?: string
  /** The same elements put on Cytoscape at grid positions, without the layout: drawing alone. */
  presetDrawMs: number
  presetFps: number
}

export interface BrowserResult {
  chromium: string
  load: LoadFigures
  charts: ChartFigures[]
}

const DRAW_TIMEOUT_MS = 180_000
const PAN_MS = 4000

async function signedIn(browser: Browser, url: string, user: string, password: string) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } })
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  const wire = { bytes: 0, requests: 0 }
  cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => {
    wire.bytes += e.encodedDataLength
    wire.requests++
  })
  const t0 = Date.now()
  await page.goto(url)
  await page.getByTestId('login-username').waitFor()
  const loginMs = Date.now() - t0
  const loginBytes = wire.bytes
  const loginRequests = wire.requests
  await page.getByTestId('login-username').fill(user)
  await page.getByTestId('login-password').fill(password)
  const t1 = Date.now()
  await page.getByTestId('login-submit').click()
  await page.getByTestId('search-input').waitFor()
  await page.getByTestId('graph-canvas').waitFor()
  await page.waitForLoadState('networkidle')
  const load: LoadFigures = {
    loginMs,
    loginBytes,
    loginRequests,
    workbenchMs: Date.now() - t1,
    workbenchBytes: wire.bytes - loginBytes,
  }
  return { context, page, load }
}

/** A connected synthetic network: a tree plus half as many cross links, kinds mixed. */
function network(n: number) {
  const kinds = ['Person', 'Person', 'Phone', 'Organization', 'Location', 'Event', 'Asset']
  const nodes = Array.from({ length: n }, (_, i) => ({
    id: `bench-${i}`,
    kind: kinds[i % kinds.length]!,
    name: `Entity ${i}`,
    ...(i % 50 === 0 ? { category: 'VICTIM' } : {}),
  }))
  const links = []
  let seed = 1
  const rand = () => (seed = (seed * 48271) % 2147483647) / 2147483647
  for (let i = 1; i < n; i++) links.push([Math.floor(rand() * i), i])
  for (let i = 0; i < n / 2; i++) links.push([Math.floor(rand() * n), Math.floor(rand() * n)])
  return {
    nodes,
    links: links.map(([a, b], i) => ({
      id: `bench-l${i}`,
      kind: 'ASSOCIATE',
      fromId: `bench-${a}`,
      toId: `bench-${b}`,
      role: null,
      stage: null,
    })),
  }
}

// In-page code as text: tsx compiles functions with esbuild's __name helper, which the page lacks.
const DRAW = `async (sub) => {
  const chart = document.querySelector('#app').__vue_app__.config.globalProperties.$pinia._s.get('chart')
  const t0 = performance.now()
  chart.addSubgraph(sub)
  // More than 500 at once are drawn only when the analyst says so (GraphCanvas): say "all".
  await new Promise((r) => setTimeout(r, 0))
  document.querySelector('[data-testid="draw-all"]')?.click()
  // The store's watcher syncs Cytoscape and runs the layout before the next frame.
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
  return performance.now() - t0
}`

const PAN = `async (panMs) => {
  const cy = document.querySelector('[data-testid="graph-canvas"]').__cy
  let frames = 0
  const start = performance.now()
  await new Promise((resolve) => {
    function step() {
      const t = performance.now() - start
      // A slow circle, so the chart stays in view and every frame must redraw.
      cy.panBy({ x: Math.cos(t / 500) * 6, y: Math.sin(t / 500) * 6 })
      frames++
      if (t < panMs) requestAnimationFrame(step)
      else resolve()
    }
    requestAnimationFrame(step)
  })
  return frames / ((performance.now() - start) / 1000)
}`

// One entity of each kind through the store first, so that Cytoscape holds the chart's own data
// (colour, shape, badge image) and classes per kind; then n copies at grid positions, no layout.
const PRESET = `async ({ nodes, links }) => {
  const chart = document.querySelector('#app').__vue_app__.config.globalProperties.$pinia._s.get('chart')
  const cy = document.querySelector('[data-testid="graph-canvas"]').__cy
  const kinds = [...new Set(nodes.map((n) => n.kind))]
  chart.addSubgraph({ nodes: kinds.map((kind, i) => ({ id: 'proto-' + i, kind, name: kind })), links: [] })
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
  const proto = new Map(cy.nodes().map((n) => [n.data('kind'), { data: n.data(), classes: n.classes() }]))
  const side = Math.ceil(Math.sqrt(nodes.length))
  const t0 = performance.now()
  cy.batch(() => {
    cy.add(nodes.map((n, i) => ({
      group: 'nodes',
      data: { ...proto.get(n.kind).data, id: n.id, label: n.name },
      classes: proto.get(n.kind).classes,
      position: { x: (i % side) * 90, y: Math.floor(i / side) * 90 },
    })))
    cy.add(links.map((l) => ({ group: 'edges', data: { id: l.id, source: l.fromId, target: l.toId, kind: l.kind, label: 'Associate', arrow: 'none' } })))
  })
  cy.fit(undefined, 40)
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))
  return performance.now() - t0
}`

/** Evaluated by the debugger protocol as an expression, so the page's CSP (no eval) allows it. */
async function inPage(page: Page, fn: string, arg: unknown): Promise<number> {
  return page.evaluate<number>(`(${fn})(${JSON.stringify(arg)})`)
}

async function drawAndPan(page: Page, n: number): Promise<ChartFigures> {
  const sub = network(n)
  const figures: ChartFigures = {
    nodes: n,
    links: sub.links.length,
    drawMs: Number.NaN,
    fps: Number.NaN,
    presetDrawMs: Number.NaN,
    presetFps: Number.NaN,
  }
  figures.drawMs = await Promise.race([
    inPage(page, DRAW, sub),
    new Promise<number>((r) => setTimeout(() => r(Number.NaN), DRAW_TIMEOUT_MS)),
  ])
  if (Number.isNaN(figures.drawMs))
    return { ...figures, failure: `not drawn within ${DRAW_TIMEOUT_MS / 1000} s` }
  await page
    .locator('[data-testid="graph-canvas"][data-layout="idle"]')
    .waitFor({ timeout: DRAW_TIMEOUT_MS })
  figures.fps = await inPage(page, PAN, PAN_MS)
  return figures
}

export async function chartBench(
  url: string,
  user: string,
  password: string,
  sizes: readonly number[],
  onProgress: (fraction: number, note: string) => void,
): Promise<BrowserResult> {
  const browser = await launchChromium()
  try {
    onProgress(0, 'first load')
    const first = await signedIn(browser, url, user, password)
    await first.context.close()
    const charts: ChartFigures[] = []
    for (const [i, n] of sizes.entries()) {
      onProgress((i + 1) / (sizes.length + 1), `${n} nodes`)
      const sub = network(n)
      let figures: ChartFigures = {
        nodes: n,
        links: sub.links.length,
        drawMs: Number.NaN,
        fps: Number.NaN,
        presetDrawMs: Number.NaN,
        presetFps: Number.NaN,
      }
      // Each in a fresh page: a layout that did not finish still holds its page's thread.
      const stored = await signedIn(browser, url, user, password)
      try {
        figures = await drawAndPan(stored.page, n)
      } catch (e) {
        figures.failure = (e as Error).message.split('\n')[0]!.slice(0, 200)
      } finally {
        await stored.context.close().catch(() => undefined)
      }
      const preset = await signedIn(browser, url, user, password)
      try {
        figures.presetDrawMs = await inPage(preset.page, PRESET, sub)
        figures.presetFps = await inPage(preset.page, PAN, PAN_MS)
      } catch (e) {
        figures.failure ??= `preset: ${(e as Error).message.split('\n')[0]!.slice(0, 200)}`
      } finally {
        await preset.context.close().catch(() => undefined)
      }
      charts.push(figures)
    }
    return { chromium: browser.version(), load: first.load, charts }
  } finally {
    await browser.close()
  }
}
