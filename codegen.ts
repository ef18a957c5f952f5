import type { CodegenConfig } from '@graphql-codegen/cli'

const schema = 'server/src/modules/**/*.graphql'

const config: CodegenConfig = {
  schema,
  overwrite: true,
  generates: {
    'server/src/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../context.ts#Context',
        useIndexSignature: true,
        scalars: { Date: 'string', DateTime: 'string' },
        mappers: {
          Person: '../data/models.ts#EntityModel',
          Organization: '../data/models.ts#EntityModel',
          Location: '../data/models.ts#EntityModel',
          Phone: '../data/models.ts#EntityModel',
          Asset: '../data/models.ts#EntityModel',
          Event: '../data/models.ts#EntityModel',
          Case: '../data/models.ts#EntityModel',
          Source: '../data/models.ts#EntityModel',
          Entity: '../data/models.ts#EntityModel',
          Link: '../data/models.ts#LinkModel',
          Provenance: '../data/models.ts#ProvenanceModel',
          SearchHit: '../data/models.ts#SearchHitModel',
          SearchResult: '../modules/common/paging.ts#SearchPage',
          EntityConnection: '../modules/common/paging.ts#EntityPage',
          CaseConnection: '../modules/common/paging.ts#EntityPage',
          LinkConnection: '../modules/common/paging.ts#LinkPage',
          Subgraph: '../data/models.ts#SubgraphModel',
          Path: '../data/models.ts#SubgraphPathModel',
          User: '../data/models.ts#UserModel',
          AuditEntry: '../data/models.ts#AuditEntryModel',
          SavedChart: '../modules/charts/charts.service.ts#ChartModel',
          ChartSummary: '../modules/charts/charts.service.ts#ChartSummaryModel',
          ChartConnection: '../modules/charts/charts.service.ts#ChartPage',
        },
      },
    },
    'client/src/generated/': {
      documents: 'client/src/**/*.{query,mutation,fragment}.graphql',
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { Date: 'string', DateTime: 'string' },
      },
    },
  },
}

export default config
