import { createApp } from 'vue'
import { createPinia } from 'pinia'
import urql from '@urql/vue'
import App from './App.vue'
import { createApiClient } from './api/client'
import { createAppI18n, persistLocale } from './i18n'
import './styles.css'

const i18n = createAppI18n()
persistLocale(i18n.global.locale.value)

const translate = (key: string, named: Record<string, string>) => i18n.global.t(key, named)
createApp(App)
  .use(createPinia())
  .use(i18n)
  .use(urql, createApiClient('/graphql', translate))
  .mount('#app')
