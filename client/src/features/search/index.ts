import { defineAsyncComponent } from 'vue'
import { defineFeature } from '../../ui/feature'

/** Search: the box in the top bar, and the results as the first tab of the left panel. */
export default defineFeature({
  id: 'search',
  tabs: [
    {
      id: 'search',
      label: 'tabs.search',
      ability: 'entity.read',
      place: 'left',
      view: defineAsyncComponent(() => import('./SearchResults.vue')),
    },
  ],
  parts: [{ place: 'top', view: defineAsyncComponent(() => import('./SearchBox.vue')) }],
})
