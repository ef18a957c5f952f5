import { defineAsyncComponent } from 'vue'
import { defineFeature } from '../../ui/feature'
import { recordingMessages } from './recording.messages'

/**
 * The profile of the focused entity, in the column on the right, and recording by hand: the
 * forms for records and links that the chart and the profile ask for through
 * ui/recordingStore.ts (the profile hosts them, RecordingHost.vue). Other features open an entity through the profile store
 * (ui/profileStore.ts), not through this folder.
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
  messages: recordingMessages,
})
