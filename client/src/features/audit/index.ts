import { defineAsyncComponent } from 'vue'
import { defineFeature } from '../../ui/feature'

/** The audit trail and its chain check, over the chart. */
export default defineFeature({
  id: 'audit',
  tabs: [
    {
      id: 'audit',
      label: 'tabs.audit',
      ability: 'audit.read',
      place: 'overlay',
      intro: 'audit.intro',
      view: defineAsyncComponent(() => import('./AuditView.vue')),
    },
  ],
})
