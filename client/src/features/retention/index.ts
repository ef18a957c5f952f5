import { defineAsyncComponent } from 'vue'
import { defineFeature } from '../../ui/feature'

/** Records past their retention limit, to keep or erase, over the chart. */
export default defineFeature({
  id: 'retention',
  tabs: [
    {
      id: 'retention',
      label: 'tabs.retention',
      ability: 'retention.decide',
      place: 'overlay',
      intro: 'retention.intro',
      view: defineAsyncComponent(() => import('./RetentionView.vue')),
    },
  ],
})
