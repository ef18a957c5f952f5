// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { gqlError, mockApi, testPlugins } from '../../testing/mockApi'
import { useNoticeStore } from '../../ui/noticeStore'
import AuditView from './AuditView.vue'
import { AUDIT_PAGE, toAuditFilter, emptyAuditFilter } from './useAudit'

function entry(seq: number, over: Record<string, unknown> = {}) {
  return {
    id: `a${seq}`,
    seq,
    at: '2025-03-04T10:15:30Z',
    actor: 'inv1',
    action: 'CONSULT',
    operation: 'Entity',
    outcome: 'OK',
    personIds: [],
    entityIds: [],
    caseId: null,
    justification: null,
    detail: null,
    ...over,
  }
}

const entries = [
  entry(12, {
    action: 'ALTER',
    operation: 'UpdatePerson',
    personIds: ['p1', 'p2'],
    caseId: 'c7',
    detail: 'version 3',
  }),
  entry(11, { actor: '', action: 'SIGN_IN', operation: 'Login', outcome: 'REFUSED' }),
  entry(10),
]

type Respond = Parameters<typeof mockApi>[0]
const chainOk: Respond = () => ({
  data: { auditChain: { ok: true, entries: 12, firstBadSeq: null } },
})

function setup(respond: Respond, locale: 'en' | 'sq' = 'en') {
  const plugins = testPlugins(locale)
  const api = mockApi(respond)
  const wrapper = mount(AuditView, { global: { plugins: [...plugins], provide: api.provide } })
  return { wrapper, api }
}

function byOp(entriesAnswer: Respond, chain: Respond = chainOk): Respond {
  return (op, vars) => (op === 'AuditChain' ? chain(op, vars) : entriesAnswer(op, vars))
}

describe('AuditView', () => {
  it('lists entries newest first with translated actions and outcomes', async () => {
    const { wrapper, api } = setup(byOp(() => ({ data: { auditEntries: entries } })))
    await flushPromises()

    expect(api.client.query).toHaveBeenCalledWith(expect.anything(), {
      filter: {},
      first: AUDIT_PAGE,
      beforeSeq: null,
    })
    const rows = wrapper.findAll('[data-testid="audit-row"]')
    expect(rows.map((r) => r.attributes('data-seq'))).toEqual(['12', '11', '10'])
    expect(rows[0]!.find('[data-testid="audit-action"]').text()).toBe('Altered')
    expect(rows[1]!.find('[data-testid="audit-action"]').text()).toBe('Sign-in')
    expect(rows[1]!.text()).toContain('Refused')
    expect(rows[1]!.text()).toContain('(none)')
    const persons = rows[0]!.find('[data-testid="audit-persons"]')
    expect(persons.text()).toBe('2')
    expect(persons.attributes('title')).toBe('Person ids: p1, p2')
    expect(rows[0]!.text()).toContain('c7')
    expect(rows[0]!.text()).toContain('version 3')
    // Nothing but ids and labels: no raw enum values leak into the table.
    expect(wrapper.text()).not.toContain('SIGN_IN')
  })

  it('translates action labels into the active locale', async () => {
    const { wrapper } = setup(
      byOp(() => ({ data: { auditEntries: entries } })),
      'sq',
    )
    await flushPromises()
    const actions = wrapper.findAll('[data-testid="audit-action"]').map((a) => a.text())
    expect(actions).toEqual(['Ndryshim', 'Hyrje', 'Konsultim'])
  })

  it('expands a row to show the person ids', async () => {
    const { wrapper } = setup(byOp(() => ({ data: { auditEntries: entries } })))
    await flushPromises()
    await wrapper.find('[data-testid="audit-persons"]').trigger('click')
    expect(wrapper.find('tr.ids').text()).toContain('p1')
  })

  it('sends the filters that are set and pages older entries below the smallest seq', async () => {
    const full = Array.from({ length: AUDIT_PAGE }, (_, i) => entry(500 - i))
    const { wrapper, api } = setup(
      byOp((_op, vars) => ({
        data: { auditEntries: vars.beforeSeq ? [entry(300), entry(299)] : full },
      })),
    )
    await flushPromises()
    await wrapper.find('[data-testid="audit-filter-actor"]').setValue('  sup1 ')
    await wrapper.find('[data-testid="audit-filter-action"]').setValue('DISCLOSE')
    await wrapper.find('[data-testid="audit-filter-person"]').setValue('p9')
    await wrapper.find('form').trigger('submit')
    await flushPromises()
    expect(api.client.query).toHaveBeenLastCalledWith(expect.anything(), {
      filter: { actor: 'sup1', action: 'DISCLOSE', personId: 'p9' },
      first: AUDIT_PAGE,
      beforeSeq: null,
    })

    await wrapper.find('[data-testid="audit-older"]').trigger('click')
    await flushPromises()
    expect(api.client.query).toHaveBeenLastCalledWith(expect.anything(), {
      filter: { actor: 'sup1', action: 'DISCLOSE', personId: 'p9' },
      first: AUDIT_PAGE,
      beforeSeq: 401,
    })
    const seqs = wrapper.findAll('[data-testid="audit-row"]').map((r) => r.attributes('data-seq'))
    expect(seqs).toHaveLength(AUDIT_PAGE + 2)
    expect(seqs.at(-1)).toBe('299')
    // A short page means the start of the trail was reached.
    expect(wrapper.find('[data-testid="audit-older"]').exists()).toBe(false)
  })

  it('shows a verified chain', async () => {
    const { wrapper } = setup(byOp(() => ({ data: { auditEntries: [] } })))
    await flushPromises()
    const chain = wrapper.find('[data-testid="audit-chain"]')
    expect(chain.attributes('data-ok')).toBe('true')
    expect(chain.text()).toContain('Chain verified: 12 entries')
    expect(wrapper.text()).toContain('No audit entries match.')
  })

  it('shows a broken chain in red and re-checks on demand', async () => {
    const { wrapper, api } = setup(
      byOp(
        () => ({ data: { auditEntries: entries } }),
        () => ({ data: { auditChain: { ok: false, entries: 12, firstBadSeq: 7 } } }),
      ),
    )
    await flushPromises()
    const chain = wrapper.find('[data-testid="audit-chain"]')
    expect(chain.attributes('data-ok')).toBe('false')
    expect(chain.classes()).toContain('bad')
    expect(chain.text()).toContain('Chain broken at entry 7')

    const before = api.client.query.mock.calls.length
    await wrapper.find('[data-testid="audit-recheck"]').trigger('click')
    await flushPromises()
    expect(api.client.query.mock.calls.length).toBe(before + 1)
  })

  it('reports auth/forbidden to the banner', async () => {
    const { wrapper } = setup(() => ({ error: gqlError('auth/forbidden') }))
    await flushPromises()
    expect(useNoticeStore().current).toMatchObject({ code: 'auth/forbidden' })
    expect(wrapper.find('[data-testid="audit-chain"]').attributes('data-ok')).toBeUndefined()
  })
})

describe('toAuditFilter', () => {
  it('turns local datetimes into ISO instants and drops empty fields', () => {
    const form = { ...emptyAuditFilter(), from: '2025-03-01T08:00', outcome: 'FAILED' as const }
    const filter = toAuditFilter(form)
    expect(filter).toEqual({ outcome: 'FAILED', from: new Date('2025-03-01T08:00').toISOString() })
  })
})
