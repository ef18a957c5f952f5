import { defineAsyncComponent } from 'vue'
import { defineFeature } from '../../ui/feature'

/** Duplicate candidates, merges and their undoing, over the chart. */
export default defineFeature({
  id: 'resolution',
  tabs: [
    {
      id: 'duplicates',
      label: 'tabs.duplicates',
      ability: 'resolution.merge',
      place: 'overlay',
      intro: 'resolution.intro',
      view: defineAsyncComponent(() => import('./DuplicatesView.vue')),
    },
  ],
})
