/**
 * pnpm bench [--scale 47] [--small-scale 2] [--samples 40] [--import-rows 1000000] [--quick]
 * [--skip browser,startup,import,ftm,peer] [--no-write]
 *
 * One run: the generated data at a small scale and at scale 47 (a million nodes), each in a fresh
 * embedded Neo4j behind the real workbench server; every question over GraphQL/HTTP as an
 * investigator without all-cases rights, beside the same Cypher through the driver and the same
 * question through @neo4j/graphql; the chart in headless Chromium; `pnpm start` to a ready API;
 * imports against LOAD CSV. Figures go to docs/benchmarks.md (generated section). Nothing is
 * asserted: speed is the machine's.
 */
// Before the server's modules load: their logger reads the level once.
process.env.WB_LOG_LEVEL ??= 'warn'
await import('./main.ts')
