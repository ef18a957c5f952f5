import {
  ASSET_TYPES,
  EVENT_TYPES,
  EXPLOITATION_FORMS,
  GENDERS,
  HANDLING_CODES,
  LOCATION_TYPES,
  ORGANIZATION_TYPES,
  PERSON_CATEGORIES,
  RELIABILITY,
  SOURCE_TYPES,
  STAGES,
} from '@htwb/graph'
import { z } from 'zod'
import { countryCode, currencyCode, e164, id, requiredText, text } from '../common/validation.ts'

const list = (max: number) => z.array(requiredText(max)).max(20)

export const provenanceSchema = z
  .object({
    sourceIds: z.array(id).max(20),
    reliability: z.enum(RELIABILITY),
    credibility: z.number().int().min(1).max(6),
    handling: z.enum(HANDLING_CODES),
    validFrom: z.string().nullish(),
    validTo: z.string().nullish(),
  })
  .refine((p) => !p.validFrom || !p.validTo || p.validFrom <= p.validTo, {
    message: 'validFrom must not be after validTo',
    path: ['validTo'],
  })
export type ProvenanceInput = z.output<typeof provenanceSchema>

/** Kind blocks: each field optional, so the same schema serves create (with required checks) and update. */
export const KIND_FIELDS = {
  person: z.object({
    firstName: text(100).nullish(),
    lastName: text(100).nullish(),
    aliases: list(200).nullish(),
    dateOfBirth: z.string().nullish(),
    gender: z.enum(GENDERS).nullish(),
    nationality: countryCode.nullish(),
    category: z.enum(PERSON_CATEGORIES).nullish(),
    identifiers: list(64).nullish(),
  }),
  organization: z.object({
    orgType: z.enum(ORGANIZATION_TYPES).nullish(),
    registrationNumber: text(64).nullish(),
    aliases: list(200).nullish(),
    country: countryCode.nullish(),
  }),
  location: z.object({
    locType: z.enum(LOCATION_TYPES).nullish(),
    address: text(300).nullish(),
    municipality: text(100).nullish(),
    country: countryCode.nullish(),
    point: z
      .object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) })
      .nullish(),
  }),
  phone: z.object({
    number: e164.nullish(),
    imei: z
      .string()
      .regex(/^\d{14,16}$/, 'must be 14–16 digits')
      .nullish(),
  }),
  asset: z.object({
    assetType: z.enum(ASSET_TYPES).nullish(),
    identifier: text(64).nullish(),
    value: z.number().min(0).max(1e12).nullish(),
    currency: currencyCode.nullish(),
    description: text(2000).nullish(),
  }),
  event: z.object({
    eventType: z.enum(EVENT_TYPES).nullish(),
    date: z.string().nullish(),
    stage: z.enum(STAGES).nullish(),
    description: text(2000).nullish(),
    exploitationForm: z.enum(EXPLOITATION_FORMS).nullish(),
  }),
  source: z.object({
    sourceType: z.enum(SOURCE_TYPES).nullish(),
    reference: text(200).nullish(),
    date: z.string().nullish(),
    description: text(2000).nullish(),
  }),
} as const
export type KindBlock = keyof typeof KIND_FIELDS

/** Fields that a new entity of the kind must have. */
export const REQUIRED_ON_CREATE: Record<KindBlock, string[]> = {
  person: ['category'],
  organization: ['orgType'],
  location: ['locType'],
  phone: ['number'],
  asset: ['assetType'],
  event: ['eventType'],
  source: ['sourceType'],
}

export const nameSchema = requiredText(200)
