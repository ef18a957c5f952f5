// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { defineComponent, nextTick } from 'vue'
import { mount } from '@vue/test-utils'
import cytoscape, { type Core } from 'cytoscape'
import { testPlugins } from '../../testing/mockApi'
import { useRecordingStore } from '../../ui/recordingStore'
import { useChartStore } from './chartStore'
import { useDrawLink } from './useDrawLink'

/** A chart of a person and a phone, with the drawing wired as GraphCanvas wires it. */
function setup() {
  const plugins = testPlugins()
  const chart = useChartStore()
  chart.addEntities([
    { id: 'per-1', kind: 'Person', name: 'Arben' },
    { id: 'pho-1', kind: 'Phone', name: '+38344555111' },
  ])
  const cy: Core = cytoscape({
    headless: true,
    style: [],
    elements: [{ data: { id: 'per-1' } }, { data: { id: 'pho-1' } }],
  })
  const Host = defineComponent({
    setup() {
      useDrawLink().attach(cy)
      return () => null
    },
  })
  const wrapper = mount(Host, { global: { plugins: [...plugins] } })
  return { cy, wrapper, recording: useRecordingStore() }
}

describe('drawing a link on the chart', () => {
  it('opens the link form with both ends when a drag goes from one node to another', async () => {
    const { cy, recording, wrapper } = setup()
    recording.drawing = true
    await nextTick()
    expect(cy.autoungrabify()).toBe(true)
    expect(cy.userPanningEnabled()).toBe(false)
    cy.$id('per-1').emit('tapstart')
    cy.$id('pho-1').emit('tapdrag')
    cy.$id('pho-1').emit('tapend')
    expect(recording.request).toEqual({
      form: 'link',
      mode: 'create',
      from: { id: 'per-1', kind: 'Person', name: 'Arben' },
      to: { id: 'pho-1', kind: 'Phone', name: '+38344555111' },
    })
    recording.drawing = false
    await nextTick()
    expect(cy.autoungrabify()).toBe(false)
    expect(cy.userPanningEnabled()).toBe(true)
    wrapper.unmount()
  })

  it('opens nothing for a drop on the background, on the same node, or outside the mode', async () => {
    const { cy, recording, wrapper } = setup()
    cy.$id('per-1').emit('tapstart')
    cy.$id('pho-1').emit('tapend')
    expect(recording.request).toBeNull()
    recording.drawing = true
    await nextTick()
    cy.$id('per-1').emit('tapstart')
    cy.emit('tapend')
    cy.$id('per-1').emit('tapstart')
    cy.$id('per-1').emit('tapend')
    expect(recording.request).toBeNull()
    wrapper.unmount()
  })
})
