/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AssetFieldsInput = {
  assetType?: AssetType | null | undefined;
  currency?: string | null | undefined;
  description?: string | null | undefined;
  identifier?: string | null | undefined;
  value?: number | null | undefined;
};

export type AssetType =
  | 'BANK_ACCOUNT'
  | 'CASH'
  | 'COMPANY_SHARE'
  | 'OTHER'
  | 'REAL_ESTATE'
  | 'VEHICLE';

/** Law Enforcement Directive 2016/680, Art. 25 operations, plus sign-ins. */
export type AuditAction =
  | 'ALTER'
  | 'COLLECT'
  | 'COMBINE'
  | 'CONSULT'
  | 'DISCLOSE'
  | 'ERASE'
  | 'SIGN_IN';

export type AuditFilter = {
  action?: AuditAction | null | undefined;
  actor?: string | null | undefined;
  from?: string | null | undefined;
  outcome?: AuditOutcome | null | undefined;
  /** Entries that name this person (consulted, changed or linked). */
  personId?: string | number | null | undefined;
  to?: string | null | undefined;
};

export type AuditOutcome =
  | 'FAILED'
  | 'OK'
  | 'REFUSED';

export type CaseStatus =
  | 'CLOSED'
  | 'OPEN'
  | 'REFERRED';

export type ChartAnnotationInput = {
  entityId?: string | number | null | undefined;
  id: string | number;
  text: string;
  x: number;
  y: number;
};

export type ChartEntityInput = {
  id: string | number;
  x: number;
  y: number;
};

/** What a chart is exported as: PNG and SVG are drawn in the browser, the rest built here. */
export type ChartExportFormat =
  | 'CSV'
  | 'FTM'
  | 'GRAPHML'
  | 'PNG'
  | 'SVG';

export type ChartExportInput = {
  /** The chart's entities. Ids the viewer may not see are left out, as ids that do not exist. */
  entityIds: Array<string | number>;
  format: ChartExportFormat;
  /** The chart's links; one is exported when both its ends are. */
  linkIds: Array<string | number>;
  positions?: Array<ChartNodePosition> | null | undefined;
  /** Why the chart leaves the workbench and for whom: recorded in the audit trail (10–500 characters). */
  purpose: string;
};

export type ChartInput = {
  annotations?: Array<ChartAnnotationInput> | null | undefined;
  caseId: string | number;
  linkIds: Array<string | number>;
  name: string;
  nodes: Array<ChartEntityInput>;
  notes?: string | null | undefined;
  /** The client's view state as JSON (at most 256 kB). */
  view?: string | null | undefined;
  viewport?: ChartViewportInput | null | undefined;
};

/** Where an entity stands on the chart; GraphML keeps it (Gephi's x and y, yEd's geometry). */
export type ChartNodePosition = {
  id: string | number;
  x: number;
  y: number;
};

export type ChartViewportInput = {
  panX: number;
  panY: number;
  zoom: number;
};

/** Markings a user may see behind: without VICTIM_IDENTITY no identity can be revealed and victims' addresses are hidden; without INFORMANT_IDENTITY informants do not appear at all. */
export type Clearance =
  | 'INFORMANT_IDENTITY'
  | 'VICTIM_IDENTITY';

/** Exactly one of the kind blocks, matching kind, is given. */
export type CreateEntityInput = {
  asset?: AssetFieldsInput | null | undefined;
  /** Add the new entity to this case. */
  caseId?: string | number | null | undefined;
  event?: EventFieldsInput | null | undefined;
  kind: EntityKind;
  location?: LocationFieldsInput | null | undefined;
  name: string;
  organization?: OrganizationFieldsInput | null | undefined;
  person?: PersonFieldsInput | null | undefined;
  phone?: PhoneFieldsInput | null | undefined;
  provenance: ProvenanceInput;
  source?: SourceFieldsInput | null | undefined;
};

export type CreateLinkInput = {
  fields?: LinkFieldsInput | null | undefined;
  fromId: string | number;
  kind: LinkKind;
  provenance: ProvenanceInput;
  toId: string | number;
};

export type EntityKind =
  | 'Asset'
  | 'Case'
  | 'Event'
  | 'Location'
  | 'Organization'
  | 'Person'
  | 'Phone'
  | 'Source';

export type EventFieldsInput = {
  date?: string | null | undefined;
  description?: string | null | undefined;
  eventType?: EventType | null | undefined;
  exploitationForm?: ExploitationForm | null | undefined;
  stage?: Stage | null | undefined;
};

export type EventType =
  | 'ARREST'
  | 'BORDER_CROSSING'
  | 'CONVICTION'
  | 'EXPLOITATION'
  | 'IDENTIFICATION'
  | 'MEETING'
  /** Another type, or one the record does not say (a FollowTheMoney Event). */
  | 'OTHER'
  | 'PAYMENT'
  | 'PROSECUTION'
  | 'RECRUITMENT'
  | 'TRANSPORT';

/** HTCDS form of exploitation. */
export type ExploitationForm =
  | 'FORCED_BEGGING'
  | 'FORCED_CRIMINALITY'
  | 'FORCED_LABOUR'
  | 'OTHER'
  | 'SEXUAL';

export type FamilyRelation =
  | 'CHILD'
  | 'PARENT'
  | 'PARTNER'
  | 'RELATIVE'
  | 'SIBLING'
  | 'SPOUSE';

export type Gender =
  | 'FEMALE'
  | 'MALE'
  | 'OTHER'
  | 'UNKNOWN';

export type GeoPointInput = {
  lat: number;
  lon: number;
};

/** Europol handling codes: H0 no restriction, H1 not as evidence without consent, H2 no dissemination without consent, H3 other restrictions. */
export type HandlingCode =
  | 'H0'
  | 'H1'
  | 'H2'
  | 'H3';

export type LinkFieldsInput = {
  amount?: number | null | undefined;
  at?: string | null | undefined;
  currency?: string | null | undefined;
  durationSeconds?: number | null | undefined;
  exploitationForm?: ExploitationForm | null | undefined;
  meansOfControl?: Array<MeansOfControl> | null | undefined;
  recruitmentMethod?: RecruitmentMethod | null | undefined;
  relation?: FamilyRelation | null | undefined;
  role?: TraffickingRole | null | undefined;
  sharePercent?: number | null | undefined;
  stage?: Stage | null | undefined;
};

export type LinkKind =
  | 'ASSOCIATE'
  | 'CALLED'
  | 'CONTROLLED'
  | 'DIRECTOR_OF'
  | 'EMPLOYED_BY'
  | 'EXPLOITED'
  | 'FAMILY'
  | 'INVOLVED_IN'
  | 'LIVES_AT'
  | 'LOCATED_AT'
  | 'MEMBER_OF'
  | 'OWNS'
  | 'PAID'
  | 'PART_OF_CASE'
  | 'RECRUITED'
  | 'SEEN_AT'
  | 'TRANSPORTED'
  | 'USES_PHONE';

export type LocationFieldsInput = {
  address?: string | null | undefined;
  country?: string | null | undefined;
  locType?: LocationType | null | undefined;
  municipality?: string | null | undefined;
  point?: GeoPointInput | null | undefined;
};

export type LocationType =
  | 'ADDRESS'
  | 'BORDER_CROSSING'
  /** A mobile network cell, from call records. */
  | 'CELL_SITE'
  | 'CITY'
  | 'COUNTRY'
  | 'MUNICIPALITY';

/** Why two records may be one. The client translates the codes. */
export type MatchReasonCode =
  /** Both live or are located at the same address; count says how many. */
  | 'ADDRESS_SHARED'
  /** Both own the same asset (e.g. a bank account); count says how many. */
  | 'ASSET_SHARED'
  /** Both have a birth date, and they differ. */
  | 'BIRTH_DATE_CONFLICT'
  | 'BIRTH_DATE_SAME'
  /** Both have a number of the same document type, and they differ. */
  | 'IDENTIFIER_CONFLICT'
  /** An identity or registration number is the same, ignoring spacing and case. */
  | 'IDENTIFIER_SAME'
  /** The names are not variants of each other. */
  | 'NAME_DIFFERENT'
  /** The names are one name in Albanian, Serbian Latin or Cyrillic spelling (any order). */
  | 'NAME_SAME_KEY'
  /** The names differ slightly (a typo, an initial, an extra name); count is the similarity in %. */
  | 'NAME_SIMILAR'
  /** Both use the same phone; count says how many. */
  | 'PHONE_SHARED';

/** HTCDS means of control. */
export type MeansOfControl =
  | 'DEBT_BONDAGE'
  | 'EMOTIONAL_MANIPULATION'
  | 'OTHER'
  | 'PHYSICAL_VIOLENCE'
  | 'PSYCHOLOGICAL_ABUSE'
  | 'RESTRICTED_MOVEMENT'
  | 'SEXUAL_VIOLENCE'
  | 'SUBSTANCE_DEPENDENCY'
  | 'THREATS'
  | 'THREATS_TO_FAMILY'
  | 'WITHHELD_DOCUMENTS'
  | 'WITHHELD_EARNINGS';

export type OrganizationFieldsInput = {
  aliases?: Array<string> | null | undefined;
  country?: string | null | undefined;
  orgType?: OrganizationType | null | undefined;
  registrationNumber?: string | null | undefined;
};

export type OrganizationType =
  | 'COMPANY'
  | 'CRIMINAL_GROUP'
  | 'INSTITUTION'
  | 'NGO'
  /** Another type, or one the record does not say (a FollowTheMoney Organization or LegalEntity). */
  | 'OTHER';

/** Law Enforcement Directive 2016/680, Art. 6 categories of data subjects. */
export type PersonCategory =
  | 'CONTACT'
  | 'CONVICTED'
  | 'INFORMANT'
  | 'POTENTIAL_VICTIM'
  | 'SUSPECT'
  | 'VICTIM'
  | 'WITNESS';

export type PersonFieldsInput = {
  aliases?: Array<string> | null | undefined;
  category?: PersonCategory | null | undefined;
  dateOfBirth?: string | null | undefined;
  firstName?: string | null | undefined;
  gender?: Gender | null | undefined;
  identifiers?: Array<string> | null | undefined;
  lastName?: string | null | undefined;
  nationality?: string | null | undefined;
};

export type PhoneFieldsInput = {
  imei?: string | null | undefined;
  number?: string | null | undefined;
};

export type ProvenanceInput = {
  credibility: number;
  handling: HandlingCode;
  reliability: Reliability;
  sourceIds: Array<string | number>;
  validFrom?: string | null | undefined;
  validTo?: string | null | undefined;
};

/** HTCDS recruitment method. */
export type RecruitmentMethod =
  | 'ABDUCTION'
  | 'FALSE_JOB_OFFER'
  | 'FAMILY_INVOLVEMENT'
  | 'ONLINE_ADVERTISEMENT'
  | 'OTHER'
  | 'PERSONAL_ACQUAINTANCE'
  | 'ROMANCE_LOVERBOY'
  | 'SOCIAL_MEDIA';

/** NATO Admiralty source reliability: A completely reliable … F cannot be judged. */
export type Reliability =
  | 'A'
  | 'B'
  | 'C'
  | 'D'
  | 'E'
  | 'F';

export type RetentionAction =
  /** A person whose cases are all closed (or who is in none) past the category's time limit. */
  | 'ERASE'
  /** A person in an open or referred case: decide whether keeping the record is still needed. */
  | 'REVIEW';

export type Role =
  | 'ADMINISTRATOR'
  | 'ANALYST'
  | 'INTERNATIONAL_OFFICER'
  | 'INVESTIGATOR'
  | 'PROSECUTOR'
  | 'SUPERVISOR';

export type SourceFieldsInput = {
  date?: string | null | undefined;
  description?: string | null | undefined;
  reference?: string | null | undefined;
  sourceType?: SourceType | null | undefined;
};

export type SourceType =
  | 'DOCUMENT'
  | 'INTERCEPT'
  | 'OPEN_SOURCE'
  | 'RECORD'
  | 'REPORT'
  | 'STATEMENT';

/** HTCDS stage of the trafficking process. */
export type Stage =
  | 'EXPLOITATION'
  | 'RECRUITMENT'
  | 'TRANSIT';

/** HTCDS role of a party in the trafficking process. */
export type TraffickingRole =
  | 'BUYER'
  | 'CONTROLLER'
  | 'EXPLOITER'
  | 'FACILITATOR'
  | 'FINANCIER'
  | 'OFFICER'
  | 'OTHER'
  | 'RECRUITER'
  | 'TRANSPORTER'
  | 'VICTIM'
  | 'WITNESS';

/** Only the fields given change; a field given as null is cleared. */
export type UpdateEntityInput = {
  asset?: AssetFieldsInput | null | undefined;
  event?: EventFieldsInput | null | undefined;
  expectedVersion: number;
  id: string | number;
  location?: LocationFieldsInput | null | undefined;
  name?: string | null | undefined;
  organization?: OrganizationFieldsInput | null | undefined;
  person?: PersonFieldsInput | null | undefined;
  phone?: PhoneFieldsInput | null | undefined;
  provenance?: ProvenanceInput | null | undefined;
  source?: SourceFieldsInput | null | undefined;
};

export type UpdateLinkInput = {
  expectedVersion: number;
  fields?: LinkFieldsInput | null | undefined;
  id: string | number;
  provenance?: ProvenanceInput | null | undefined;
};

export type AuditChainQueryVariables = Exact<{ [key: string]: never; }>;


export type AuditChainQuery = { auditChain: { ok: boolean, entries: number, firstBadSeq: number | null } };

export type AuditEntriesQueryVariables = Exact<{
  filter?: AuditFilter | null | undefined;
  first?: number | null | undefined;
  beforeSeq?: number | null | undefined;
}>;


export type AuditEntriesQuery = { auditEntries: Array<{ id: string, seq: number, at: string, actor: string, action: AuditAction, operation: string, outcome: AuditOutcome, personIds: Array<string>, entityIds: Array<string>, caseId: string | null, justification: string | null, detail: string | null }> };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type LoginMutationVariables = Exact<{
  username: string;
  password: string;
}>;


export type LoginMutation = { login: { id: string, username: string, displayName: string, roles: Array<Role>, clearances: Array<Clearance> } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, username: string, displayName: string, roles: Array<Role>, clearances: Array<Clearance> } | null, signInOptions: { singleSignOn: string | null } };

export type SessionUserFragment = { id: string, username: string, displayName: string, roles: Array<Role>, clearances: Array<Clearance> };

export type CaseMembersQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CaseMembersQuery = { entity:
    | { id: string }
    | { id: string, members: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<
          | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
          | { id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
          | { id: string, date: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
          | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
          | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
          | { id: string, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
          | { id: string, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
          | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
        > } }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   };

export type CaseTeamQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseTeamQuery = { entity:
    | { id: string }
    | { id: string, name: string, caseNumber: string, status: CaseStatus, openedOn: string | null, offence: string | null, memberCount: number, assignees: Array<{ at: string | null, by: string | null, user: { id: string, username: string, displayName: string } }> }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   };

export type AssignableUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type AssignableUsersQuery = { assignableUsers: Array<{ id: string, username: string, displayName: string }> };

export type AssignCaseMutationVariables = Exact<{
  caseId: string | number;
  username: string;
}>;


export type AssignCaseMutation = { assignCase: { id: string } };

export type UnassignCaseMutationVariables = Exact<{
  caseId: string | number;
  username: string;
}>;


export type UnassignCaseMutation = { unassignCase: { id: string } };

export type CasesQueryVariables = Exact<{
  status?: CaseStatus | null | undefined;
  offence?: string | null | undefined;
  year?: number | null | undefined;
  assignedToMe?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CasesQuery = { cases: { totalCount: number, offences: Array<string>, years: Array<number>, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, caseNumber: string, status: CaseStatus, openedOn: string | null, offence: string | null, memberCount: number }> } };

export type EntityQueryVariables = Exact<{
  id: string | number;
}>;


export type EntityQuery = { entity:
    | { id: string, assetType: AssetType, identifier: string | null, value: number | null, currency: string | null, description: string | null, version: number, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null>, provenance: { reliability: Reliability, credibility: number, grading: string, handling: HandlingCode, validFrom: string | null, validTo: string | null, recordedBy: string, recordedAt: string, sources: Array<{ id: string, name: string, sourceType: SourceType, reference: string | null, date: string | null }> }, links: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: LinkKind, fromId: string, toId: string, role: TraffickingRole | null, relation: FamilyRelation | null, sharePercent: number | null, exploitationForm: ExploitationForm | null, meansOfControl: Array<MeansOfControl>, recruitmentMethod: RecruitmentMethod | null, amount: number | null, currency: string | null, at: string | null, durationSeconds: number | null, stage: Stage | null, provenance: { grading: string, handling: HandlingCode }, from:
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, date: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
          , to:
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, date: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
           }> } }
    | { id: string, openedOn: string | null, offence: string | null, version: number, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null>, provenance: { reliability: Reliability, credibility: number, grading: string, handling: HandlingCode, validFrom: string | null, validTo: string | null, recordedBy: string, recordedAt: string, sources: Array<{ id: string, name: string, sourceType: SourceType, reference: string | null, date: string | null }> }, links: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: LinkKind, fromId: string, toId: string, role: TraffickingRole | null, relation: FamilyRelation | null, sharePercent: number | null, exploitationForm: ExploitationForm | null, meansOfControl: Array<MeansOfControl>, recruitmentMethod: RecruitmentMethod | null, amount: number | null, currency: string | null, at: string | null, durationSeconds: number | null, stage: Stage | null, provenance: { grading: string, handling: HandlingCode }, from:
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, date: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
          , to:
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, date: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
           }> } }
    | { id: string, eventType: EventType, date: string | null, stage: Stage | null, description: string | null, exploitationForm: ExploitationForm | null, version: number, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null>, provenance: { reliability: Reliability, credibility: number, grading: string, handling: HandlingCode, validFrom: string | null, validTo: string | null, recordedBy: string, recordedAt: string, sources: Array<{ id: string, name: string, sourceType: SourceType, reference: string | null, date: string | null }> }, links: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: LinkKind, fromId: string, toId: string, role: TraffickingRole | null, relation: FamilyRelation | null, sharePercent: number | null, exploitationForm: ExploitationForm | null, meansOfControl: Array<MeansOfControl>, recruitmentMethod: RecruitmentMethod | null, amount: number | null, currency: string | null, at: string | null, durationSeconds: number | null, stage: Stage | null, provenance: { grading: string, handling: HandlingCode }, from:
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, date: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
          , to:
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, date: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
           }> } }
    | { id: string, locType: LocationType, address: string | null, municipality: string | null, country: string | null, version: number, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null>, point: { lat: number, lon: number } | null, provenance: { reliability: Reliability, credibility: number, grading: string, handling: HandlingCode, validFrom: string | null, validTo: string | null, recordedBy: string, recordedAt: string, sources: Array<{ id: string, name: string, sourceType: SourceType, reference: string | null, date: string | null }> }, links: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: LinkKind, fromId: string, toId: string, role: TraffickingRole | null, relation: FamilyRelation | null, sharePercent: number | null, exploitationForm: ExploitationForm | null, meansOfControl: Array<MeansOfControl>, recruitmentMethod: RecruitmentMethod | null, amount: number | null, currency: string | null, at: string | null, durationSeconds: number | null, stage: Stage | null, provenance: { grading: string, handling: HandlingCode }, from:
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, date: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
          , to:
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, date: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
           }> } }
    | { id: string, orgType: OrganizationType, registrationNumber: string | null, aliases: Array<string>, country: string | null, version: number, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null>, provenance: { reliability: Reliability, credibility: number, grading: string, handling: HandlingCode, validFrom: string | null, validTo: string | null, recordedBy: string, recordedAt: string, sources: Array<{ id: string, name: string, sourceType: SourceType, reference: string | null, date: string | null }> }, links: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: LinkKind, fromId: string, toId: string, role: TraffickingRole | null, relation: FamilyRelation | null, sharePercent: number | null, exploitationForm: ExploitationForm | null, meansOfControl: Array<MeansOfControl>, recruitmentMethod: RecruitmentMethod | null, amount: number | null, currency: string | null, at: string | null, durationSeconds: number | null, stage: Stage | null, provenance: { grading: string, handling: HandlingCode }, from:
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, date: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
          , to:
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, date: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
           }> } }
    | { id: string, firstName: string | null, lastName: string | null, aliases: Array<string>, dateOfBirth: string | null, gender: Gender | null, nationality: string | null, identifiers: Array<string>, version: number, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null>, provenance: { reliability: Reliability, credibility: number, grading: string, handling: HandlingCode, validFrom: string | null, validTo: string | null, recordedBy: string, recordedAt: string, sources: Array<{ id: string, name: string, sourceType: SourceType, reference: string | null, date: string | null }> }, links: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: LinkKind, fromId: string, toId: string, role: TraffickingRole | null, relation: FamilyRelation | null, sharePercent: number | null, exploitationForm: ExploitationForm | null, meansOfControl: Array<MeansOfControl>, recruitmentMethod: RecruitmentMethod | null, amount: number | null, currency: string | null, at: string | null, durationSeconds: number | null, stage: Stage | null, provenance: { grading: string, handling: HandlingCode }, from:
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, date: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
          , to:
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, date: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
           }> } }
    | { id: string, imei: string | null, subscriberId: string | null, version: number, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null>, provenance: { reliability: Reliability, credibility: number, grading: string, handling: HandlingCode, validFrom: string | null, validTo: string | null, recordedBy: string, recordedAt: string, sources: Array<{ id: string, name: string, sourceType: SourceType, reference: string | null, date: string | null }> }, links: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: LinkKind, fromId: string, toId: string, role: TraffickingRole | null, relation: FamilyRelation | null, sharePercent: number | null, exploitationForm: ExploitationForm | null, meansOfControl: Array<MeansOfControl>, recruitmentMethod: RecruitmentMethod | null, amount: number | null, currency: string | null, at: string | null, durationSeconds: number | null, stage: Stage | null, provenance: { grading: string, handling: HandlingCode }, from:
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, date: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
          , to:
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, date: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
           }> } }
    | { id: string, sourceType: SourceType, reference: string | null, date: string | null, description: string | null, version: number, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null>, provenance: { reliability: Reliability, credibility: number, grading: string, handling: HandlingCode, validFrom: string | null, validTo: string | null, recordedBy: string, recordedAt: string, sources: Array<{ id: string, name: string, sourceType: SourceType, reference: string | null, date: string | null }> }, links: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: LinkKind, fromId: string, toId: string, role: TraffickingRole | null, relation: FamilyRelation | null, sharePercent: number | null, exploitationForm: ExploitationForm | null, meansOfControl: Array<MeansOfControl>, recruitmentMethod: RecruitmentMethod | null, amount: number | null, currency: string | null, at: string | null, durationSeconds: number | null, stage: Stage | null, provenance: { grading: string, handling: HandlingCode }, from:
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, date: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
          , to:
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, date: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
           }> } }
   };

type EntitySummary_Asset_Fragment = { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> };

type EntitySummary_Case_Fragment = { id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> };

type EntitySummary_Event_Fragment = { id: string, date: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> };

type EntitySummary_Location_Fragment = { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> };

type EntitySummary_Organization_Fragment = { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> };

type EntitySummary_Person_Fragment = { id: string, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> };

type EntitySummary_Phone_Fragment = { id: string, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> };

type EntitySummary_Source_Fragment = { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> };

export type EntitySummaryFragment =
  | EntitySummary_Asset_Fragment
  | EntitySummary_Case_Fragment
  | EntitySummary_Event_Fragment
  | EntitySummary_Location_Fragment
  | EntitySummary_Organization_Fragment
  | EntitySummary_Person_Fragment
  | EntitySummary_Phone_Fragment
  | EntitySummary_Source_Fragment
;

export type ProfileLinkFragment = { id: string, kind: LinkKind, fromId: string, toId: string, role: TraffickingRole | null, relation: FamilyRelation | null, sharePercent: number | null, exploitationForm: ExploitationForm | null, meansOfControl: Array<MeansOfControl>, recruitmentMethod: RecruitmentMethod | null, amount: number | null, currency: string | null, at: string | null, durationSeconds: number | null, stage: Stage | null, provenance: { grading: string, handling: HandlingCode }, from:
    | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
    | { id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
    | { id: string, date: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
    | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
    | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
    | { id: string, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
    | { id: string, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
    | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
  , to:
    | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
    | { id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
    | { id: string, date: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
    | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
    | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
    | { id: string, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
    | { id: string, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
    | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
   };

export type ProfileLinkPageFragment = { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: LinkKind, fromId: string, toId: string, role: TraffickingRole | null, relation: FamilyRelation | null, sharePercent: number | null, exploitationForm: ExploitationForm | null, meansOfControl: Array<MeansOfControl>, recruitmentMethod: RecruitmentMethod | null, amount: number | null, currency: string | null, at: string | null, durationSeconds: number | null, stage: Stage | null, provenance: { grading: string, handling: HandlingCode }, from:
      | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
      | { id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
      | { id: string, date: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
      | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
      | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
      | { id: string, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
      | { id: string, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
      | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
    , to:
      | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
      | { id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
      | { id: string, date: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
      | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
      | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
      | { id: string, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
      | { id: string, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
      | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
     }> };

export type ProfileLinksQueryVariables = Exact<{
  id: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProfileLinksQuery = { entity:
    | { id: string, links: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: LinkKind, fromId: string, toId: string, role: TraffickingRole | null, relation: FamilyRelation | null, sharePercent: number | null, exploitationForm: ExploitationForm | null, meansOfControl: Array<MeansOfControl>, recruitmentMethod: RecruitmentMethod | null, amount: number | null, currency: string | null, at: string | null, durationSeconds: number | null, stage: Stage | null, provenance: { grading: string, handling: HandlingCode }, from:
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, date: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
          , to:
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, date: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
           }> } }
    | { id: string, links: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: LinkKind, fromId: string, toId: string, role: TraffickingRole | null, relation: FamilyRelation | null, sharePercent: number | null, exploitationForm: ExploitationForm | null, meansOfControl: Array<MeansOfControl>, recruitmentMethod: RecruitmentMethod | null, amount: number | null, currency: string | null, at: string | null, durationSeconds: number | null, stage: Stage | null, provenance: { grading: string, handling: HandlingCode }, from:
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, date: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
          , to:
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, date: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
           }> } }
    | { id: string, links: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: LinkKind, fromId: string, toId: string, role: TraffickingRole | null, relation: FamilyRelation | null, sharePercent: number | null, exploitationForm: ExploitationForm | null, meansOfControl: Array<MeansOfControl>, recruitmentMethod: RecruitmentMethod | null, amount: number | null, currency: string | null, at: string | null, durationSeconds: number | null, stage: Stage | null, provenance: { grading: string, handling: HandlingCode }, from:
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, date: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
          , to:
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, date: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
           }> } }
    | { id: string, links: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: LinkKind, fromId: string, toId: string, role: TraffickingRole | null, relation: FamilyRelation | null, sharePercent: number | null, exploitationForm: ExploitationForm | null, meansOfControl: Array<MeansOfControl>, recruitmentMethod: RecruitmentMethod | null, amount: number | null, currency: string | null, at: string | null, durationSeconds: number | null, stage: Stage | null, provenance: { grading: string, handling: HandlingCode }, from:
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, date: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
          , to:
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, date: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
           }> } }
    | { id: string, links: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: LinkKind, fromId: string, toId: string, role: TraffickingRole | null, relation: FamilyRelation | null, sharePercent: number | null, exploitationForm: ExploitationForm | null, meansOfControl: Array<MeansOfControl>, recruitmentMethod: RecruitmentMethod | null, amount: number | null, currency: string | null, at: string | null, durationSeconds: number | null, stage: Stage | null, provenance: { grading: string, handling: HandlingCode }, from:
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, date: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
          , to:
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, date: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
           }> } }
    | { id: string, links: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: LinkKind, fromId: string, toId: string, role: TraffickingRole | null, relation: FamilyRelation | null, sharePercent: number | null, exploitationForm: ExploitationForm | null, meansOfControl: Array<MeansOfControl>, recruitmentMethod: RecruitmentMethod | null, amount: number | null, currency: string | null, at: string | null, durationSeconds: number | null, stage: Stage | null, provenance: { grading: string, handling: HandlingCode }, from:
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, date: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
          , to:
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, date: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
           }> } }
    | { id: string, links: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: LinkKind, fromId: string, toId: string, role: TraffickingRole | null, relation: FamilyRelation | null, sharePercent: number | null, exploitationForm: ExploitationForm | null, meansOfControl: Array<MeansOfControl>, recruitmentMethod: RecruitmentMethod | null, amount: number | null, currency: string | null, at: string | null, durationSeconds: number | null, stage: Stage | null, provenance: { grading: string, handling: HandlingCode }, from:
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, date: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
          , to:
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, date: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
           }> } }
    | { id: string, links: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: LinkKind, fromId: string, toId: string, role: TraffickingRole | null, relation: FamilyRelation | null, sharePercent: number | null, exploitationForm: ExploitationForm | null, meansOfControl: Array<MeansOfControl>, recruitmentMethod: RecruitmentMethod | null, amount: number | null, currency: string | null, at: string | null, durationSeconds: number | null, stage: Stage | null, provenance: { grading: string, handling: HandlingCode }, from:
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, date: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
          , to:
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, date: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
            | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
           }> } }
   };

export type ProvenanceFieldsFragment = { reliability: Reliability, credibility: number, grading: string, handling: HandlingCode, validFrom: string | null, validTo: string | null, recordedBy: string, recordedAt: string, sources: Array<{ id: string, name: string, sourceType: SourceType, reference: string | null, date: string | null }> };

type RecordFields_Asset_Fragment = { id: string, assetType: AssetType, identifier: string | null, value: number | null, currency: string | null, description: string | null, version: number, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null>, provenance: { reliability: Reliability, credibility: number, grading: string, handling: HandlingCode, validFrom: string | null, validTo: string | null, recordedBy: string, recordedAt: string, sources: Array<{ id: string, name: string, sourceType: SourceType, reference: string | null, date: string | null }> } };

type RecordFields_Case_Fragment = { version: number, id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null>, provenance: { reliability: Reliability, credibility: number, grading: string, handling: HandlingCode, validFrom: string | null, validTo: string | null, recordedBy: string, recordedAt: string, sources: Array<{ id: string, name: string, sourceType: SourceType, reference: string | null, date: string | null }> } };

type RecordFields_Event_Fragment = { id: string, eventType: EventType, date: string | null, stage: Stage | null, description: string | null, exploitationForm: ExploitationForm | null, version: number, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null>, provenance: { reliability: Reliability, credibility: number, grading: string, handling: HandlingCode, validFrom: string | null, validTo: string | null, recordedBy: string, recordedAt: string, sources: Array<{ id: string, name: string, sourceType: SourceType, reference: string | null, date: string | null }> } };

type RecordFields_Location_Fragment = { id: string, locType: LocationType, address: string | null, municipality: string | null, country: string | null, version: number, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null>, point: { lat: number, lon: number } | null, provenance: { reliability: Reliability, credibility: number, grading: string, handling: HandlingCode, validFrom: string | null, validTo: string | null, recordedBy: string, recordedAt: string, sources: Array<{ id: string, name: string, sourceType: SourceType, reference: string | null, date: string | null }> } };

type RecordFields_Organization_Fragment = { id: string, orgType: OrganizationType, registrationNumber: string | null, aliases: Array<string>, country: string | null, version: number, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null>, provenance: { reliability: Reliability, credibility: number, grading: string, handling: HandlingCode, validFrom: string | null, validTo: string | null, recordedBy: string, recordedAt: string, sources: Array<{ id: string, name: string, sourceType: SourceType, reference: string | null, date: string | null }> } };

type RecordFields_Person_Fragment = { id: string, firstName: string | null, lastName: string | null, aliases: Array<string>, dateOfBirth: string | null, gender: Gender | null, nationality: string | null, identifiers: Array<string>, version: number, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null>, provenance: { reliability: Reliability, credibility: number, grading: string, handling: HandlingCode, validFrom: string | null, validTo: string | null, recordedBy: string, recordedAt: string, sources: Array<{ id: string, name: string, sourceType: SourceType, reference: string | null, date: string | null }> } };

type RecordFields_Phone_Fragment = { id: string, imei: string | null, version: number, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null>, provenance: { reliability: Reliability, credibility: number, grading: string, handling: HandlingCode, validFrom: string | null, validTo: string | null, recordedBy: string, recordedAt: string, sources: Array<{ id: string, name: string, sourceType: SourceType, reference: string | null, date: string | null }> } };

type RecordFields_Source_Fragment = { id: string, sourceType: SourceType, reference: string | null, date: string | null, description: string | null, version: number, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null>, provenance: { reliability: Reliability, credibility: number, grading: string, handling: HandlingCode, validFrom: string | null, validTo: string | null, recordedBy: string, recordedAt: string, sources: Array<{ id: string, name: string, sourceType: SourceType, reference: string | null, date: string | null }> } };

export type RecordFieldsFragment =
  | RecordFields_Asset_Fragment
  | RecordFields_Case_Fragment
  | RecordFields_Event_Fragment
  | RecordFields_Location_Fragment
  | RecordFields_Organization_Fragment
  | RecordFields_Person_Fragment
  | RecordFields_Phone_Fragment
  | RecordFields_Source_Fragment
;

export type LinkRecordFieldsFragment = { id: string, kind: LinkKind, fromId: string, toId: string, version: number, role: TraffickingRole | null, relation: FamilyRelation | null, sharePercent: number | null, exploitationForm: ExploitationForm | null, meansOfControl: Array<MeansOfControl>, recruitmentMethod: RecruitmentMethod | null, amount: number | null, currency: string | null, at: string | null, durationSeconds: number | null, stage: Stage | null, provenance: { reliability: Reliability, credibility: number, grading: string, handling: HandlingCode, validFrom: string | null, validTo: string | null, recordedBy: string, recordedAt: string, sources: Array<{ id: string, name: string, sourceType: SourceType, reference: string | null, date: string | null }> }, from:
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
  , to:
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
    | { id: string, kind: EntityKind, name: string }
   };

export type CreateRecordMutationVariables = Exact<{
  input: CreateEntityInput;
}>;


export type CreateRecordMutation = { createEntity:
    | { id: string, assetType: AssetType, identifier: string | null, value: number | null, currency: string | null, description: string | null, version: number, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null>, provenance: { reliability: Reliability, credibility: number, grading: string, handling: HandlingCode, validFrom: string | null, validTo: string | null, recordedBy: string, recordedAt: string, sources: Array<{ id: string, name: string, sourceType: SourceType, reference: string | null, date: string | null }> } }
    | { version: number, id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null>, provenance: { reliability: Reliability, credibility: number, grading: string, handling: HandlingCode, validFrom: string | null, validTo: string | null, recordedBy: string, recordedAt: string, sources: Array<{ id: string, name: string, sourceType: SourceType, reference: string | null, date: string | null }> } }
    | { id: string, eventType: EventType, date: string | null, stage: Stage | null, description: string | null, exploitationForm: ExploitationForm | null, version: number, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null>, provenance: { reliability: Reliability, credibility: number, grading: string, handling: HandlingCode, validFrom: string | null, validTo: string | null, recordedBy: string, recordedAt: string, sources: Array<{ id: string, name: string, sourceType: SourceType, reference: string | null, date: string | null }> } }
    | { id: string, locType: LocationType, address: string | null, municipality: string | null, country: string | null, version: number, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null>, point: { lat: number, lon: number } | null, provenance: { reliability: Reliability, credibility: number, grading: string, handling: HandlingCode, validFrom: string | null, validTo: string | null, recordedBy: string, recordedAt: string, sources: Array<{ id: string, name: string, sourceType: SourceType, reference: string | null, date: string | null }> } }
    | { id: string, orgType: OrganizationType, registrationNumber: string | null, aliases: Array<string>, country: string | null, version: number, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null>, provenance: { reliability: Reliability, credibility: number, grading: string, handling: HandlingCode, validFrom: string | null, validTo: string | null, recordedBy: string, recordedAt: string, sources: Array<{ id: string, name: string, sourceType: SourceType, reference: string | null, date: string | null }> } }
    | { id: string, firstName: string | null, lastName: string | null, aliases: Array<string>, dateOfBirth: string | null, gender: Gender | null, nationality: string | null, identifiers: Array<string>, version: number, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null>, provenance: { reliability: Reliability, credibility: number, grading: string, handling: HandlingCode, validFrom: string | null, validTo: string | null, recordedBy: string, recordedAt: string, sources: Array<{ id: string, name: string, sourceType: SourceType, reference: string | null, date: string | null }> } }
    | { id: string, imei: string | null, version: number, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null>, provenance: { reliability: Reliability, credibility: number, grading: string, handling: HandlingCode, validFrom: string | null, validTo: string | null, recordedBy: string, recordedAt: string, sources: Array<{ id: string, name: string, sourceType: SourceType, reference: string | null, date: string | null }> } }
    | { id: string, sourceType: SourceType, reference: string | null, date: string | null, description: string | null, version: number, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null>, provenance: { reliability: Reliability, credibility: number, grading: string, handling: HandlingCode, validFrom: string | null, validTo: string | null, recordedBy: string, recordedAt: string, sources: Array<{ id: string, name: string, sourceType: SourceType, reference: string | null, date: string | null }> } }
   };

export type UpdateRecordMutationVariables = Exact<{
  input: UpdateEntityInput;
}>;


export type UpdateRecordMutation = { updateEntity:
    | { id: string, assetType: AssetType, identifier: string | null, value: number | null, currency: string | null, description: string | null, version: number, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null>, provenance: { reliability: Reliability, credibility: number, grading: string, handling: HandlingCode, validFrom: string | null, validTo: string | null, recordedBy: string, recordedAt: string, sources: Array<{ id: string, name: string, sourceType: SourceType, reference: string | null, date: string | null }> } }
    | { version: number, id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null>, provenance: { reliability: Reliability, credibility: number, grading: string, handling: HandlingCode, validFrom: string | null, validTo: string | null, recordedBy: string, recordedAt: string, sources: Array<{ id: string, name: string, sourceType: SourceType, reference: string | null, date: string | null }> } }
    | { id: string, eventType: EventType, date: string | null, stage: Stage | null, description: string | null, exploitationForm: ExploitationForm | null, version: number, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null>, provenance: { reliability: Reliability, credibility: number, grading: string, handling: HandlingCode, validFrom: string | null, validTo: string | null, recordedBy: string, recordedAt: string, sources: Array<{ id: string, name: string, sourceType: SourceType, reference: string | null, date: string | null }> } }
    | { id: string, locType: LocationType, address: string | null, municipality: string | null, country: string | null, version: number, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null>, point: { lat: number, lon: number } | null, provenance: { reliability: Reliability, credibility: number, grading: string, handling: HandlingCode, validFrom: string | null, validTo: string | null, recordedBy: string, recordedAt: string, sources: Array<{ id: string, name: string, sourceType: SourceType, reference: string | null, date: string | null }> } }
    | { id: string, orgType: OrganizationType, registrationNumber: string | null, aliases: Array<string>, country: string | null, version: number, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null>, provenance: { reliability: Reliability, credibility: number, grading: string, handling: HandlingCode, validFrom: string | null, validTo: string | null, recordedBy: string, recordedAt: string, sources: Array<{ id: string, name: string, sourceType: SourceType, reference: string | null, date: string | null }> } }
    | { id: string, firstName: string | null, lastName: string | null, aliases: Array<string>, dateOfBirth: string | null, gender: Gender | null, nationality: string | null, identifiers: Array<string>, version: number, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null>, provenance: { reliability: Reliability, credibility: number, grading: string, handling: HandlingCode, validFrom: string | null, validTo: string | null, recordedBy: string, recordedAt: string, sources: Array<{ id: string, name: string, sourceType: SourceType, reference: string | null, date: string | null }> } }
    | { id: string, imei: string | null, version: number, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null>, provenance: { reliability: Reliability, credibility: number, grading: string, handling: HandlingCode, validFrom: string | null, validTo: string | null, recordedBy: string, recordedAt: string, sources: Array<{ id: string, name: string, sourceType: SourceType, reference: string | null, date: string | null }> } }
    | { id: string, sourceType: SourceType, reference: string | null, date: string | null, description: string | null, version: number, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null>, provenance: { reliability: Reliability, credibility: number, grading: string, handling: HandlingCode, validFrom: string | null, validTo: string | null, recordedBy: string, recordedAt: string, sources: Array<{ id: string, name: string, sourceType: SourceType, reference: string | null, date: string | null }> } }
   };

export type CreateRecordLinkMutationVariables = Exact<{
  input: CreateLinkInput;
}>;


export type CreateRecordLinkMutation = { createLink: { id: string, kind: LinkKind, fromId: string, toId: string, version: number, role: TraffickingRole | null, relation: FamilyRelation | null, sharePercent: number | null, exploitationForm: ExploitationForm | null, meansOfControl: Array<MeansOfControl>, recruitmentMethod: RecruitmentMethod | null, amount: number | null, currency: string | null, at: string | null, durationSeconds: number | null, stage: Stage | null, provenance: { reliability: Reliability, credibility: number, grading: string, handling: HandlingCode, validFrom: string | null, validTo: string | null, recordedBy: string, recordedAt: string, sources: Array<{ id: string, name: string, sourceType: SourceType, reference: string | null, date: string | null }> }, from:
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
    , to:
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
     } };

export type UpdateRecordLinkMutationVariables = Exact<{
  input: UpdateLinkInput;
}>;


export type UpdateRecordLinkMutation = { updateLink: { id: string, kind: LinkKind, fromId: string, toId: string, version: number, role: TraffickingRole | null, relation: FamilyRelation | null, sharePercent: number | null, exploitationForm: ExploitationForm | null, meansOfControl: Array<MeansOfControl>, recruitmentMethod: RecruitmentMethod | null, amount: number | null, currency: string | null, at: string | null, durationSeconds: number | null, stage: Stage | null, provenance: { reliability: Reliability, credibility: number, grading: string, handling: HandlingCode, validFrom: string | null, validTo: string | null, recordedBy: string, recordedAt: string, sources: Array<{ id: string, name: string, sourceType: SourceType, reference: string | null, date: string | null }> }, from:
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
    , to:
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
      | { id: string, kind: EntityKind, name: string }
     } };

export type RecordEntityQueryVariables = Exact<{
  id: string | number;
}>;


export type RecordEntityQuery = { entity:
    | { id: string, assetType: AssetType, identifier: string | null, value: number | null, currency: string | null, description: string | null, version: number, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null>, provenance: { reliability: Reliability, credibility: number, grading: string, handling: HandlingCode, validFrom: string | null, validTo: string | null, recordedBy: string, recordedAt: string, sources: Array<{ id: string, name: string, sourceType: SourceType, reference: string | null, date: string | null }> } }
    | { version: number, id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null>, provenance: { reliability: Reliability, credibility: number, grading: string, handling: HandlingCode, validFrom: string | null, validTo: string | null, recordedBy: string, recordedAt: string, sources: Array<{ id: string, name: string, sourceType: SourceType, reference: string | null, date: string | null }> } }
    | { id: string, eventType: EventType, date: string | null, stage: Stage | null, description: string | null, exploitationForm: ExploitationForm | null, version: number, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null>, provenance: { reliability: Reliability, credibility: number, grading: string, handling: HandlingCode, validFrom: string | null, validTo: string | null, recordedBy: string, recordedAt: string, sources: Array<{ id: string, name: string, sourceType: SourceType, reference: string | null, date: string | null }> } }
    | { id: string, locType: LocationType, address: string | null, municipality: string | null, country: string | null, version: number, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null>, point: { lat: number, lon: number } | null, provenance: { reliability: Reliability, credibility: number, grading: string, handling: HandlingCode, validFrom: string | null, validTo: string | null, recordedBy: string, recordedAt: string, sources: Array<{ id: string, name: string, sourceType: SourceType, reference: string | null, date: string | null }> } }
    | { id: string, orgType: OrganizationType, registrationNumber: string | null, aliases: Array<string>, country: string | null, version: number, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null>, provenance: { reliability: Reliability, credibility: number, grading: string, handling: HandlingCode, validFrom: string | null, validTo: string | null, recordedBy: string, recordedAt: string, sources: Array<{ id: string, name: string, sourceType: SourceType, reference: string | null, date: string | null }> } }
    | { id: string, firstName: string | null, lastName: string | null, aliases: Array<string>, dateOfBirth: string | null, gender: Gender | null, nationality: string | null, identifiers: Array<string>, version: number, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null>, provenance: { reliability: Reliability, credibility: number, grading: string, handling: HandlingCode, validFrom: string | null, validTo: string | null, recordedBy: string, recordedAt: string, sources: Array<{ id: string, name: string, sourceType: SourceType, reference: string | null, date: string | null }> } }
    | { id: string, imei: string | null, version: number, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null>, provenance: { reliability: Reliability, credibility: number, grading: string, handling: HandlingCode, validFrom: string | null, validTo: string | null, recordedBy: string, recordedAt: string, sources: Array<{ id: string, name: string, sourceType: SourceType, reference: string | null, date: string | null }> } }
    | { id: string, sourceType: SourceType, reference: string | null, date: string | null, description: string | null, version: number, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null>, provenance: { reliability: Reliability, credibility: number, grading: string, handling: HandlingCode, validFrom: string | null, validTo: string | null, recordedBy: string, recordedAt: string, sources: Array<{ id: string, name: string, sourceType: SourceType, reference: string | null, date: string | null }> } }
   };

export type RecordLinksQueryVariables = Exact<{
  fromId: string | number;
  toId: string | number;
}>;


export type RecordLinksQuery = { links: { nodes: Array<{ id: string, kind: LinkKind, fromId: string, toId: string, version: number, role: TraffickingRole | null, relation: FamilyRelation | null, sharePercent: number | null, exploitationForm: ExploitationForm | null, meansOfControl: Array<MeansOfControl>, recruitmentMethod: RecruitmentMethod | null, amount: number | null, currency: string | null, at: string | null, durationSeconds: number | null, stage: Stage | null, provenance: { reliability: Reliability, credibility: number, grading: string, handling: HandlingCode, validFrom: string | null, validTo: string | null, recordedBy: string, recordedAt: string, sources: Array<{ id: string, name: string, sourceType: SourceType, reference: string | null, date: string | null }> }, from:
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
      , to:
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
        | { id: string, kind: EntityKind, name: string }
       }> } };

export type RecordSourcesQueryVariables = Exact<{
  text: string;
}>;


export type RecordSourcesQuery = { search: { nodes: Array<{ entity:
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, name: string }
        | { id: string, sourceType: SourceType, reference: string | null, date: string | null, name: string }
       }> } };

export type RecordCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type RecordCasesQuery = { cases: { totalCount: number, nodes: Array<{ id: string, name: string, caseNumber: string, status: CaseStatus }> } };

export type RevealIdentityQueryVariables = Exact<{
  id: string | number;
  justification: string;
}>;


export type RevealIdentityQuery = { revealIdentity: { id: string, name: string, firstName: string | null, lastName: string | null, aliases: Array<string>, identifiers: Array<string>, dateOfBirth: string | null, pseudonymised: boolean } };

export type ChartLinkFragment = { id: string, kind: LinkKind, fromId: string, toId: string, role: TraffickingRole | null, stage: Stage | null, amount: number | null, at: string | null };

export type ExpandQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  depth?: number | null | undefined;
  linkKinds?: Array<LinkKind> | LinkKind | null | undefined;
  limit?: number | null | undefined;
}>;


export type ExpandQuery = { expand: { truncated: boolean, nodes: Array<
      | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
      | { id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
      | { id: string, date: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
      | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
      | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
      | { id: string, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
      | { id: string, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
      | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
    >, links: Array<{ id: string, kind: LinkKind, fromId: string, toId: string, role: TraffickingRole | null, stage: Stage | null, amount: number | null, at: string | null }>, cutPairs: Array<{ aId: string, bId: string, shown: number, totalCount: number }> } };

export type ExportChartMutationVariables = Exact<{
  input: ChartExportInput;
}>;


export type ExportChartMutation = { exportChart: { format: ChartExportFormat, entityCount: number, linkCount: number, restricted: number, fileName: string | null, mimeType: string | null, content: string | null, skipped: Array<{ what: string, count: number }> } };

export type LinksQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
  others?: Array<string | number> | string | number | null | undefined;
  kinds?: Array<LinkKind> | LinkKind | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LinksQuery = { links: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, kind: LinkKind, fromId: string, toId: string, role: TraffickingRole | null, stage: Stage | null, amount: number | null, at: string | null }> } };

export type OpenSavedChartQueryVariables = Exact<{
  id: string | number;
}>;


export type OpenSavedChartQuery = { chart: { id: string, name: string, caseId: string, caseNumber: string, notes: string, version: number, savedBy: string, savedAt: string, view: string | null, nodes: Array<{ x: number, y: number, entity:
        | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
        | { id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
        | { id: string, date: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
        | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
        | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
        | { id: string, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
        | { id: string, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
        | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
       }>, links: Array<{ id: string, kind: LinkKind, fromId: string, toId: string, role: TraffickingRole | null, stage: Stage | null, amount: number | null, at: string | null }>, annotations: Array<{ id: string, text: string, entityId: string | null, x: number, y: number }>, viewport: { zoom: number, panX: number, panY: number } | null } };

export type PathsQueryVariables = Exact<{
  fromId: string | number;
  toId: string | number;
  maxHops?: number | null | undefined;
  linkKinds?: Array<LinkKind> | LinkKind | null | undefined;
  throughCases?: boolean | null | undefined;
  first?: number | null | undefined;
}>;


export type PathsQuery = { paths: Array<{ length: number, nodes: Array<
      | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
      | { id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
      | { id: string, date: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
      | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
      | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
      | { id: string, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
      | { id: string, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
      | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
    >, links: Array<{ id: string, kind: LinkKind, fromId: string, toId: string, role: TraffickingRole | null, stage: Stage | null, amount: number | null, at: string | null }> }> };

export type SaveChartMutationVariables = Exact<{
  id?: string | number | null | undefined;
  expectedVersion?: number | null | undefined;
  overwrite?: boolean | null | undefined;
  input: ChartInput;
}>;


export type SaveChartMutation = { saveChart: { id: string, name: string, caseId: string, caseNumber: string, notes: string, version: number, savedBy: string, savedAt: string, view: string | null, nodes: Array<{ x: number, y: number, entity:
        | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
        | { id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
        | { id: string, date: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
        | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
        | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
        | { id: string, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
        | { id: string, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
        | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
       }>, links: Array<{ id: string, kind: LinkKind, fromId: string, toId: string, role: TraffickingRole | null, stage: Stage | null, amount: number | null, at: string | null }>, annotations: Array<{ id: string, text: string, entityId: string | null, x: number, y: number }>, viewport: { zoom: number, panX: number, panY: number } | null } };

export type SavedChartContentFragment = { id: string, name: string, caseId: string, caseNumber: string, notes: string, version: number, savedBy: string, savedAt: string, view: string | null, nodes: Array<{ x: number, y: number, entity:
      | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
      | { id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
      | { id: string, date: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
      | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
      | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
      | { id: string, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
      | { id: string, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
      | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
     }>, links: Array<{ id: string, kind: LinkKind, fromId: string, toId: string, role: TraffickingRole | null, stage: Stage | null, amount: number | null, at: string | null }>, annotations: Array<{ id: string, text: string, entityId: string | null, x: number, y: number }>, viewport: { zoom: number, panX: number, panY: number } | null };

export type SavedChartListQueryVariables = Exact<{
  caseId?: string | number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SavedChartListQuery = { charts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, caseId: string, caseNumber: string, version: number, savedBy: string, savedAt: string }> } };

export type ChartCasesQueryVariables = Exact<{ [key: string]: never; }>;


export type ChartCasesQuery = { cases: { nodes: Array<{ caseNumber: string, id: string, name: string }> } };

export type DuplicateCandidatesQueryVariables = Exact<{
  kind?: EntityKind | null | undefined;
  caseId?: string | number | null | undefined;
  minScore?: number | null | undefined;
  first?: number | null | undefined;
}>;


export type DuplicateCandidatesQuery = { duplicateCandidates: Array<{ id: string, score: number, reasons: Array<{ code: MatchReasonCode, count: number | null }>, a:
      | { id: string, kind: EntityKind, name: string, version: number, linkCount: number, provenance: { grading: string, sources: Array<{ id: string, name: string }> } }
      | { id: string, kind: EntityKind, name: string, version: number, linkCount: number, provenance: { grading: string, sources: Array<{ id: string, name: string }> } }
      | { id: string, kind: EntityKind, name: string, version: number, linkCount: number, provenance: { grading: string, sources: Array<{ id: string, name: string }> } }
      | { id: string, kind: EntityKind, name: string, version: number, linkCount: number, provenance: { grading: string, sources: Array<{ id: string, name: string }> } }
      | { id: string, orgType: OrganizationType, registrationNumber: string | null, country: string | null, aliases: Array<string>, kind: EntityKind, name: string, version: number, linkCount: number, provenance: { grading: string, sources: Array<{ id: string, name: string }> } }
      | { id: string, category: PersonCategory, dateOfBirth: string | null, nationality: string | null, aliases: Array<string>, identifiers: Array<string>, kind: EntityKind, name: string, version: number, linkCount: number, provenance: { grading: string, sources: Array<{ id: string, name: string }> } }
      | { id: string, kind: EntityKind, name: string, version: number, linkCount: number, provenance: { grading: string, sources: Array<{ id: string, name: string }> } }
      | { id: string, kind: EntityKind, name: string, version: number, linkCount: number, provenance: { grading: string, sources: Array<{ id: string, name: string }> } }
    , b:
      | { id: string, kind: EntityKind, name: string, version: number, linkCount: number, provenance: { grading: string, sources: Array<{ id: string, name: string }> } }
      | { id: string, kind: EntityKind, name: string, version: number, linkCount: number, provenance: { grading: string, sources: Array<{ id: string, name: string }> } }
      | { id: string, kind: EntityKind, name: string, version: number, linkCount: number, provenance: { grading: string, sources: Array<{ id: string, name: string }> } }
      | { id: string, kind: EntityKind, name: string, version: number, linkCount: number, provenance: { grading: string, sources: Array<{ id: string, name: string }> } }
      | { id: string, orgType: OrganizationType, registrationNumber: string | null, country: string | null, aliases: Array<string>, kind: EntityKind, name: string, version: number, linkCount: number, provenance: { grading: string, sources: Array<{ id: string, name: string }> } }
      | { id: string, category: PersonCategory, dateOfBirth: string | null, nationality: string | null, aliases: Array<string>, identifiers: Array<string>, kind: EntityKind, name: string, version: number, linkCount: number, provenance: { grading: string, sources: Array<{ id: string, name: string }> } }
      | { id: string, kind: EntityKind, name: string, version: number, linkCount: number, provenance: { grading: string, sources: Array<{ id: string, name: string }> } }
      | { id: string, kind: EntityKind, name: string, version: number, linkCount: number, provenance: { grading: string, sources: Array<{ id: string, name: string }> } }
     }> };

type DuplicateSide_Asset_Fragment = { id: string, kind: EntityKind, name: string, version: number, linkCount: number, provenance: { grading: string, sources: Array<{ id: string, name: string }> } };

type DuplicateSide_Case_Fragment = { id: string, kind: EntityKind, name: string, version: number, linkCount: number, provenance: { grading: string, sources: Array<{ id: string, name: string }> } };

type DuplicateSide_Event_Fragment = { id: string, kind: EntityKind, name: string, version: number, linkCount: number, provenance: { grading: string, sources: Array<{ id: string, name: string }> } };

type DuplicateSide_Location_Fragment = { id: string, kind: EntityKind, name: string, version: number, linkCount: number, provenance: { grading: string, sources: Array<{ id: string, name: string }> } };

type DuplicateSide_Organization_Fragment = { id: string, orgType: OrganizationType, registrationNumber: string | null, country: string | null, aliases: Array<string>, kind: EntityKind, name: string, version: number, linkCount: number, provenance: { grading: string, sources: Array<{ id: string, name: string }> } };

type DuplicateSide_Person_Fragment = { id: string, category: PersonCategory, dateOfBirth: string | null, nationality: string | null, aliases: Array<string>, identifiers: Array<string>, kind: EntityKind, name: string, version: number, linkCount: number, provenance: { grading: string, sources: Array<{ id: string, name: string }> } };

type DuplicateSide_Phone_Fragment = { id: string, kind: EntityKind, name: string, version: number, linkCount: number, provenance: { grading: string, sources: Array<{ id: string, name: string }> } };

type DuplicateSide_Source_Fragment = { id: string, kind: EntityKind, name: string, version: number, linkCount: number, provenance: { grading: string, sources: Array<{ id: string, name: string }> } };

export type DuplicateSideFragment =
  | DuplicateSide_Asset_Fragment
  | DuplicateSide_Case_Fragment
  | DuplicateSide_Event_Fragment
  | DuplicateSide_Location_Fragment
  | DuplicateSide_Organization_Fragment
  | DuplicateSide_Person_Fragment
  | DuplicateSide_Phone_Fragment
  | DuplicateSide_Source_Fragment
;

export type MarkDistinctMutationVariables = Exact<{
  aId: string | number;
  bId: string | number;
}>;


export type MarkDistinctMutation = { markDistinct: { id: string } };

export type MergeEntitiesMutationVariables = Exact<{
  keepId: string | number;
  absorbId: string | number;
  keepVersion: number;
  absorbVersion: number;
}>;


export type MergeEntitiesMutation = { mergeEntities: { id: string, absorbedName: string | null, survivor:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     } };

export type RecentMergesQueryVariables = Exact<{
  first?: number | null | undefined;
}>;


export type RecentMergesQuery = { recentMerges: Array<{ id: string, kind: EntityKind, absorbedId: string, absorbedName: string | null, mergedBy: string, mergedAt: string, movedLinks: number, survivor:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     }> };

export type UndoMergeMutationVariables = Exact<{
  mergeId: string | number;
}>;


export type UndoMergeMutation = { undoMerge: { id: string, survivor:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
    , restored:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     } };

export type ErasePersonMutationVariables = Exact<{
  id: string | number;
  justification: string;
}>;


export type ErasePersonMutation = { erasePerson: { erasedIds: Array<string>, redactedRecords: number, redactedAuditEntries: number } };

export type RetainPersonMutationVariables = Exact<{
  id: string | number;
  justification: string;
}>;


export type RetainPersonMutation = { retainPerson:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   };

export type RetentionDueQueryVariables = Exact<{
  action?: RetentionAction | null | undefined;
  first?: number | null | undefined;
  offset?: number | null | undefined;
}>;


export type RetentionDueQuery = { retentionDue: { review: number, erase: number, items: Array<{ action: RetentionAction, dueOn: string, caseCount: number, lastClosedOn: string | null, person:
        | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
        | { id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
        | { id: string, date: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
        | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
        | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
        | { category: PersonCategory, id: string, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
        | { id: string, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
        | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
       }> } };

export type SearchQueryVariables = Exact<{
  text: string;
  kinds?: Array<EntityKind> | EntityKind | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchQuery = { search: { totalCount: number, capped: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ score: number, entity:
        | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
        | { id: string, caseNumber: string, status: CaseStatus, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
        | { id: string, date: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
        | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
        | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
        | { id: string, category: PersonCategory, minor: boolean, minorWhenRecorded: boolean, pseudonymised: boolean, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
        | { id: string, number: string | null, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
        | { id: string, kind: EntityKind, name: string, linkCount: number, labelKey: string | null, labelArgs: Array<string | null> }
       }> } };

export type FigureCellFragment = { key: string, count: number | null, suppressed: boolean };

export type YearlyFiguresQueryVariables = Exact<{
  fromYear: number;
  toYear: number;
}>;


export type YearlyFiguresQuery = { yearlyFigures: Array<{ year: number, investigations: { key: string, count: number | null, suppressed: boolean }, arrests: { key: string, count: number | null, suppressed: boolean }, prosecutions: { key: string, count: number | null, suppressed: boolean }, convictions: { key: string, count: number | null, suppressed: boolean }, victims: { key: string, count: number | null, suppressed: boolean }, minorVictims: { key: string, count: number | null, suppressed: boolean }, victimsByForm: Array<{ key: string, count: number | null, suppressed: boolean }>, victimsByGender: Array<{ key: string, count: number | null, suppressed: boolean }> }> };

export const SessionUserFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"clearances"}}]}}]} as unknown as DocumentNode<SessionUserFragment, unknown>;
export const EntitySummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"linkCount"}},{"kind":"Field","name":{"kind":"Name","value":"labelKey"}},{"kind":"Field","name":{"kind":"Name","value":"labelArgs"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"minorWhenRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonymised"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Phone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<EntitySummaryFragment, unknown>;
export const ProfileLinkFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Link"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromId"}},{"kind":"Field","name":{"kind":"Name","value":"toId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"sharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"exploitationForm"}},{"kind":"Field","name":{"kind":"Name","value":"meansOfControl"}},{"kind":"Field","name":{"kind":"Name","value":"recruitmentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grading"}},{"kind":"Field","name":{"kind":"Name","value":"handling"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"linkCount"}},{"kind":"Field","name":{"kind":"Name","value":"labelKey"}},{"kind":"Field","name":{"kind":"Name","value":"labelArgs"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"minorWhenRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonymised"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Phone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<ProfileLinkFragment, unknown>;
export const ProfileLinkPageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileLinkPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LinkConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileLink"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"linkCount"}},{"kind":"Field","name":{"kind":"Name","value":"labelKey"}},{"kind":"Field","name":{"kind":"Name","value":"labelArgs"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"minorWhenRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonymised"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Phone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Link"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromId"}},{"kind":"Field","name":{"kind":"Name","value":"toId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"sharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"exploitationForm"}},{"kind":"Field","name":{"kind":"Name","value":"meansOfControl"}},{"kind":"Field","name":{"kind":"Name","value":"recruitmentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grading"}},{"kind":"Field","name":{"kind":"Name","value":"handling"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummary"}}]}}]}}]} as unknown as DocumentNode<ProfileLinkPageFragment, unknown>;
export const ProvenanceFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProvenanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provenance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reliability"}},{"kind":"Field","name":{"kind":"Name","value":"credibility"}},{"kind":"Field","name":{"kind":"Name","value":"grading"}},{"kind":"Field","name":{"kind":"Name","value":"handling"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<ProvenanceFieldsFragment, unknown>;
export const RecordFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummary"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProvenanceFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"identifiers"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgType"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Location"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locType"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"point"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Phone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"imei"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Asset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assetType"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"exploitationForm"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"linkCount"}},{"kind":"Field","name":{"kind":"Name","value":"labelKey"}},{"kind":"Field","name":{"kind":"Name","value":"labelArgs"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"minorWhenRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonymised"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Phone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProvenanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provenance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reliability"}},{"kind":"Field","name":{"kind":"Name","value":"credibility"}},{"kind":"Field","name":{"kind":"Name","value":"grading"}},{"kind":"Field","name":{"kind":"Name","value":"handling"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<RecordFieldsFragment, unknown>;
export const LinkRecordFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinkRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Link"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromId"}},{"kind":"Field","name":{"kind":"Name","value":"toId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"sharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"exploitationForm"}},{"kind":"Field","name":{"kind":"Name","value":"meansOfControl"}},{"kind":"Field","name":{"kind":"Name","value":"recruitmentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProvenanceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProvenanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provenance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reliability"}},{"kind":"Field","name":{"kind":"Name","value":"credibility"}},{"kind":"Field","name":{"kind":"Name","value":"grading"}},{"kind":"Field","name":{"kind":"Name","value":"handling"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]} as unknown as DocumentNode<LinkRecordFieldsFragment, unknown>;
export const ChartLinkFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChartLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Link"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromId"}},{"kind":"Field","name":{"kind":"Name","value":"toId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]} as unknown as DocumentNode<ChartLinkFragment, unknown>;
export const SavedChartContentFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedChartContent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedChart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"savedBy"}},{"kind":"Field","name":{"kind":"Name","value":"savedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChartLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"annotations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zoom"}},{"kind":"Field","name":{"kind":"Name","value":"panX"}},{"kind":"Field","name":{"kind":"Name","value":"panY"}}]}},{"kind":"Field","name":{"kind":"Name","value":"view"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"linkCount"}},{"kind":"Field","name":{"kind":"Name","value":"labelKey"}},{"kind":"Field","name":{"kind":"Name","value":"labelArgs"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"minorWhenRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonymised"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Phone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChartLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Link"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromId"}},{"kind":"Field","name":{"kind":"Name","value":"toId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]} as unknown as DocumentNode<SavedChartContentFragment, unknown>;
export const DuplicateSideFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DuplicateSide"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"linkCount"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grading"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"identifiers"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgType"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}}]}}]}}]} as unknown as DocumentNode<DuplicateSideFragment, unknown>;
export const FigureCellFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FigureCell"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatCell"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]} as unknown as DocumentNode<FigureCellFragment, unknown>;
export const AuditChainDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditChain"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ok"}},{"kind":"Field","name":{"kind":"Name","value":"entries"}},{"kind":"Field","name":{"kind":"Name","value":"firstBadSeq"}}]}}]}}]} as unknown as DocumentNode<AuditChainQuery, AuditChainQueryVariables>;
export const AuditEntriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEntries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"beforeSeq"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEntries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"beforeSeq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"beforeSeq"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"personIds"}},{"kind":"Field","name":{"kind":"Name","value":"entityIds"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"justification"}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]} as unknown as DocumentNode<AuditEntriesQuery, AuditEntriesQueryVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"clearances"}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SessionUser"}}]}},{"kind":"Field","name":{"kind":"Name","value":"signInOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"singleSignOn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SessionUser"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"clearances"}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const CaseMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"members"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummary"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"linkCount"}},{"kind":"Field","name":{"kind":"Name","value":"labelKey"}},{"kind":"Field","name":{"kind":"Name","value":"labelArgs"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"minorWhenRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonymised"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Phone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<CaseMembersQuery, CaseMembersQueryVariables>;
export const CaseTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CaseTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"offence"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}},{"kind":"Field","name":{"kind":"Name","value":"assignees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CaseTeamQuery, CaseTeamQueryVariables>;
export const AssignableUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignableUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignableUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<AssignableUsersQuery, AssignableUsersQueryVariables>;
export const AssignCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AssignCaseMutation, AssignCaseMutationVariables>;
export const UnassignCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnassignCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"username"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unassignCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"username"},"value":{"kind":"Variable","name":{"kind":"Name","value":"username"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<UnassignCaseMutation, UnassignCaseMutationVariables>;
export const CasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Cases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CaseStatus"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offence"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"assignedToMe"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"offence"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offence"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}},{"kind":"Argument","name":{"kind":"Name","value":"assignedToMe"},"value":{"kind":"Variable","name":{"kind":"Name","value":"assignedToMe"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"offences"}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"offence"}},{"kind":"Field","name":{"kind":"Name","value":"memberCount"}}]}}]}}]}}]} as unknown as DocumentNode<CasesQuery, CasesQueryVariables>;
export const EntityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Entity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummary"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProvenanceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileLinkPage"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"identifiers"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgType"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Location"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locType"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"point"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Phone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"imei"}},{"kind":"Field","name":{"kind":"Name","value":"subscriberId"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Asset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assetType"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"exploitationForm"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}},{"kind":"Field","name":{"kind":"Name","value":"offence"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"linkCount"}},{"kind":"Field","name":{"kind":"Name","value":"labelKey"}},{"kind":"Field","name":{"kind":"Name","value":"labelArgs"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"minorWhenRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonymised"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Phone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Link"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromId"}},{"kind":"Field","name":{"kind":"Name","value":"toId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"sharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"exploitationForm"}},{"kind":"Field","name":{"kind":"Name","value":"meansOfControl"}},{"kind":"Field","name":{"kind":"Name","value":"recruitmentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grading"}},{"kind":"Field","name":{"kind":"Name","value":"handling"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProvenanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provenance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reliability"}},{"kind":"Field","name":{"kind":"Name","value":"credibility"}},{"kind":"Field","name":{"kind":"Name","value":"grading"}},{"kind":"Field","name":{"kind":"Name","value":"handling"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileLinkPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LinkConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileLink"}}]}}]}}]} as unknown as DocumentNode<EntityQuery, EntityQueryVariables>;
export const ProfileLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProfileLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"links"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileLinkPage"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"linkCount"}},{"kind":"Field","name":{"kind":"Name","value":"labelKey"}},{"kind":"Field","name":{"kind":"Name","value":"labelArgs"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"minorWhenRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonymised"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Phone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Link"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromId"}},{"kind":"Field","name":{"kind":"Name","value":"toId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"sharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"exploitationForm"}},{"kind":"Field","name":{"kind":"Name","value":"meansOfControl"}},{"kind":"Field","name":{"kind":"Name","value":"recruitmentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grading"}},{"kind":"Field","name":{"kind":"Name","value":"handling"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProfileLinkPage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LinkConnection"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProfileLink"}}]}}]}}]} as unknown as DocumentNode<ProfileLinksQuery, ProfileLinksQueryVariables>;
export const CreateRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEntityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEntity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"linkCount"}},{"kind":"Field","name":{"kind":"Name","value":"labelKey"}},{"kind":"Field","name":{"kind":"Name","value":"labelArgs"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"minorWhenRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonymised"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Phone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProvenanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provenance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reliability"}},{"kind":"Field","name":{"kind":"Name","value":"credibility"}},{"kind":"Field","name":{"kind":"Name","value":"grading"}},{"kind":"Field","name":{"kind":"Name","value":"handling"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummary"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProvenanceFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"identifiers"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgType"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Location"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locType"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"point"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Phone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"imei"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Asset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assetType"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"exploitationForm"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<CreateRecordMutation, CreateRecordMutationVariables>;
export const UpdateRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEntityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEntity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"linkCount"}},{"kind":"Field","name":{"kind":"Name","value":"labelKey"}},{"kind":"Field","name":{"kind":"Name","value":"labelArgs"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"minorWhenRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonymised"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Phone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProvenanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provenance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reliability"}},{"kind":"Field","name":{"kind":"Name","value":"credibility"}},{"kind":"Field","name":{"kind":"Name","value":"grading"}},{"kind":"Field","name":{"kind":"Name","value":"handling"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummary"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProvenanceFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"identifiers"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgType"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Location"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locType"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"point"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Phone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"imei"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Asset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assetType"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"exploitationForm"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<UpdateRecordMutation, UpdateRecordMutationVariables>;
export const CreateRecordLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRecordLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkRecordFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProvenanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provenance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reliability"}},{"kind":"Field","name":{"kind":"Name","value":"credibility"}},{"kind":"Field","name":{"kind":"Name","value":"grading"}},{"kind":"Field","name":{"kind":"Name","value":"handling"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinkRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Link"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromId"}},{"kind":"Field","name":{"kind":"Name","value":"toId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"sharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"exploitationForm"}},{"kind":"Field","name":{"kind":"Name","value":"meansOfControl"}},{"kind":"Field","name":{"kind":"Name","value":"recruitmentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProvenanceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateRecordLinkMutation, CreateRecordLinkMutationVariables>;
export const UpdateRecordLinkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRecordLink"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLinkInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLink"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkRecordFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProvenanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provenance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reliability"}},{"kind":"Field","name":{"kind":"Name","value":"credibility"}},{"kind":"Field","name":{"kind":"Name","value":"grading"}},{"kind":"Field","name":{"kind":"Name","value":"handling"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinkRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Link"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromId"}},{"kind":"Field","name":{"kind":"Name","value":"toId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"sharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"exploitationForm"}},{"kind":"Field","name":{"kind":"Name","value":"meansOfControl"}},{"kind":"Field","name":{"kind":"Name","value":"recruitmentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProvenanceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateRecordLinkMutation, UpdateRecordLinkMutationVariables>;
export const RecordEntityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordEntity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecordFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"linkCount"}},{"kind":"Field","name":{"kind":"Name","value":"labelKey"}},{"kind":"Field","name":{"kind":"Name","value":"labelArgs"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"minorWhenRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonymised"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Phone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProvenanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provenance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reliability"}},{"kind":"Field","name":{"kind":"Name","value":"credibility"}},{"kind":"Field","name":{"kind":"Name","value":"grading"}},{"kind":"Field","name":{"kind":"Name","value":"handling"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummary"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProvenanceFields"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"identifiers"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgType"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Location"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"locType"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"municipality"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"point"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"lat"}},{"kind":"Field","name":{"kind":"Name","value":"lon"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Phone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"imei"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Asset"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"assetType"}},{"kind":"Field","name":{"kind":"Name","value":"identifier"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"eventType"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"exploitationForm"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<RecordEntityQuery, RecordEntityQueryVariables>;
export const RecordLinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordLinks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"links"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"fromId"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"others"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"toId"}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkRecordFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProvenanceFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Provenance"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reliability"}},{"kind":"Field","name":{"kind":"Name","value":"credibility"}},{"kind":"Field","name":{"kind":"Name","value":"grading"}},{"kind":"Field","name":{"kind":"Name","value":"handling"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validTo"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinkRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Link"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromId"}},{"kind":"Field","name":{"kind":"Name","value":"toId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"relation"}},{"kind":"Field","name":{"kind":"Name","value":"sharePercent"}},{"kind":"Field","name":{"kind":"Name","value":"exploitationForm"}},{"kind":"Field","name":{"kind":"Name","value":"meansOfControl"}},{"kind":"Field","name":{"kind":"Name","value":"recruitmentMethod"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProvenanceFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<RecordLinksQuery, RecordLinksQueryVariables>;
export const RecordSourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordSources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"Source"}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sourceType"}},{"kind":"Field","name":{"kind":"Name","value":"reference"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordSourcesQuery, RecordSourcesQueryVariables>;
export const RecordCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<RecordCasesQuery, RecordCasesQueryVariables>;
export const RevealIdentityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RevealIdentity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"justification"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revealIdentity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"justification"},"value":{"kind":"Variable","name":{"kind":"Name","value":"justification"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"firstName"}},{"kind":"Field","name":{"kind":"Name","value":"lastName"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"identifiers"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonymised"}}]}}]}}]} as unknown as DocumentNode<RevealIdentityQuery, RevealIdentityQueryVariables>;
export const ExpandDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Expand"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"linkKinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expand"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"linkKinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"linkKinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChartLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cutPairs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"aId"}},{"kind":"Field","name":{"kind":"Name","value":"bId"}},{"kind":"Field","name":{"kind":"Name","value":"shown"}},{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"linkCount"}},{"kind":"Field","name":{"kind":"Name","value":"labelKey"}},{"kind":"Field","name":{"kind":"Name","value":"labelArgs"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"minorWhenRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonymised"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Phone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChartLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Link"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromId"}},{"kind":"Field","name":{"kind":"Name","value":"toId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]} as unknown as DocumentNode<ExpandQuery, ExpandQueryVariables>;
export const ExportChartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ExportChart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChartExportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportChart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"entityCount"}},{"kind":"Field","name":{"kind":"Name","value":"linkCount"}},{"kind":"Field","name":{"kind":"Name","value":"restricted"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"content"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"what"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<ExportChartMutation, ExportChartMutationVariables>;
export const LinksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Links"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"others"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"links"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"others"},"value":{"kind":"Variable","name":{"kind":"Name","value":"others"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChartLink"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChartLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Link"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromId"}},{"kind":"Field","name":{"kind":"Name","value":"toId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]} as unknown as DocumentNode<LinksQuery, LinksQueryVariables>;
export const OpenSavedChartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenSavedChart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"chart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedChartContent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"linkCount"}},{"kind":"Field","name":{"kind":"Name","value":"labelKey"}},{"kind":"Field","name":{"kind":"Name","value":"labelArgs"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"minorWhenRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonymised"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Phone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChartLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Link"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromId"}},{"kind":"Field","name":{"kind":"Name","value":"toId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedChartContent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedChart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"savedBy"}},{"kind":"Field","name":{"kind":"Name","value":"savedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChartLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"annotations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zoom"}},{"kind":"Field","name":{"kind":"Name","value":"panX"}},{"kind":"Field","name":{"kind":"Name","value":"panY"}}]}},{"kind":"Field","name":{"kind":"Name","value":"view"}}]}}]} as unknown as DocumentNode<OpenSavedChartQuery, OpenSavedChartQueryVariables>;
export const PathsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Paths"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"linkKinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"throughCases"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromId"}}},{"kind":"Argument","name":{"kind":"Name","value":"toId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toId"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}},{"kind":"Argument","name":{"kind":"Name","value":"linkKinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"linkKinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"throughCases"},"value":{"kind":"Variable","name":{"kind":"Name","value":"throughCases"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChartLink"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"linkCount"}},{"kind":"Field","name":{"kind":"Name","value":"labelKey"}},{"kind":"Field","name":{"kind":"Name","value":"labelArgs"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"minorWhenRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonymised"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Phone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChartLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Link"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromId"}},{"kind":"Field","name":{"kind":"Name","value":"toId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]} as unknown as DocumentNode<PathsQuery, PathsQueryVariables>;
export const SaveChartDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveChart"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overwrite"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChartInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveChart"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"overwrite"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overwrite"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SavedChartContent"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"linkCount"}},{"kind":"Field","name":{"kind":"Name","value":"labelKey"}},{"kind":"Field","name":{"kind":"Name","value":"labelArgs"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"minorWhenRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonymised"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Phone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChartLink"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Link"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"fromId"}},{"kind":"Field","name":{"kind":"Name","value":"toId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SavedChartContent"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SavedChart"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"notes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"savedBy"}},{"kind":"Field","name":{"kind":"Name","value":"savedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}}]}},{"kind":"Field","name":{"kind":"Name","value":"links"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChartLink"}}]}},{"kind":"Field","name":{"kind":"Name","value":"annotations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}}]}},{"kind":"Field","name":{"kind":"Name","value":"viewport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"zoom"}},{"kind":"Field","name":{"kind":"Name","value":"panX"}},{"kind":"Field","name":{"kind":"Name","value":"panY"}}]}},{"kind":"Field","name":{"kind":"Name","value":"view"}}]}}]} as unknown as DocumentNode<SaveChartMutation, SaveChartMutationVariables>;
export const SavedChartListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SavedChartList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"charts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"savedBy"}},{"kind":"Field","name":{"kind":"Name","value":"savedAt"}}]}}]}}]}}]} as unknown as DocumentNode<SavedChartListQuery, SavedChartListQueryVariables>;
export const ChartCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChartCases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ChartCasesQuery, ChartCasesQueryVariables>;
export const DuplicateCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DuplicateCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityKind"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minScore"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Float"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"duplicateCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"caseId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"caseId"}}},{"kind":"Argument","name":{"kind":"Name","value":"minScore"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minScore"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"a"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DuplicateSide"}}]}},{"kind":"Field","name":{"kind":"Name","value":"b"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DuplicateSide"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DuplicateSide"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"linkCount"}},{"kind":"Field","name":{"kind":"Name","value":"provenance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grading"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"dateOfBirth"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"identifiers"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organization"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"orgType"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}}]}}]}}]} as unknown as DocumentNode<DuplicateCandidatesQuery, DuplicateCandidatesQueryVariables>;
export const MarkDistinctDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkDistinct"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"aId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"bId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markDistinct"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"aId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"aId"}}},{"kind":"Argument","name":{"kind":"Name","value":"bId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"bId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<MarkDistinctMutation, MarkDistinctMutationVariables>;
export const MergeEntitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeEntities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keepId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"absorbId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keepVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"absorbVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeEntities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"keepId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keepId"}}},{"kind":"Argument","name":{"kind":"Name","value":"absorbId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"absorbId"}}},{"kind":"Argument","name":{"kind":"Name","value":"keepVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keepVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"absorbVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"absorbVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"absorbedName"}},{"kind":"Field","name":{"kind":"Name","value":"survivor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<MergeEntitiesMutation, MergeEntitiesMutationVariables>;
export const RecentMergesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecentMerges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recentMerges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"absorbedId"}},{"kind":"Field","name":{"kind":"Name","value":"absorbedName"}},{"kind":"Field","name":{"kind":"Name","value":"mergedBy"}},{"kind":"Field","name":{"kind":"Name","value":"mergedAt"}},{"kind":"Field","name":{"kind":"Name","value":"movedLinks"}},{"kind":"Field","name":{"kind":"Name","value":"survivor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<RecentMergesQuery, RecentMergesQueryVariables>;
export const UndoMergeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UndoMerge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mergeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"undoMerge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"mergeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mergeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"survivor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"restored"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<UndoMergeMutation, UndoMergeMutationVariables>;
export const ErasePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ErasePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"justification"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"erasePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"justification"},"value":{"kind":"Variable","name":{"kind":"Name","value":"justification"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"erasedIds"}},{"kind":"Field","name":{"kind":"Name","value":"redactedRecords"}},{"kind":"Field","name":{"kind":"Name","value":"redactedAuditEntries"}}]}}]}}]} as unknown as DocumentNode<ErasePersonMutation, ErasePersonMutationVariables>;
export const RetainPersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RetainPerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"justification"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retainPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"justification"},"value":{"kind":"Variable","name":{"kind":"Name","value":"justification"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RetainPersonMutation, RetainPersonMutationVariables>;
export const RetentionDueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RetentionDue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"action"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RetentionAction"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"offset"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"retentionDue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"action"},"value":{"kind":"Variable","name":{"kind":"Name","value":"action"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"offset"},"value":{"kind":"Variable","name":{"kind":"Name","value":"offset"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"}},{"kind":"Field","name":{"kind":"Name","value":"erase"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummary"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"category"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"caseCount"}},{"kind":"Field","name":{"kind":"Name","value":"lastClosedOn"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"linkCount"}},{"kind":"Field","name":{"kind":"Name","value":"labelKey"}},{"kind":"Field","name":{"kind":"Name","value":"labelArgs"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"minorWhenRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonymised"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Phone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<RetentionDueQuery, RetentionDueQueryVariables>;
export const SearchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"capped"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EntitySummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EntitySummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"linkCount"}},{"kind":"Field","name":{"kind":"Name","value":"labelKey"}},{"kind":"Field","name":{"kind":"Name","value":"labelArgs"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"minor"}},{"kind":"Field","name":{"kind":"Name","value":"minorWhenRecorded"}},{"kind":"Field","name":{"kind":"Name","value":"pseudonymised"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Case"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"caseNumber"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Event"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Phone"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const YearlyFiguresDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"YearlyFigures"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"yearlyFigures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromYear"}}},{"kind":"Argument","name":{"kind":"Name","value":"toYear"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toYear"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"investigations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FigureCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"arrests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FigureCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"prosecutions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FigureCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"convictions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FigureCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"victims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FigureCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"minorVictims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FigureCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"victimsByForm"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FigureCell"}}]}},{"kind":"Field","name":{"kind":"Name","value":"victimsByGender"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FigureCell"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FigureCell"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StatCell"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"suppressed"}}]}}]} as unknown as DocumentNode<YearlyFiguresQuery, YearlyFiguresQueryVariables>;