/** A crew's assets (vehicles, real estate, accounts, company shares) and its money flows. */
import type { CaseCtx } from './context.ts'
import type { Crew } from './crew.ts'
import { daySeconds, isoDate, isoDateTime } from './dates.ts'
import { iban } from './identity.ts'
import { BUSINESS_NAMES } from './names.ts'
import type { SourceRef } from './sink.ts'

const MODELS = [
  'VW Golf',
  'VW Passat',
  'Mercedes-Benz E 220',
  'Mercedes-Benz Sprinter',
  'Audi A4',
  'Audi A6',
  'BMW 320d',
  'Opel Astra',
  'Škoda Octavia',
  'VW Touran',
  'Ford Transit',
  'Renault Mégane',
]
const COLOURS = ['black', 'silver', 'white', 'grey', 'dark blue', 'red']
/** Invented bank names; the bank codes in the IBANs are invented too. */
const BANKS = ['Banka Dardania', 'Banka Ilirike', 'Kosova Commerce Bank', 'Banka e Kursimeve']
const BANK_CODES = ['1101', '1212', '1501', '1701', '1901']
const PLATE_LETTERS = [...'ABCDEFGHIJKLMNOPRSTUVZ']

interface AssetSpec {
  owner: string
  name: string
  assetType: string
  identifier: string
  value: number
  description: string
  since: number
  share?: number
}

/** An Asset owned (OWNS) by a person or organization since a day. */
function asset(ctx: CaseCtx, a: AssetSpec, src: SourceRef): string {
  const since = { validFrom: isoDate(a.since) }
  const props = {
    assetType: a.assetType,
    identifier: a.identifier,
    value: a.value,
    currency: 'EUR',
    description: a.description,
  }
  const id = ctx.add(ctx.sink.node('Asset', a.name, [a.identifier], props, ctx.prov(src, since)))
  ctx.link('OWNS', a.owner, id, src, a.share ? { sharePercent: a.share } : {}, since)
  return id
}

export function addAssets(ctx: CaseCtx, crew: Crew, vehicles: number, src: SourceRef): void {
  const { rng } = ctx
  for (let i = 0; i < vehicles; i++) {
    const driver = crew.members.find((m) => m.role === 'TRANSPORTER' && rng.chance(0.7))
    const owner = driver ?? rng.pick(crew.members)
    // Kosovo plates: region code, three digits, two letters.
    const plate = `${ctx.home.plate}-${rng.digits(3)}-${rng.pick(PLATE_LETTERS)}${rng.pick(PLATE_LETTERS)}`
    const model = rng.pick(MODELS)
    const description = `${model}, ${rng.pick(COLOURS)}, ${rng.int(1998, 2012)}`
    const spec = {
      owner: owner.id,
      name: `${model} ${plate}`,
      assetType: 'VEHICLE',
      identifier: plate,
    }
    const value = rng.int(15, 350) * 100
    crew.vehicles.push(
      asset(ctx, { ...spec, value, description, since: ctx.opened - rng.int(60, 1500) }, src),
    )
  }
  if (rng.chance(0.4) && crew.leader.home) {
    const house = rng.chance(0.6) ? 'Residential house' : 'Apartment'
    const parcel = `P-${rng.int(71000000, 71999999)}-${rng.digits(5)}-${rng.int(0, 9)}`
    const id = asset(
      ctx,
      {
        owner: crew.leader.id,
        name: `${house} ${parcel}`,
        assetType: 'REAL_ESTATE',
        identifier: parcel,
        value: rng.int(35, 280) * 1000,
        description: `${house}, registered in the cadastre`,
        since: ctx.opened - rng.int(300, 4000),
      },
      src,
    )
    ctx.link('LOCATED_AT', id, crew.leader.home, src)
  }
  const holders: string[] = []
  if (rng.chance(0.4)) holders.push(crew.leader.id)
  const financier = crew.members.find((m) => m.role === 'FINANCIER')
  if (financier) holders.push(financier.id)
  const biz = crew.businesses[0]
  if (biz && rng.chance(0.4)) holders.push(biz.id)
  for (const owner of holders) {
    const acct = iban(rng.pick(BANK_CODES) + rng.digits(12))
    const bank = rng.pick(BANKS)
    const spec = { owner, name: `${bank} ${acct}`, assetType: 'BANK_ACCOUNT', identifier: acct }
    const value = rng.int(2, 900) * 100
    const since = ctx.opened - rng.int(100, 2500)
    crew.accounts.push(
      asset(ctx, { ...spec, value, description: `Current account at ${bank}`, since }, src),
    )
  }
  if (crew.members.length > 3 && rng.chance(0.1)) {
    const share = rng.pick([20, 25, 33, 50])
    const owner = (financier ?? crew.leader).id
    const name = `${share}% share in ${rng.pick(BUSINESS_NAMES)} SH.P.K., Durrës`
    const identifier = `AL-NUIS-L${rng.digits(8)}`
    const description = 'Share in a company registered in Albania'
    const since = ctx.opened - rng.int(100, 1500)
    const value = rng.int(10, 120) * 1000
    asset(
      ctx,
      { owner, name, assetType: 'COMPANY_SHARE', identifier, value, description, since, share },
      src,
    )
  }
}

/** A PAID link of a whole number of tens of euros, some days before the case opened. */
export function paid(
  ctx: CaseCtx,
  from: string,
  to: string,
  tens: [number, number],
  day: number,
  src: SourceRef,
): void {
  const { rng } = ctx
  const props = {
    amount: rng.int(tens[0], tens[1]) * 10,
    currency: 'EUR',
    at: isoDateTime(day, daySeconds(rng)),
  }
  ctx.link('PAID', from, to, src, props, { validFrom: isoDate(day) })
}

/** Money: deposits to accounts, transfers between them, payouts from the business, cuts. */
export function addPayments(ctx: CaseCtx, crew: Crew, src: SourceRef): void {
  const { rng } = ctx
  const before = () => ctx.opened - rng.int(5, 300)
  for (const acct of crew.accounts) {
    for (let i = rng.int(1, 4); i > 0; i--)
      paid(ctx, crew.leader.id, acct, [50, 900], before(), src)
  }
  const [first, second] = crew.accounts
  if (first && second)
    for (let i = rng.int(1, 3); i > 0; i--) paid(ctx, first, second, [100, 2000], before(), src)
  for (const b of crew.businesses)
    if (rng.chance(0.6)) paid(ctx, b.id, crew.leader.id, [100, 1500], before(), src)
  for (const m of crew.members.slice(1))
    if (rng.chance(0.4)) paid(ctx, crew.leader.id, m.id, [10, 150], before(), src)
}
