import { defineAsyncComponent } from 'vue'
import { defineFeature } from '../../ui/feature'

/** Importing CSV, XLSX and FollowTheMoney files into a case, over the chart. */
export default defineFeature({
  id: 'ingest',
  tabs: [
    {
      id: 'import',
      label: 'tabs.import',
      ability: 'import.run',
      place: 'overlay',
      intro: 'import.intro',
      view: defineAsyncComponent(() => import('./ImportView.vue')),
    },
  ],
})
