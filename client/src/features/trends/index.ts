import { defineAsyncComponent } from 'vue'
import { defineFeature } from '../../ui/feature'

/** Yearly figures across every case (small counts withheld by the server), over the chart. */
export default defineFeature({
  id: 'trends',
  tabs: [
    {
      id: 'figures',
      label: 'tabs.figures',
      ability: 'figures.read',
      place: 'overlay',
      intro: 'figures.intro',
      view: defineAsyncComponent(() => import('./FiguresView.vue')),
    },
  ],
})
