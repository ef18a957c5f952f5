import { defineAsyncComponent } from 'vue'
import { defineFeature } from '../../ui/feature'

/**
 * Signing in and out. App.vue shows the login screen and holds the session; the workbench gets
 * the user menu at the right end of its top bar.
 */
export default defineFeature({
  id: 'auth',
  parts: [
    {
      place: 'topEnd',
      view: defineAsyncComponent(() => import('./UserMenu.vue')),
      props: ({ user, logout }) => ({ user, onLogout: logout }),
    },
  ],
})

// The login screen is the first thing shown: it is part of the first download on purpose.
export { default as LoginScreen } from './LoginScreen.vue'
export { useSession } from './useSession'
