import { defineAsyncComponent } from 'vue'
import { defineFeature } from '../../ui/feature'

/**
 * The profile of the focused entity, in the column on the right. Other features open an entity
 * through the profile store (ui/profileStore.ts), not through this folder.
 */
export default defineFeature({
  id: 'entities',
  parts: [
    {
      place: 'aside',
      view: defineAsyncComponent(() => import('./EntityProfile.vue')),
      // Whether it offers to reveal an identity depends on the user's clearances.
      props: ({ user }) => ({ user }),
    },
  ],
})
