import { defineAsyncComponent } from 'vue'
import { defineFeature } from '../../ui/feature'
import { chartViewMessages } from './chartViewMessages'
import { savedChartsMessages } from './savedChartsMessages'

/**
 * The link chart in the centre. Cytoscape is loaded with its view only, so that a screen without
 * the chart (the login) does not download it.
 *
 * Other features put entities on the chart through what is exported here, never through the
 * folder's other files.
 */
export default defineFeature({
  id: 'networks',
  parts: [
    {
      place: 'centre',
      view: defineAsyncComponent(() => import('./NetworkView.vue')),
      props: ({ user }) => ({ user }),
    },
  ],
  messages: {
    en: { ...chartViewMessages.en, ...savedChartsMessages.en },
    sq: { ...chartViewMessages.sq, ...savedChartsMessages.sq },
    sr: { ...chartViewMessages.sr, ...savedChartsMessages.sr },
  },
})

export { useChartStore, type ChartLink, type ChartNode, type EntityInput } from './chartStore'
export { useAddToChart } from './useAddToChart'
/** A case's saved charts (the Cases tab shows them under the case); loaded when first shown. */
export const CaseCharts = defineAsyncComponent(() => import('./CaseCharts.vue'))
