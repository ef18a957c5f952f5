import { watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { forgetNames, localNameOf } from '../../api/labels'
import { resetWithSession } from '../../ui/sessionReset'
import { useChartStore } from './chartStore'

/**
 * Names the chart holds from earlier answers (event labels, pseudonyms: api/labels.ts) follow a
 * language chosen after they came. Runs before the canvas redraws for the new language (a
 * parent's watchers run first), so the redraw has the new names.
 */
export function useLocalNames(): void {
  const chart = useChartStore()
  const { locale, t } = useI18n()
  resetWithSession(forgetNames)
  watch(locale, () => {
    const translate = (key: string, named: Record<string, string>) => t(key, named)
    for (const node of chart.nodeList) {
      const name = localNameOf(node.id, translate)
      if (name !== null) node.name = name
    }
  })
}
