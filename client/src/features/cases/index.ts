import { defineAsyncComponent } from 'vue'
import { defineFeature } from '../../ui/feature'
import { messages } from './messages'

/** The user's cases in the left panel; opening one puts its members on the chart. */
export default defineFeature({
  id: 'cases',
  tabs: [
    {
      id: 'cases',
      label: 'tabs.cases',
      ability: 'entity.read',
      place: 'left',
      view: defineAsyncComponent(() => import('./CaseList.vue')),
    },
  ],
  messages,
})
