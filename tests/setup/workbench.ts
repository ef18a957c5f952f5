import { freePort, startEmbeddedGraph } from '@htwb/graph'
import { loadConfig, startWorkbench } from '@htwb/server'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import type { JWK } from 'jose'
import type { TestProject } from 'vitest/node'
import { IDP_CLIENT, IDP_GROUP_MAP, startTestIdp } from '../support/idp.ts'

export const ADMIN_PASSWORD = 'test-admin-password-1'

declare module 'vitest' {
  export interface ProvidedContext {
    wbUrl: string
    boltUri: string
    boltPassword: string
    adminPassword: string
    /** The test OpenID provider the workbench trusts, with its signing key. */
    idp: { issuer: string; privateJwk: JWK }
    /** Demo accounts created at start, username → generated password. */
    accounts: Record<string, string>
    /** The audit chain's key and anchor files, as the workbench was configured with them. */
    auditFiles: { keyFile: string; anchorFile: string }
    /** The embedded Neo4j's process, to check what its environment holds. */
    graphPid: number
    /** Where the workbench hands its database large imports' files (NEO4J_LOAD_DIR). */
    loadDir: string
  }
}

/**
 * One real embedded Neo4j (fresh data directory) and one workbench with the demo data for the
 * whole run. The workbench connects to it as an external Neo4j, which exercises that path too.
 */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(join(tmpdir(), 'htwb-test-'))
  const password = randomBytes(18).toString('base64url')
  const graph = await startEmbeddedGraph({
    dataDir,
    port: await freePort(),
    password,
    heapMb: 768,
    pageCacheMb: 128,
  })
  const loadDir = join(dataDir, 'load-files')
  const wbPort = await freePort()
  const wbUrl = `http://127.0.0.1:${wbPort}`
  const idp = await startTestIdp(await freePort(), `${wbUrl}/auth/oidc/callback`)
  const config = loadConfig({
    NODE_ENV: 'test',
    WB_PORT: String(wbPort),
    WB_PUBLIC_URL: wbUrl,
    WB_OIDC_ISSUER: idp.issuer,
    WB_OIDC_CLIENT_ID: IDP_CLIENT.id,
    WB_OIDC_CLIENT_SECRET: IDP_CLIENT.secret,
    WB_OIDC_LABEL: 'Police Keycloak',
    WB_OIDC_GROUP_MAP: JSON.stringify(IDP_GROUP_MAP),
    NEO4J_URI: graph.uri,
    NEO4J_USER: graph.user,
    NEO4J_PASSWORD: password,
    // The server hands large imports' links to the database as files, as it does with its
    // embedded one; the command line (no such directory) sends them as parameters: both run.
    NEO4J_LOAD_DIR: loadDir,
    WB_ADMIN_PASSWORD: ADMIN_PASSWORD,
    WB_SEED: 'demo',
    WB_LOG_LEVEL: 'warn',
    WB_AUDIT_KEY_FILE: `${dataDir}.audit-key`,
    WB_AUDIT_ANCHOR_FILE: `${dataDir}.audit-anchor`,
    // Tests reach the server from loopback and say which address they stand for (Api.from).
    WB_TRUST_PROXY: 'loopback',
  })
  const wb = await startWorkbench(config)
  project.provide('wbUrl', wb.url)
  project.provide('boltUri', graph.uri)
  project.provide('loadDir', loadDir)
  project.provide('boltPassword', password)
  project.provide('adminPassword', ADMIN_PASSWORD)
  project.provide('auditFiles', config.audit)
  project.provide('graphPid', graph.pid)
  project.provide('idp', { issuer: idp.issuer, privateJwk: idp.privateJwk })
  project.provide(
    'accounts',
    Object.fromEntries(wb.initialAccounts.map((a) => [a.username, a.password])),
  )
  return async () => {
    await wb.stop()
    await idp.stop()
    await graph.stop()
    rmSync(dataDir, { recursive: true, force: true })
    rmSync(config.audit.keyFile, { force: true })
    rmSync(config.audit.anchorFile, { force: true })
  }
}
