import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { EntityModel, LinkModel, ProvenanceModel, SearchHitModel, SubgraphModel, SubgraphPathModel, UserModel, AuditEntryModel } from '../data/models.ts';
import type { SearchPage, EntityPage, LinkPage } from '../modules/common/paging.ts';
import type { ChartModel, ChartSummaryModel, ChartPage } from '../modules/charts/charts.service.ts';
import type { Context } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** ISO-8601 calendar date, YYYY-MM-DD. */
  Date: { input: string; output: string; }
  /** ISO-8601 date-time in UTC. */
  DateTime: { input: string; output: string; }
};

export type Asset = Entity & {
  __typename?: 'Asset';
  assetType: AssetType;
  currency?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  identifier?: Maybe<Scalars['String']['output']>;
  kind: EntityKind;
  labelArgs: Array<Maybe<Scalars['String']['output']>>;
  labelKey?: Maybe<Scalars['String']['output']>;
  linkCount: Scalars['Int']['output'];
  links: LinkConnection;
  name: Scalars['String']['output'];
  provenance: Provenance;
  value?: Maybe<Scalars['Float']['output']>;
  version: Scalars['Int']['output'];
};


export type AssetLinksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<LinkKind>>;
};

export type AssetFieldsInput = {
  assetType?: InputMaybe<AssetType>;
  currency?: InputMaybe<Scalars['String']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  identifier?: InputMaybe<Scalars['String']['input']>;
  value?: InputMaybe<Scalars['Float']['input']>;
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

export type AuditChainCheck = {
  __typename?: 'AuditChainCheck';
  entries: Scalars['Int']['output'];
  /** The first entry that does not verify. */
  firstBadSeq?: Maybe<Scalars['Int']['output']>;
  ok: Scalars['Boolean']['output'];
  /**
   * Why the check failed: entry (an entry does not verify or breaks the chain), head (the head
   * does not name the last entry), anchor (the graph contradicts the anchor kept outside the
   * database: the chain was truncated or rewritten). Null when it holds.
   */
  reason?: Maybe<Scalars['String']['output']>;
};

/** One entry of the append-only, hash-chained audit trail. Holds ids, never names. */
export type AuditEntry = {
  __typename?: 'AuditEntry';
  action: AuditAction;
  /** Username; empty for refused sign-ins, so a mistyped password never lands in the trail. */
  actor: Scalars['String']['output'];
  at: Scalars['DateTime']['output'];
  /** Case ids the request worked in, comma-separated. */
  caseId?: Maybe<Scalars['String']['output']>;
  detail?: Maybe<Scalars['String']['output']>;
  entityIds: Array<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  justification?: Maybe<Scalars['String']['output']>;
  /** The GraphQL operation or internal job that did it. */
  operation: Scalars['String']['output'];
  outcome: AuditOutcome;
  personIds: Array<Scalars['ID']['output']>;
  seq: Scalars['Int']['output'];
};

export type AuditFilter = {
  action?: InputMaybe<AuditAction>;
  actor?: InputMaybe<Scalars['String']['input']>;
  from?: InputMaybe<Scalars['DateTime']['input']>;
  outcome?: InputMaybe<AuditOutcome>;
  /** Entries that name this person (consulted, changed or linked). */
  personId?: InputMaybe<Scalars['ID']['input']>;
  to?: InputMaybe<Scalars['DateTime']['input']>;
};

export type AuditOutcome =
  | 'FAILED'
  | 'OK'
  | 'REFUSED';

export type Case = Entity & {
  __typename?: 'Case';
  /** Who holds the case (its team is a handful of accounts, so it is not paged). */
  assignees: Array<CaseAssignment>;
  caseNumber: Scalars['String']['output'];
  /** Set when the case is closed; retention deadlines run from it. */
  closedOn?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  labelArgs: Array<Maybe<Scalars['String']['output']>>;
  labelKey?: Maybe<Scalars['String']['output']>;
  linkCount: Scalars['Int']['output'];
  links: LinkConnection;
  /** How many members the viewer may see, of every kind. */
  memberCount: Scalars['Int']['output'];
  /**
   * Entities in the case the viewer may see, of the given kinds, in id order (which groups them
   * by kind); 100 a page, at most 250.
   */
  members: EntityConnection;
  name: Scalars['String']['output'];
  offence?: Maybe<Scalars['String']['output']>;
  openedOn?: Maybe<Scalars['Date']['output']>;
  provenance: Provenance;
  status: CaseStatus;
  version: Scalars['Int']['output'];
};


export type CaseLinksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<LinkKind>>;
};


export type CaseMembersArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
};

/** Someone who holds a case: need-to-know of everything in it. */
export type CaseAssignment = {
  __typename?: 'CaseAssignment';
  /** When and by whom they were given the case (null for assignments older than the record). */
  at?: Maybe<Scalars['DateTime']['output']>;
  by?: Maybe<Scalars['String']['output']>;
  user: User;
};

/** A page of cases; `totalCount` counts only those the viewer holds (all, for a supervisor). */
export type CaseConnection = {
  __typename?: 'CaseConnection';
  nodes: Array<Case>;
  /** Offences of the cases the viewer holds, whatever this list's filters: the offence filter's choices. */
  offences: Array<Scalars['String']['output']>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
  /** Years the viewer's cases were opened in, newest first: the year filter's choices. */
  years: Array<Scalars['Int']['output']>;
};

export type CaseStatus =
  | 'CLOSED'
  | 'OPEN'
  | 'REFERRED';

/** A note placed on a chart, alone or pinned to an entity on it. */
export type ChartAnnotation = {
  __typename?: 'ChartAnnotation';
  entityId?: Maybe<Scalars['ID']['output']>;
  id: Scalars['ID']['output'];
  text: Scalars['String']['output'];
  x: Scalars['Float']['output'];
  y: Scalars['Float']['output'];
};

export type ChartAnnotationInput = {
  entityId?: InputMaybe<Scalars['ID']['input']>;
  id: Scalars['ID']['input'];
  text: Scalars['String']['input'];
  x: Scalars['Float']['input'];
  y: Scalars['Float']['input'];
};

/** A page of saved charts; `totalCount` counts those of cases the viewer holds. */
export type ChartConnection = {
  __typename?: 'ChartConnection';
  nodes: Array<ChartSummary>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

/** An entity on a saved chart and where it stood. */
export type ChartEntity = {
  __typename?: 'ChartEntity';
  entity: Entity;
  x: Scalars['Float']['output'];
  y: Scalars['Float']['output'];
};

export type ChartEntityInput = {
  id: Scalars['ID']['input'];
  x: Scalars['Float']['input'];
  y: Scalars['Float']['input'];
};

export type ChartExport = {
  __typename?: 'ChartExport';
  content?: Maybe<Scalars['String']['output']>;
  /** Entities and links exported (recorded in the audit entry), after need-to-know. */
  entityCount: Scalars['Int']['output'];
  /** The file as base64, with its name and type; null for PNG and SVG, drawn by the browser once the disclosure is recorded. */
  fileName?: Maybe<Scalars['String']['output']>;
  format: ChartExportFormat;
  linkCount: Scalars['Int']['output'];
  mimeType?: Maybe<Scalars['String']['output']>;
  /** Of those, how many carry a handling code (H2, H3) that restricts passing them on. */
  restricted: Scalars['Int']['output'];
  skipped: Array<ExportSkip>;
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
  entityIds: Array<Scalars['ID']['input']>;
  format: ChartExportFormat;
  /** The chart's links; one is exported when both its ends are. */
  linkIds: Array<Scalars['ID']['input']>;
  positions?: InputMaybe<Array<ChartNodePosition>>;
  /** Why the chart leaves the workbench and for whom: recorded in the audit trail (10–500 characters). */
  purpose: Scalars['String']['input'];
};

export type ChartInput = {
  annotations?: InputMaybe<Array<ChartAnnotationInput>>;
  caseId: Scalars['ID']['input'];
  linkIds: Array<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  nodes: Array<ChartEntityInput>;
  notes?: InputMaybe<Scalars['String']['input']>;
  /** The client's view state as JSON (at most 256 kB). */
  view?: InputMaybe<Scalars['String']['input']>;
  viewport?: InputMaybe<ChartViewportInput>;
};

/** Where an entity stands on the chart; GraphML keeps it (Gephi's x and y, yEd's geometry). */
export type ChartNodePosition = {
  id: Scalars['ID']['input'];
  x: Scalars['Float']['input'];
  y: Scalars['Float']['input'];
};

/** A saved chart in a list: who saved it when, without its content. */
export type ChartSummary = {
  __typename?: 'ChartSummary';
  caseId: Scalars['ID']['output'];
  caseNumber: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  savedAt: Scalars['DateTime']['output'];
  savedBy: Scalars['String']['output'];
  version: Scalars['Int']['output'];
};

export type ChartViewport = {
  __typename?: 'ChartViewport';
  panX: Scalars['Float']['output'];
  panY: Scalars['Float']['output'];
  zoom: Scalars['Float']['output'];
};

export type ChartViewportInput = {
  panX: Scalars['Float']['input'];
  panY: Scalars['Float']['input'];
  zoom: Scalars['Float']['input'];
};

/** Markings a user may see behind: without VICTIM_IDENTITY no identity can be revealed and victims' addresses are hidden; without INFORMANT_IDENTITY informants do not appear at all. */
export type Clearance =
  | 'INFORMANT_IDENTITY'
  | 'VICTIM_IDENTITY';

export type CreateCaseInput = {
  caseNumber: Scalars['String']['input'];
  name: Scalars['String']['input'];
  offence?: InputMaybe<Scalars['String']['input']>;
  openedOn?: InputMaybe<Scalars['Date']['input']>;
  provenance: ProvenanceInput;
};

/** Exactly one of the kind blocks, matching kind, is given. */
export type CreateEntityInput = {
  asset?: InputMaybe<AssetFieldsInput>;
  /** Add the new entity to this case. */
  caseId?: InputMaybe<Scalars['ID']['input']>;
  event?: InputMaybe<EventFieldsInput>;
  kind: EntityKind;
  location?: InputMaybe<LocationFieldsInput>;
  name: Scalars['String']['input'];
  organization?: InputMaybe<OrganizationFieldsInput>;
  person?: InputMaybe<PersonFieldsInput>;
  phone?: InputMaybe<PhoneFieldsInput>;
  provenance: ProvenanceInput;
  source?: InputMaybe<SourceFieldsInput>;
};

export type CreateLinkInput = {
  fields?: InputMaybe<LinkFieldsInput>;
  fromId: Scalars['ID']['input'];
  kind: LinkKind;
  provenance: ProvenanceInput;
  toId: Scalars['ID']['input'];
};

export type DistinctDecision = {
  __typename?: 'DistinctDecision';
  /** The pair: both ids joined, lower first. */
  id: Scalars['ID']['output'];
};

/** Two records that may be the same person or organisation, scored 0 (different) … 1 (same). */
export type DuplicateCandidate = {
  __typename?: 'DuplicateCandidate';
  a: Entity;
  b: Entity;
  /** The pair: both ids joined, lower first. */
  id: Scalars['ID']['output'];
  reasons: Array<MatchReason>;
  score: Scalars['Float']['output'];
};

export type Entity = {
  id: Scalars['ID']['output'];
  kind: EntityKind;
  /**
   * The places of the label in order (empty without one), each as the viewer may see it: an
   * entity's name (a pseudonym for a protected person, never her name), a text (a case number, a
   * form of exploitation's code), or null for an entity the viewer may not see, exactly as for one
   * that does not exist. Plain strings: every link end of a profile carries them, within the
   * request's depth and cost limits.
   */
  labelArgs: Array<Maybe<Scalars['String']['output']>>;
  /**
   * Set when the name is built from other records rather than written by somebody: an event named
   * by who took part ("Recruitment of Victim 3F2A9C"), cash by whom it was seized from. It names the
   * template, which the client renders in the user's language, filled in order with `labelArgs`. `name` stays the name as stored,
   * which names no one ("Recruitment of a victim"): what search finds and a form edits. Null for a
   * name as written.
   */
  labelKey?: Maybe<Scalars['String']['output']>;
  linkCount: Scalars['Int']['output'];
  /** Links to entities the viewer may see, newest first; 50 a page. */
  links: LinkConnection;
  name: Scalars['String']['output'];
  provenance: Provenance;
  /** Increases by one on every change; updates must name the version they started from. */
  version: Scalars['Int']['output'];
};


export type EntityLinksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<LinkKind>>;
};

/** A page of entities; `totalCount` counts only those the viewer may see. */
export type EntityConnection = {
  __typename?: 'EntityConnection';
  nodes: Array<Entity>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
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

export type ErasureReport = {
  __typename?: 'ErasureReport';
  /** The person and the phones, assets and addresses that existed only for them. */
  erasedIds: Array<Scalars['ID']['output']>;
  /** Audit entries whose justification concerned the person, now blanked (the chain still verifies). */
  redactedAuditEntries: Scalars['Int']['output'];
  /** Other records and links whose free text named the person, now blanked. */
  redactedRecords: Scalars['Int']['output'];
};

export type Event = Entity & {
  __typename?: 'Event';
  date?: Maybe<Scalars['Date']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  eventType: EventType;
  exploitationForm?: Maybe<ExploitationForm>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  labelArgs: Array<Maybe<Scalars['String']['output']>>;
  labelKey?: Maybe<Scalars['String']['output']>;
  linkCount: Scalars['Int']['output'];
  links: LinkConnection;
  name: Scalars['String']['output'];
  provenance: Provenance;
  stage?: Maybe<Stage>;
  version: Scalars['Int']['output'];
};


export type EventLinksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<LinkKind>>;
};

export type EventFieldsInput = {
  date?: InputMaybe<Scalars['Date']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  eventType?: InputMaybe<EventType>;
  exploitationForm?: InputMaybe<ExploitationForm>;
  stage?: InputMaybe<Stage>;
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

/** A kind of record the format has no place for (FtM: links without a counterpart), and how many. */
export type ExportSkip = {
  __typename?: 'ExportSkip';
  count: Scalars['Int']['output'];
  what: Scalars['String']['output'];
};

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

export type GeoPoint = {
  __typename?: 'GeoPoint';
  lat: Scalars['Float']['output'];
  lon: Scalars['Float']['output'];
};

export type GeoPointInput = {
  lat: Scalars['Float']['input'];
  lon: Scalars['Float']['input'];
};

/** Europol handling codes: H0 no restriction, H1 not as evidence without consent, H2 no dissemination without consent, H3 other restrictions. */
export type HandlingCode =
  | 'H0'
  | 'H1'
  | 'H2'
  | 'H3';

export type Health = {
  __typename?: 'Health';
  database: Scalars['String']['output'];
  ok: Scalars['Boolean']['output'];
};

export type Link = {
  __typename?: 'Link';
  amount?: Maybe<Scalars['Float']['output']>;
  at?: Maybe<Scalars['DateTime']['output']>;
  currency?: Maybe<Scalars['String']['output']>;
  durationSeconds?: Maybe<Scalars['Int']['output']>;
  exploitationForm?: Maybe<ExploitationForm>;
  from: Entity;
  fromId: Scalars['ID']['output'];
  id: Scalars['ID']['output'];
  kind: LinkKind;
  meansOfControl: Array<MeansOfControl>;
  provenance: Provenance;
  recruitmentMethod?: Maybe<RecruitmentMethod>;
  /** A payment reference or other text the record carried. */
  reference?: Maybe<Scalars['String']['output']>;
  relation?: Maybe<FamilyRelation>;
  role?: Maybe<TraffickingRole>;
  sharePercent?: Maybe<Scalars['Float']['output']>;
  stage?: Maybe<Stage>;
  to: Entity;
  toId: Scalars['ID']['output'];
  version: Scalars['Int']['output'];
};

/** A page of links; `totalCount` counts only links whose two ends the viewer may see. */
export type LinkConnection = {
  __typename?: 'LinkConnection';
  nodes: Array<Link>;
  pageInfo: PageInfo;
  totalCount: Scalars['Int']['output'];
};

export type LinkFieldsInput = {
  amount?: InputMaybe<Scalars['Float']['input']>;
  at?: InputMaybe<Scalars['DateTime']['input']>;
  currency?: InputMaybe<Scalars['String']['input']>;
  durationSeconds?: InputMaybe<Scalars['Int']['input']>;
  exploitationForm?: InputMaybe<ExploitationForm>;
  meansOfControl?: InputMaybe<Array<MeansOfControl>>;
  recruitmentMethod?: InputMaybe<RecruitmentMethod>;
  relation?: InputMaybe<FamilyRelation>;
  role?: InputMaybe<TraffickingRole>;
  sharePercent?: InputMaybe<Scalars['Float']['input']>;
  stage?: InputMaybe<Stage>;
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

/**
 * Two entities an expansion brought `shown` of their `totalCount` links for (at most 20 a pair);
 * `links(ids: [aId], others: [bId])` pages through every one of them.
 */
export type LinkPair = {
  __typename?: 'LinkPair';
  aId: Scalars['ID']['output'];
  bId: Scalars['ID']['output'];
  shown: Scalars['Int']['output'];
  totalCount: Scalars['Int']['output'];
};

export type Location = Entity & {
  __typename?: 'Location';
  address?: Maybe<Scalars['String']['output']>;
  country?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  labelArgs: Array<Maybe<Scalars['String']['output']>>;
  labelKey?: Maybe<Scalars['String']['output']>;
  linkCount: Scalars['Int']['output'];
  links: LinkConnection;
  locType: LocationType;
  municipality?: Maybe<Scalars['String']['output']>;
  name: Scalars['String']['output'];
  point?: Maybe<GeoPoint>;
  provenance: Provenance;
  version: Scalars['Int']['output'];
};


export type LocationLinksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<LinkKind>>;
};

export type LocationFieldsInput = {
  address?: InputMaybe<Scalars['String']['input']>;
  country?: InputMaybe<Scalars['String']['input']>;
  locType?: InputMaybe<LocationType>;
  municipality?: InputMaybe<Scalars['String']['input']>;
  point?: InputMaybe<GeoPointInput>;
};

export type LocationType =
  | 'ADDRESS'
  | 'BORDER_CROSSING'
  /** A mobile network cell, from call records. */
  | 'CELL_SITE'
  | 'CITY'
  | 'COUNTRY'
  | 'MUNICIPALITY';

export type MatchReason = {
  __typename?: 'MatchReason';
  code: MatchReasonCode;
  count?: Maybe<Scalars['Int']['output']>;
};

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

/** A merge that can still be undone. */
export type MergeRecord = {
  __typename?: 'MergeRecord';
  absorbedId: Scalars['ID']['output'];
  /**
   * The absorbed record's name, as it was; null when the survivor is a protected person or an
   * informant (the name would sit beside its pseudonym).
   */
  absorbedName?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  mergedAt: Scalars['DateTime']['output'];
  mergedBy: Scalars['String']['output'];
  /** How many links moved from the absorbed record to the survivor. */
  movedLinks: Scalars['Int']['output'];
  /** The record that absorbed the other, as it is now. */
  survivor: Entity;
};

export type Mutation = {
  __typename?: 'Mutation';
  _empty?: Maybe<Scalars['Boolean']['output']>;
  addToCase: Case;
  /** Gives a user need-to-know of the case. Supervisors and administrators only. */
  assignCase: Case;
  /** Changes the signed-in user's password; the current one must be given. */
  changePassword: Scalars['Boolean']['output'];
  createCase: Case;
  createEntity: Entity;
  createLink: Link;
  deleteChart: Scalars['Boolean']['output'];
  /** Erases a person everywhere (graph, search, free text, audit justifications). Supervisors only. */
  erasePerson: ErasureReport;
  /**
   * Exports the chart's entities and links as the viewer sees them (need-to-know, pseudonyms,
   * shielded text), recorded as one DISCLOSE audit entry with the format, the counts and the purpose
   * before anything is returned.
   */
  exportChart: ChartExport;
  /** Signs in and sets an httpOnly session cookie. */
  login: User;
  logout: Scalars['Boolean']['output'];
  /** Records that two records are different, so they are not proposed again. */
  markDistinct: DistinctDecision;
  /**
   * Merges absorbId into keepId: every link and source moves to keepId, empty fields are filled,
   * the other name becomes an alias. Both versions must be current. Audited as COMBINE.
   */
  mergeEntities: MergeRecord;
  removeFromCase: Case;
  /** Keeps a record for another review period. Supervisors only; the justification is audited. */
  retainPerson: Entity;
  /**
   * Saves a chart: a new one without `id` (in `input.caseId`), otherwise over the chart `id`, whose
   * stored version must still be `expectedVersion` unless `overwrite` is set. Entities and links
   * the saver may not see stay on the chart as they were.
   */
  saveChart: SavedChart;
  /** Opens, refers or closes a case. Closing dates it, which starts its members' retention clocks. */
  setCaseStatus: Case;
  /** Takes need-to-know of the case from a user (audited). Supervisors and administrators only. */
  unassignCase: Case;
  /** Undoes a merge exactly, unless the survivor changed since (merge/survivor_changed). */
  undoMerge: UndoMergeResult;
  /**
   * Lets a throttled account sign in again at once, and the client address too if given (as the
   * server sees it, e.g. 203.0.113.7; an IPv6 address stands for its /64). Administrators only.
   */
  unlockSignIn: Scalars['Boolean']['output'];
  updateEntity: Entity;
  updateLink: Link;
};


export type MutationAddToCaseArgs = {
  caseId: Scalars['ID']['input'];
  entityIds: Array<Scalars['ID']['input']>;
};


export type MutationAssignCaseArgs = {
  caseId: Scalars['ID']['input'];
  username: Scalars['String']['input'];
};


export type MutationChangePasswordArgs = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};


export type MutationCreateCaseArgs = {
  input: CreateCaseInput;
};


export type MutationCreateEntityArgs = {
  input: CreateEntityInput;
};


export type MutationCreateLinkArgs = {
  input: CreateLinkInput;
};


export type MutationDeleteChartArgs = {
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
};


export type MutationErasePersonArgs = {
  id: Scalars['ID']['input'];
  justification: Scalars['String']['input'];
};


export type MutationExportChartArgs = {
  input: ChartExportInput;
};


export type MutationLoginArgs = {
  password: Scalars['String']['input'];
  username: Scalars['String']['input'];
};


export type MutationMarkDistinctArgs = {
  aId: Scalars['ID']['input'];
  bId: Scalars['ID']['input'];
};


export type MutationMergeEntitiesArgs = {
  absorbId: Scalars['ID']['input'];
  absorbVersion: Scalars['Int']['input'];
  keepId: Scalars['ID']['input'];
  keepVersion: Scalars['Int']['input'];
};


export type MutationRemoveFromCaseArgs = {
  caseId: Scalars['ID']['input'];
  entityIds: Array<Scalars['ID']['input']>;
};


export type MutationRetainPersonArgs = {
  id: Scalars['ID']['input'];
  justification: Scalars['String']['input'];
};


export type MutationSaveChartArgs = {
  expectedVersion?: InputMaybe<Scalars['Int']['input']>;
  id?: InputMaybe<Scalars['ID']['input']>;
  input: ChartInput;
  overwrite?: InputMaybe<Scalars['Boolean']['input']>;
};


export type MutationSetCaseStatusArgs = {
  caseId: Scalars['ID']['input'];
  status: CaseStatus;
};


export type MutationUnassignCaseArgs = {
  caseId: Scalars['ID']['input'];
  username: Scalars['String']['input'];
};


export type MutationUndoMergeArgs = {
  mergeId: Scalars['ID']['input'];
};


export type MutationUnlockSignInArgs = {
  address?: InputMaybe<Scalars['String']['input']>;
  username: Scalars['String']['input'];
};


export type MutationUpdateEntityArgs = {
  input: UpdateEntityInput;
};


export type MutationUpdateLinkArgs = {
  input: UpdateLinkInput;
};

export type Organization = Entity & {
  __typename?: 'Organization';
  aliases: Array<Scalars['String']['output']>;
  country?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  labelArgs: Array<Maybe<Scalars['String']['output']>>;
  labelKey?: Maybe<Scalars['String']['output']>;
  linkCount: Scalars['Int']['output'];
  links: LinkConnection;
  name: Scalars['String']['output'];
  orgType: OrganizationType;
  provenance: Provenance;
  registrationNumber?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};


export type OrganizationLinksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<LinkKind>>;
};

export type OrganizationFieldsInput = {
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  country?: InputMaybe<Scalars['String']['input']>;
  orgType?: InputMaybe<OrganizationType>;
  registrationNumber?: InputMaybe<Scalars['String']['input']>;
};

export type OrganizationType =
  | 'COMPANY'
  | 'CRIMINAL_GROUP'
  | 'INSTITUTION'
  | 'NGO'
  /** Another type, or one the record does not say (a FollowTheMoney Organization or LegalEntity). */
  | 'OTHER';

/**
 * Where a page of a list ends. Every list that can grow pages the same way: `first` items `after`
 * the `endCursor` of the page before, with a `totalCount` of what the viewer may see and nothing
 * else (a hidden record is not counted, exactly as a missing one).
 */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` for the next page; null for an empty first page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when another page follows this one. */
  hasNextPage: Scalars['Boolean']['output'];
};

export type Path = {
  __typename?: 'Path';
  length: Scalars['Int']['output'];
  links: Array<Link>;
  nodes: Array<Entity>;
};

export type Person = Entity & {
  __typename?: 'Person';
  aliases: Array<Scalars['String']['output']>;
  category: PersonCategory;
  dateOfBirth?: Maybe<Scalars['Date']['output']>;
  firstName?: Maybe<Scalars['String']['output']>;
  gender?: Maybe<Gender>;
  id: Scalars['ID']['output'];
  identifiers: Array<Scalars['String']['output']>;
  kind: EntityKind;
  labelArgs: Array<Maybe<Scalars['String']['output']>>;
  labelKey?: Maybe<Scalars['String']['output']>;
  lastName?: Maybe<Scalars['String']['output']>;
  linkCount: Scalars['Int']['output'];
  links: LinkConnection;
  /** Under 18 today, from the date of birth. */
  minor: Scalars['Boolean']['output'];
  /** Under 18 when the record became valid (validFrom), from the date of birth. */
  minorWhenRecorded: Scalars['Boolean']['output'];
  name: Scalars['String']['output'];
  nationality?: Maybe<Scalars['String']['output']>;
  /** A victim, potential victim or minor: shown under a stable pseudonym unless revealed. */
  protected: Scalars['Boolean']['output'];
  provenance: Provenance;
  /** True when name, aliases, identifiers and date of birth were withheld from this response. */
  pseudonymised: Scalars['Boolean']['output'];
  version: Scalars['Int']['output'];
};


export type PersonLinksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<LinkKind>>;
};

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
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  category?: InputMaybe<PersonCategory>;
  dateOfBirth?: InputMaybe<Scalars['Date']['input']>;
  firstName?: InputMaybe<Scalars['String']['input']>;
  gender?: InputMaybe<Gender>;
  identifiers?: InputMaybe<Array<Scalars['String']['input']>>;
  lastName?: InputMaybe<Scalars['String']['input']>;
  nationality?: InputMaybe<Scalars['String']['input']>;
};

export type Phone = Entity & {
  __typename?: 'Phone';
  id: Scalars['ID']['output'];
  imei?: Maybe<Scalars['String']['output']>;
  kind: EntityKind;
  labelArgs: Array<Maybe<Scalars['String']['output']>>;
  labelKey?: Maybe<Scalars['String']['output']>;
  linkCount: Scalars['Int']['output'];
  links: LinkConnection;
  name: Scalars['String']['output'];
  /** E.164; null for a phone known only by a subscriber id (an anonymised or operator export) */
  number?: Maybe<Scalars['String']['output']>;
  provenance: Provenance;
  /** An operator's or an anonymised export's id for the line when the number is not known; it names the line only within its file */
  subscriberId?: Maybe<Scalars['String']['output']>;
  version: Scalars['Int']['output'];
};


export type PhoneLinksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<LinkKind>>;
};

export type PhoneFieldsInput = {
  imei?: InputMaybe<Scalars['String']['input']>;
  number?: InputMaybe<Scalars['String']['input']>;
};

/** Where a fact comes from and how far it can be trusted. */
export type Provenance = {
  __typename?: 'Provenance';
  /** NATO Admiralty information credibility: 1 confirmed … 6 cannot be judged. */
  credibility: Scalars['Int']['output'];
  /** Reliability and credibility together, e.g. B2. */
  grading: Scalars['String']['output'];
  handling: HandlingCode;
  recordedAt: Scalars['DateTime']['output'];
  recordedBy: Scalars['String']['output'];
  reliability: Reliability;
  sources: Array<Source>;
  validFrom?: Maybe<Scalars['Date']['output']>;
  validTo?: Maybe<Scalars['Date']['output']>;
};

export type ProvenanceInput = {
  credibility: Scalars['Int']['input'];
  handling: HandlingCode;
  reliability: Reliability;
  sourceIds: Array<Scalars['ID']['input']>;
  validFrom?: InputMaybe<Scalars['Date']['input']>;
  validTo?: InputMaybe<Scalars['Date']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /** Active accounts a case can be assigned to. Supervisors and administrators only. */
  assignableUsers: Array<User>;
  /** Recomputes the hash chain. Supervisors and administrators only. */
  auditChain: AuditChainCheck;
  /** Newest first. Supervisors and administrators only. */
  auditEntries: Array<AuditEntry>;
  /**
   * The cases the viewer holds (every case, for a supervisor), newest first; 50 a page, at most 200.
   * Filters: status, offence (one of `offences`), the year opened, and `assignedToMe` (only cases
   * assigned to the viewer: for a supervisor, their own rather than every case).
   */
  cases: CaseConnection;
  chart: SavedChart;
  /** Saved charts of the cases the viewer holds (of one case, if named), last saved first. */
  charts: ChartConnection;
  /**
   * Candidate duplicates the viewer can see, best first: of one kind (Person or Organization,
   * default Person), optionally with at least one of the pair in a case. Victims, potential
   * victims, minors and informants are never proposed; pairs marked distinct are not proposed again.
   * Investigators and supervisors.
   */
  duplicateCandidates: Array<DuplicateCandidate>;
  /** One entity by id; fails with entity/not_found. */
  entity: Entity;
  /**
   * Neighbours of the given entities up to depth 1–3, following only the given link kinds
   * (default: all but PART_OF_CASE) whose validity or date falls in the window. A Case always
   * brings its members (PART_OF_CASE from the case's end), whatever the kinds; from a member to
   * its cases membership is followed only when PART_OF_CASE is asked.
   */
  expand: Subgraph;
  /** Liveness of the API and its database. */
  health: Health;
  /**
   * Links touching any of `ids` (1–500), only those to `others` when given (at most 20 000): the
   * ties of entities to what a chart holds, or every call between two phones. Newest first; 100 a
   * page, at most 500. An id the viewer may not see has no links, as an unknown one.
   */
  links: LinkConnection;
  /** The signed-in user, or null. */
  me?: Maybe<User>;
  /**
   * Shortest paths between two entities, at most maxHops (1–6) links long, along the given link
   * kinds (default: all but PART_OF_CASE). `throughCases` lets them go through case membership as
   * well (two members of a case are two links apart through it).
   */
  paths: Array<Path>;
  /** Merges that can still be undone, newest first, whose survivor the viewer sees. */
  recentMerges: Array<MergeRecord>;
  /** Records due for review or erasure today. Supervisors only. */
  retentionDue: RetentionDue;
  retentionPolicy: Array<RetentionRule>;
  /**
   * The identity behind a pseudonymised person. Needs the VICTIM_IDENTITY clearance and a stated
   * justification (10–500 characters), which is written to the audit trail.
   */
  revealIdentity: Person;
  /**
   * Full-text search over names, aliases, numbers and identifiers, tolerant of Albanian,
   * Serbian Latin and Serbian Cyrillic spellings. 1–200 characters. 25 hits a page, at most 100.
   */
  search: SearchResult;
  /** How one can sign in here; asked before signing in. */
  signInOptions: SignInOptions;
  /** Yearly figures across all cases. Analysts, supervisors and administrators; at most 30 years. */
  yearlyFigures: Array<YearFigures>;
};


export type QueryAuditEntriesArgs = {
  beforeSeq?: InputMaybe<Scalars['Int']['input']>;
  filter?: InputMaybe<AuditFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCasesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  assignedToMe?: InputMaybe<Scalars['Boolean']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offence?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<CaseStatus>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryChartArgs = {
  id: Scalars['ID']['input'];
};


export type QueryChartsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  caseId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryDuplicateCandidatesArgs = {
  caseId?: InputMaybe<Scalars['ID']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<EntityKind>;
  minScore?: InputMaybe<Scalars['Float']['input']>;
};


export type QueryEntityArgs = {
  id: Scalars['ID']['input'];
};


export type QueryExpandArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  ids: Array<Scalars['ID']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  linkKinds?: InputMaybe<Array<LinkKind>>;
  window?: InputMaybe<TimeWindow>;
};


export type QueryLinksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  ids: Array<Scalars['ID']['input']>;
  kinds?: InputMaybe<Array<LinkKind>>;
  others?: InputMaybe<Array<Scalars['ID']['input']>>;
};


export type QueryPathsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  fromId: Scalars['ID']['input'];
  linkKinds?: InputMaybe<Array<LinkKind>>;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  throughCases?: InputMaybe<Scalars['Boolean']['input']>;
  toId: Scalars['ID']['input'];
};


export type QueryRecentMergesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRetentionDueArgs = {
  action?: InputMaybe<RetentionAction>;
  first?: InputMaybe<Scalars['Int']['input']>;
  offset?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryRevealIdentityArgs = {
  id: Scalars['ID']['input'];
  justification: Scalars['String']['input'];
};


export type QuerySearchArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityKind>>;
  text: Scalars['String']['input'];
};


export type QueryYearlyFiguresArgs = {
  fromYear: Scalars['Int']['input'];
  toYear: Scalars['Int']['input'];
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

export type RetentionDue = {
  __typename?: 'RetentionDue';
  erase: Scalars['Int']['output'];
  items: Array<RetentionItem>;
  /** How many records are due for review and for erasure in all. */
  review: Scalars['Int']['output'];
};

/** A record due for a retention decision (LED 2016/680 Art. 5). */
export type RetentionItem = {
  __typename?: 'RetentionItem';
  action: RetentionAction;
  caseCount: Scalars['Int']['output'];
  dueOn: Scalars['Date']['output'];
  /** The last closure among the person's cases; the erasure clock runs from it. */
  lastClosedOn?: Maybe<Scalars['Date']['output']>;
  person: Entity;
};

/** Time limits for one data-subject category, in years. */
export type RetentionRule = {
  __typename?: 'RetentionRule';
  category: PersonCategory;
  eraseAfterClosureYears: Scalars['Int']['output'];
  eraseWithoutCaseYears: Scalars['Int']['output'];
  reviewYears: Scalars['Int']['output'];
};

export type Role =
  | 'ADMINISTRATOR'
  | 'ANALYST'
  | 'INTERNATIONAL_OFFICER'
  | 'INVESTIGATOR'
  | 'PROSECUTOR'
  | 'SUPERVISOR';

/**
 * A chart saved in a case, as the viewer may see it: entities and links they may not see are left
 * out, and so is any mention of them in the view state (their ids) or in the annotations pinned to
 * them. Everyone who holds the case reads it; a chart of a case the viewer does not hold is
 * `chart/not_found`, as a missing one.
 */
export type SavedChart = {
  __typename?: 'SavedChart';
  annotations: Array<ChartAnnotation>;
  caseId: Scalars['ID']['output'];
  caseNumber: Scalars['String']['output'];
  createdAt: Scalars['DateTime']['output'];
  createdBy: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  links: Array<Link>;
  name: Scalars['String']['output'];
  nodes: Array<ChartEntity>;
  notes: Scalars['String']['output'];
  savedAt: Scalars['DateTime']['output'];
  savedBy: Scalars['String']['output'];
  /** Raised by every save; a save naming an older one is refused (`chart/version_conflict`). */
  version: Scalars['Int']['output'];
  /** The chart's view (hidden kinds, groups, layout, formatting) as the client stored it, in JSON. */
  view?: Maybe<Scalars['String']['output']>;
  viewport?: Maybe<ChartViewport>;
};

export type SearchHit = {
  __typename?: 'SearchHit';
  entity: Entity;
  score: Scalars['Float']['output'];
};

/** A page of hits, best first; `totalCount` counts only hits the viewer may see. */
export type SearchResult = {
  __typename?: 'SearchResult';
  /** True when more than 1000 hits match: only the best 1000 are ranked and paged; narrow the search. */
  capped: Scalars['Boolean']['output'];
  /** @deprecated Use nodes. */
  hits: Array<SearchHit>;
  nodes: Array<SearchHit>;
  pageInfo: PageInfo;
  /** @deprecated Use totalCount. */
  total: Scalars['Int']['output'];
  /** Hits the viewer may see, counted up to 1000. */
  totalCount: Scalars['Int']['output'];
};

export type SignInOptions = {
  __typename?: 'SignInOptions';
  /** Label of the single sign-on button (start at /auth/oidc/login); null without a provider. */
  singleSignOn?: Maybe<Scalars['String']['output']>;
};

export type Source = Entity & {
  __typename?: 'Source';
  date?: Maybe<Scalars['Date']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  kind: EntityKind;
  labelArgs: Array<Maybe<Scalars['String']['output']>>;
  labelKey?: Maybe<Scalars['String']['output']>;
  linkCount: Scalars['Int']['output'];
  links: LinkConnection;
  name: Scalars['String']['output'];
  provenance: Provenance;
  reference?: Maybe<Scalars['String']['output']>;
  sourceType: SourceType;
  version: Scalars['Int']['output'];
};


export type SourceLinksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<LinkKind>>;
};

export type SourceFieldsInput = {
  date?: InputMaybe<Scalars['Date']['input']>;
  description?: InputMaybe<Scalars['String']['input']>;
  reference?: InputMaybe<Scalars['String']['input']>;
  sourceType?: InputMaybe<SourceType>;
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

/**
 * A published count. Counts from 1 to 4 are withheld (count null, suppressed true), and so is a
 * second cell of a breakdown where one alone could be worked out from the total.
 */
export type StatCell = {
  __typename?: 'StatCell';
  count?: Maybe<Scalars['Int']['output']>;
  key: Scalars['String']['output'];
  suppressed: Scalars['Boolean']['output'];
};

export type Subgraph = {
  __typename?: 'Subgraph';
  /** Pairs with more links (of the kinds and window asked) than the expansion brings. */
  cutPairs: Array<LinkPair>;
  links: Array<Link>;
  nodes: Array<Entity>;
  /** True when the node limit cut the expansion short. */
  truncated: Scalars['Boolean']['output'];
};

export type TimeWindow = {
  from?: InputMaybe<Scalars['Date']['input']>;
  to?: InputMaybe<Scalars['Date']['input']>;
};

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

export type UndoMergeResult = {
  __typename?: 'UndoMergeResult';
  /** The merge id. */
  id: Scalars['ID']['output'];
  restored: Entity;
  survivor: Entity;
};

/** Only the fields given change; a field given as null is cleared. */
export type UpdateEntityInput = {
  asset?: InputMaybe<AssetFieldsInput>;
  event?: InputMaybe<EventFieldsInput>;
  expectedVersion: Scalars['Int']['input'];
  id: Scalars['ID']['input'];
  location?: InputMaybe<LocationFieldsInput>;
  name?: InputMaybe<Scalars['String']['input']>;
  organization?: InputMaybe<OrganizationFieldsInput>;
  person?: InputMaybe<PersonFieldsInput>;
  phone?: InputMaybe<PhoneFieldsInput>;
  provenance?: InputMaybe<ProvenanceInput>;
  source?: InputMaybe<SourceFieldsInput>;
};

export type UpdateLinkInput = {
  expectedVersion: Scalars['Int']['input'];
  fields?: InputMaybe<LinkFieldsInput>;
  id: Scalars['ID']['input'];
  provenance?: InputMaybe<ProvenanceInput>;
};

export type User = {
  __typename?: 'User';
  clearances: Array<Clearance>;
  displayName: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  roles: Array<Role>;
  username: Scalars['String']['output'];
};

/** One year across every case of the directorate: counts only, no personal details. */
export type YearFigures = {
  __typename?: 'YearFigures';
  arrests: StatCell;
  convictions: StatCell;
  /** Cases opened. */
  investigations: StatCell;
  /** Victims under 18 when identified. */
  minorVictims: StatCell;
  prosecutions: StatCell;
  /** Victims identified (by the date their status was recorded as valid from). */
  victims: StatCell;
  victimsByForm: Array<StatCell>;
  victimsByGender: Array<StatCell>;
  year: Scalars['Int']['output'];
};

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  Asset: ResolverTypeWrapper<EntityModel>;
  AssetFieldsInput: AssetFieldsInput;
  AssetType: AssetType;
  AuditAction: AuditAction;
  AuditChainCheck: ResolverTypeWrapper<AuditChainCheck>;
  AuditEntry: ResolverTypeWrapper<AuditEntryModel>;
  AuditFilter: AuditFilter;
  AuditOutcome: AuditOutcome;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Case: ResolverTypeWrapper<EntityModel>;
  CaseAssignment: ResolverTypeWrapper<Omit<CaseAssignment, 'user'> & { user: ResolversTypes['User'] }>;
  CaseConnection: ResolverTypeWrapper<EntityPage>;
  CaseStatus: CaseStatus;
  ChartAnnotation: ResolverTypeWrapper<ChartAnnotation>;
  ChartAnnotationInput: ChartAnnotationInput;
  ChartConnection: ResolverTypeWrapper<ChartPage>;
  ChartEntity: ResolverTypeWrapper<Omit<ChartEntity, 'entity'> & { entity: ResolversTypes['Entity'] }>;
  ChartEntityInput: ChartEntityInput;
  ChartExport: ResolverTypeWrapper<ChartExport>;
  ChartExportFormat: ChartExportFormat;
  ChartExportInput: ChartExportInput;
  ChartInput: ChartInput;
  ChartNodePosition: ChartNodePosition;
  ChartSummary: ResolverTypeWrapper<ChartSummaryModel>;
  ChartViewport: ResolverTypeWrapper<ChartViewport>;
  ChartViewportInput: ChartViewportInput;
  Clearance: Clearance;
  CreateCaseInput: CreateCaseInput;
  CreateEntityInput: CreateEntityInput;
  CreateLinkInput: CreateLinkInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  DistinctDecision: ResolverTypeWrapper<DistinctDecision>;
  DuplicateCandidate: ResolverTypeWrapper<Omit<DuplicateCandidate, 'a' | 'b'> & { a: ResolversTypes['Entity'], b: ResolversTypes['Entity'] }>;
  Entity: ResolverTypeWrapper<EntityModel>;
  EntityConnection: ResolverTypeWrapper<EntityPage>;
  EntityKind: EntityKind;
  ErasureReport: ResolverTypeWrapper<ErasureReport>;
  Event: ResolverTypeWrapper<EntityModel>;
  EventFieldsInput: EventFieldsInput;
  EventType: EventType;
  ExploitationForm: ExploitationForm;
  ExportSkip: ResolverTypeWrapper<ExportSkip>;
  FamilyRelation: FamilyRelation;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Gender: Gender;
  GeoPoint: ResolverTypeWrapper<GeoPoint>;
  GeoPointInput: GeoPointInput;
  HandlingCode: HandlingCode;
  Health: ResolverTypeWrapper<Health>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  Link: ResolverTypeWrapper<LinkModel>;
  LinkConnection: ResolverTypeWrapper<LinkPage>;
  LinkFieldsInput: LinkFieldsInput;
  LinkKind: LinkKind;
  LinkPair: ResolverTypeWrapper<LinkPair>;
  Location: ResolverTypeWrapper<EntityModel>;
  LocationFieldsInput: LocationFieldsInput;
  LocationType: LocationType;
  MatchReason: ResolverTypeWrapper<MatchReason>;
  MatchReasonCode: MatchReasonCode;
  MeansOfControl: MeansOfControl;
  MergeRecord: ResolverTypeWrapper<Omit<MergeRecord, 'survivor'> & { survivor: ResolversTypes['Entity'] }>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Organization: ResolverTypeWrapper<EntityModel>;
  OrganizationFieldsInput: OrganizationFieldsInput;
  OrganizationType: OrganizationType;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  Path: ResolverTypeWrapper<SubgraphPathModel>;
  Person: ResolverTypeWrapper<EntityModel>;
  PersonCategory: PersonCategory;
  PersonFieldsInput: PersonFieldsInput;
  Phone: ResolverTypeWrapper<EntityModel>;
  PhoneFieldsInput: PhoneFieldsInput;
  Provenance: ResolverTypeWrapper<ProvenanceModel>;
  ProvenanceInput: ProvenanceInput;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  RecruitmentMethod: RecruitmentMethod;
  Reliability: Reliability;
  RetentionAction: RetentionAction;
  RetentionDue: ResolverTypeWrapper<Omit<RetentionDue, 'items'> & { items: Array<ResolversTypes['RetentionItem']> }>;
  RetentionItem: ResolverTypeWrapper<Omit<RetentionItem, 'person'> & { person: ResolversTypes['Entity'] }>;
  RetentionRule: ResolverTypeWrapper<RetentionRule>;
  Role: Role;
  SavedChart: ResolverTypeWrapper<ChartModel>;
  SearchHit: ResolverTypeWrapper<SearchHitModel>;
  SearchResult: ResolverTypeWrapper<SearchPage>;
  SignInOptions: ResolverTypeWrapper<SignInOptions>;
  Source: ResolverTypeWrapper<EntityModel>;
  SourceFieldsInput: SourceFieldsInput;
  SourceType: SourceType;
  Stage: Stage;
  StatCell: ResolverTypeWrapper<StatCell>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Subgraph: ResolverTypeWrapper<SubgraphModel>;
  TimeWindow: TimeWindow;
  TraffickingRole: TraffickingRole;
  UndoMergeResult: ResolverTypeWrapper<Omit<UndoMergeResult, 'restored' | 'survivor'> & { restored: ResolversTypes['Entity'], survivor: ResolversTypes['Entity'] }>;
  UpdateEntityInput: UpdateEntityInput;
  UpdateLinkInput: UpdateLinkInput;
  User: ResolverTypeWrapper<UserModel>;
  YearFigures: ResolverTypeWrapper<YearFigures>;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  Asset: EntityModel;
  AssetFieldsInput: AssetFieldsInput;
  AuditChainCheck: AuditChainCheck;
  AuditEntry: AuditEntryModel;
  AuditFilter: AuditFilter;
  Boolean: Scalars['Boolean']['output'];
  Case: EntityModel;
  CaseAssignment: Omit<CaseAssignment, 'user'> & { user: ResolversParentTypes['User'] };
  CaseConnection: EntityPage;
  ChartAnnotation: ChartAnnotation;
  ChartAnnotationInput: ChartAnnotationInput;
  ChartConnection: ChartPage;
  ChartEntity: Omit<ChartEntity, 'entity'> & { entity: ResolversParentTypes['Entity'] };
  ChartEntityInput: ChartEntityInput;
  ChartExport: ChartExport;
  ChartExportInput: ChartExportInput;
  ChartInput: ChartInput;
  ChartNodePosition: ChartNodePosition;
  ChartSummary: ChartSummaryModel;
  ChartViewport: ChartViewport;
  ChartViewportInput: ChartViewportInput;
  CreateCaseInput: CreateCaseInput;
  CreateEntityInput: CreateEntityInput;
  CreateLinkInput: CreateLinkInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  DistinctDecision: DistinctDecision;
  DuplicateCandidate: Omit<DuplicateCandidate, 'a' | 'b'> & { a: ResolversParentTypes['Entity'], b: ResolversParentTypes['Entity'] };
  Entity: EntityModel;
  EntityConnection: EntityPage;
  ErasureReport: ErasureReport;
  Event: EntityModel;
  EventFieldsInput: EventFieldsInput;
  ExportSkip: ExportSkip;
  Float: Scalars['Float']['output'];
  GeoPoint: GeoPoint;
  GeoPointInput: GeoPointInput;
  Health: Health;
  ID: Scalars['ID']['output'];
  Int: Scalars['Int']['output'];
  Link: LinkModel;
  LinkConnection: LinkPage;
  LinkFieldsInput: LinkFieldsInput;
  LinkPair: LinkPair;
  Location: EntityModel;
  LocationFieldsInput: LocationFieldsInput;
  MatchReason: MatchReason;
  MergeRecord: Omit<MergeRecord, 'survivor'> & { survivor: ResolversParentTypes['Entity'] };
  Mutation: Record<PropertyKey, never>;
  Organization: EntityModel;
  OrganizationFieldsInput: OrganizationFieldsInput;
  PageInfo: PageInfo;
  Path: SubgraphPathModel;
  Person: EntityModel;
  PersonFieldsInput: PersonFieldsInput;
  Phone: EntityModel;
  PhoneFieldsInput: PhoneFieldsInput;
  Provenance: ProvenanceModel;
  ProvenanceInput: ProvenanceInput;
  Query: Record<PropertyKey, never>;
  RetentionDue: Omit<RetentionDue, 'items'> & { items: Array<ResolversParentTypes['RetentionItem']> };
  RetentionItem: Omit<RetentionItem, 'person'> & { person: ResolversParentTypes['Entity'] };
  RetentionRule: RetentionRule;
  SavedChart: ChartModel;
  SearchHit: SearchHitModel;
  SearchResult: SearchPage;
  SignInOptions: SignInOptions;
  Source: EntityModel;
  SourceFieldsInput: SourceFieldsInput;
  StatCell: StatCell;
  String: Scalars['String']['output'];
  Subgraph: SubgraphModel;
  TimeWindow: TimeWindow;
  UndoMergeResult: Omit<UndoMergeResult, 'restored' | 'survivor'> & { restored: ResolversParentTypes['Entity'], survivor: ResolversParentTypes['Entity'] };
  UpdateEntityInput: UpdateEntityInput;
  UpdateLinkInput: UpdateLinkInput;
  User: UserModel;
  YearFigures: YearFigures;
}>;

export type AssetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Asset'] = ResolversParentTypes['Asset']> = ResolversObject<{
  assetType?: Resolver<ResolversTypes['AssetType'], ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifier?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  labelArgs?: Resolver<Array<Maybe<ResolversTypes['String']>>, ParentType, ContextType>;
  labelKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  linkCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  links?: Resolver<ResolversTypes['LinkConnection'], ParentType, ContextType, RequireFields<AssetLinksArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type AuditChainCheckResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditChainCheck'] = ResolversParentTypes['AuditChainCheck']> = ResolversObject<{
  entries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  firstBadSeq?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AuditEntryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEntry'] = ResolversParentTypes['AuditEntry']> = ResolversObject<{
  action?: Resolver<ResolversTypes['AuditAction'], ParentType, ContextType>;
  actor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  caseId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  detail?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entityIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  justification?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  operation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['AuditOutcome'], ParentType, ContextType>;
  personIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  seq?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type CaseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Case'] = ResolversParentTypes['Case']> = ResolversObject<{
  assignees?: Resolver<Array<ResolversTypes['CaseAssignment']>, ParentType, ContextType>;
  caseNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  closedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  labelArgs?: Resolver<Array<Maybe<ResolversTypes['String']>>, ParentType, ContextType>;
  labelKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  linkCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  links?: Resolver<ResolversTypes['LinkConnection'], ParentType, ContextType, RequireFields<CaseLinksArgs, 'first'>>;
  memberCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['EntityConnection'], ParentType, ContextType, RequireFields<CaseMembersArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  offence?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  openedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CaseStatus'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type CaseAssignmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseAssignment'] = ResolversParentTypes['CaseAssignment']> = ResolversObject<{
  at?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  by?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  user?: Resolver<ResolversTypes['User'], ParentType, ContextType>;
}>;

export type CaseConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CaseConnection'] = ResolversParentTypes['CaseConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Case']>, ParentType, ContextType>;
  offences?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  years?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type ChartAnnotationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChartAnnotation'] = ResolversParentTypes['ChartAnnotation']> = ResolversObject<{
  entityId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  x?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  y?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ChartConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChartConnection'] = ResolversParentTypes['ChartConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['ChartSummary']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ChartEntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChartEntity'] = ResolversParentTypes['ChartEntity']> = ResolversObject<{
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  x?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  y?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type ChartExportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChartExport'] = ResolversParentTypes['ChartExport']> = ResolversObject<{
  content?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entityCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  fileName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  format?: Resolver<ResolversTypes['ChartExportFormat'], ParentType, ContextType>;
  linkCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mimeType?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  restricted?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  skipped?: Resolver<Array<ResolversTypes['ExportSkip']>, ParentType, ContextType>;
}>;

export type ChartSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChartSummary'] = ResolversParentTypes['ChartSummary']> = ResolversObject<{
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  caseNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  savedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  savedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ChartViewportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ChartViewport'] = ResolversParentTypes['ChartViewport']> = ResolversObject<{
  panX?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  panY?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  zoom?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DistinctDecisionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DistinctDecision'] = ResolversParentTypes['DistinctDecision']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type DuplicateCandidateResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DuplicateCandidate'] = ResolversParentTypes['DuplicateCandidate']> = ResolversObject<{
  a?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  b?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  reasons?: Resolver<Array<ResolversTypes['MatchReason']>, ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type EntityResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Entity'] = ResolversParentTypes['Entity']> = ResolversObject<{
  __resolveType: TypeResolveFn<'Asset' | 'Case' | 'Event' | 'Location' | 'Organization' | 'Person' | 'Phone' | 'Source', ParentType, ContextType>;
}>;

export type EntityConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['EntityConnection'] = ResolversParentTypes['EntityConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type ErasureReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ErasureReport'] = ResolversParentTypes['ErasureReport']> = ResolversObject<{
  erasedIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  redactedAuditEntries?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  redactedRecords?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type EventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Event'] = ResolversParentTypes['Event']> = ResolversObject<{
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  eventType?: Resolver<ResolversTypes['EventType'], ParentType, ContextType>;
  exploitationForm?: Resolver<Maybe<ResolversTypes['ExploitationForm']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  labelArgs?: Resolver<Array<Maybe<ResolversTypes['String']>>, ParentType, ContextType>;
  labelKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  linkCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  links?: Resolver<ResolversTypes['LinkConnection'], ParentType, ContextType, RequireFields<EventLinksArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  stage?: Resolver<Maybe<ResolversTypes['Stage']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ExportSkipResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ExportSkip'] = ResolversParentTypes['ExportSkip']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  what?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type GeoPointResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GeoPoint'] = ResolversParentTypes['GeoPoint']> = ResolversObject<{
  lat?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  lon?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type HealthResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Health'] = ResolversParentTypes['Health']> = ResolversObject<{
  database?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type LinkResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Link'] = ResolversParentTypes['Link']> = ResolversObject<{
  amount?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  at?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  currency?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  durationSeconds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  exploitationForm?: Resolver<Maybe<ResolversTypes['ExploitationForm']>, ParentType, ContextType>;
  from?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  fromId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['LinkKind'], ParentType, ContextType>;
  meansOfControl?: Resolver<Array<ResolversTypes['MeansOfControl']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  recruitmentMethod?: Resolver<Maybe<ResolversTypes['RecruitmentMethod']>, ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  relation?: Resolver<Maybe<ResolversTypes['FamilyRelation']>, ParentType, ContextType>;
  role?: Resolver<Maybe<ResolversTypes['TraffickingRole']>, ParentType, ContextType>;
  sharePercent?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  stage?: Resolver<Maybe<ResolversTypes['Stage']>, ParentType, ContextType>;
  to?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  toId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LinkConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LinkConnection'] = ResolversParentTypes['LinkConnection']> = ResolversObject<{
  nodes?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LinkPairResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LinkPair'] = ResolversParentTypes['LinkPair']> = ResolversObject<{
  aId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  bId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  shown?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type LocationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Location'] = ResolversParentTypes['Location']> = ResolversObject<{
  address?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  labelArgs?: Resolver<Array<Maybe<ResolversTypes['String']>>, ParentType, ContextType>;
  labelKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  linkCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  links?: Resolver<ResolversTypes['LinkConnection'], ParentType, ContextType, RequireFields<LocationLinksArgs, 'first'>>;
  locType?: Resolver<ResolversTypes['LocationType'], ParentType, ContextType>;
  municipality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  point?: Resolver<Maybe<ResolversTypes['GeoPoint']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type MatchReasonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchReason'] = ResolversParentTypes['MatchReason']> = ResolversObject<{
  code?: Resolver<ResolversTypes['MatchReasonCode'], ParentType, ContextType>;
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type MergeRecordResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MergeRecord'] = ResolversParentTypes['MergeRecord']> = ResolversObject<{
  absorbedId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  absorbedName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  mergedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  mergedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  movedLinks?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  survivor?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  _empty?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  addToCase?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationAddToCaseArgs, 'caseId' | 'entityIds'>>;
  assignCase?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationAssignCaseArgs, 'caseId' | 'username'>>;
  changePassword?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationChangePasswordArgs, 'currentPassword' | 'newPassword'>>;
  createCase?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationCreateCaseArgs, 'input'>>;
  createEntity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<MutationCreateEntityArgs, 'input'>>;
  createLink?: Resolver<ResolversTypes['Link'], ParentType, ContextType, RequireFields<MutationCreateLinkArgs, 'input'>>;
  deleteChart?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationDeleteChartArgs, 'expectedVersion' | 'id'>>;
  erasePerson?: Resolver<ResolversTypes['ErasureReport'], ParentType, ContextType, RequireFields<MutationErasePersonArgs, 'id' | 'justification'>>;
  exportChart?: Resolver<ResolversTypes['ChartExport'], ParentType, ContextType, RequireFields<MutationExportChartArgs, 'input'>>;
  login?: Resolver<ResolversTypes['User'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'password' | 'username'>>;
  logout?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  markDistinct?: Resolver<ResolversTypes['DistinctDecision'], ParentType, ContextType, RequireFields<MutationMarkDistinctArgs, 'aId' | 'bId'>>;
  mergeEntities?: Resolver<ResolversTypes['MergeRecord'], ParentType, ContextType, RequireFields<MutationMergeEntitiesArgs, 'absorbId' | 'absorbVersion' | 'keepId' | 'keepVersion'>>;
  removeFromCase?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationRemoveFromCaseArgs, 'caseId' | 'entityIds'>>;
  retainPerson?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<MutationRetainPersonArgs, 'id' | 'justification'>>;
  saveChart?: Resolver<ResolversTypes['SavedChart'], ParentType, ContextType, RequireFields<MutationSaveChartArgs, 'input' | 'overwrite'>>;
  setCaseStatus?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationSetCaseStatusArgs, 'caseId' | 'status'>>;
  unassignCase?: Resolver<ResolversTypes['Case'], ParentType, ContextType, RequireFields<MutationUnassignCaseArgs, 'caseId' | 'username'>>;
  undoMerge?: Resolver<ResolversTypes['UndoMergeResult'], ParentType, ContextType, RequireFields<MutationUndoMergeArgs, 'mergeId'>>;
  unlockSignIn?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType, RequireFields<MutationUnlockSignInArgs, 'username'>>;
  updateEntity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<MutationUpdateEntityArgs, 'input'>>;
  updateLink?: Resolver<ResolversTypes['Link'], ParentType, ContextType, RequireFields<MutationUpdateLinkArgs, 'input'>>;
}>;

export type OrganizationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Organization'] = ResolversParentTypes['Organization']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  country?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  labelArgs?: Resolver<Array<Maybe<ResolversTypes['String']>>, ParentType, ContextType>;
  labelKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  linkCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  links?: Resolver<ResolversTypes['LinkConnection'], ParentType, ContextType, RequireFields<OrganizationLinksArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  orgType?: Resolver<ResolversTypes['OrganizationType'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  registrationNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type PathResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Path'] = ResolversParentTypes['Path']> = ResolversObject<{
  length?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
}>;

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  category?: Resolver<ResolversTypes['PersonCategory'], ParentType, ContextType>;
  dateOfBirth?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  firstName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  gender?: Resolver<Maybe<ResolversTypes['Gender']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  identifiers?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  labelArgs?: Resolver<Array<Maybe<ResolversTypes['String']>>, ParentType, ContextType>;
  labelKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  lastName?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  linkCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  links?: Resolver<ResolversTypes['LinkConnection'], ParentType, ContextType, RequireFields<PersonLinksArgs, 'first'>>;
  minor?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  minorWhenRecorded?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nationality?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  protected?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  pseudonymised?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type PhoneResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Phone'] = ResolversParentTypes['Phone']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  imei?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  labelArgs?: Resolver<Array<Maybe<ResolversTypes['String']>>, ParentType, ContextType>;
  labelKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  linkCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  links?: Resolver<ResolversTypes['LinkConnection'], ParentType, ContextType, RequireFields<PhoneLinksArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  number?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  subscriberId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type ProvenanceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Provenance'] = ResolversParentTypes['Provenance']> = ResolversObject<{
  credibility?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  grading?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  handling?: Resolver<ResolversTypes['HandlingCode'], ParentType, ContextType>;
  recordedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  recordedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reliability?: Resolver<ResolversTypes['Reliability'], ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['Source']>, ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  assignableUsers?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
  auditChain?: Resolver<ResolversTypes['AuditChainCheck'], ParentType, ContextType>;
  auditEntries?: Resolver<Array<ResolversTypes['AuditEntry']>, ParentType, ContextType, RequireFields<QueryAuditEntriesArgs, 'first'>>;
  cases?: Resolver<ResolversTypes['CaseConnection'], ParentType, ContextType, RequireFields<QueryCasesArgs, 'assignedToMe' | 'first'>>;
  chart?: Resolver<ResolversTypes['SavedChart'], ParentType, ContextType, RequireFields<QueryChartArgs, 'id'>>;
  charts?: Resolver<ResolversTypes['ChartConnection'], ParentType, ContextType, RequireFields<QueryChartsArgs, 'first'>>;
  duplicateCandidates?: Resolver<Array<ResolversTypes['DuplicateCandidate']>, ParentType, ContextType, RequireFields<QueryDuplicateCandidatesArgs, 'first' | 'kind' | 'minScore'>>;
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType, RequireFields<QueryEntityArgs, 'id'>>;
  expand?: Resolver<ResolversTypes['Subgraph'], ParentType, ContextType, RequireFields<QueryExpandArgs, 'depth' | 'ids' | 'limit'>>;
  health?: Resolver<ResolversTypes['Health'], ParentType, ContextType>;
  links?: Resolver<ResolversTypes['LinkConnection'], ParentType, ContextType, RequireFields<QueryLinksArgs, 'first' | 'ids'>>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  paths?: Resolver<Array<ResolversTypes['Path']>, ParentType, ContextType, RequireFields<QueryPathsArgs, 'first' | 'fromId' | 'maxHops' | 'throughCases' | 'toId'>>;
  recentMerges?: Resolver<Array<ResolversTypes['MergeRecord']>, ParentType, ContextType, RequireFields<QueryRecentMergesArgs, 'first'>>;
  retentionDue?: Resolver<ResolversTypes['RetentionDue'], ParentType, ContextType, RequireFields<QueryRetentionDueArgs, 'first' | 'offset'>>;
  retentionPolicy?: Resolver<Array<ResolversTypes['RetentionRule']>, ParentType, ContextType>;
  revealIdentity?: Resolver<ResolversTypes['Person'], ParentType, ContextType, RequireFields<QueryRevealIdentityArgs, 'id' | 'justification'>>;
  search?: Resolver<ResolversTypes['SearchResult'], ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  signInOptions?: Resolver<ResolversTypes['SignInOptions'], ParentType, ContextType>;
  yearlyFigures?: Resolver<Array<ResolversTypes['YearFigures']>, ParentType, ContextType, RequireFields<QueryYearlyFiguresArgs, 'fromYear' | 'toYear'>>;
}>;

export type RetentionDueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RetentionDue'] = ResolversParentTypes['RetentionDue']> = ResolversObject<{
  erase?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  items?: Resolver<Array<ResolversTypes['RetentionItem']>, ParentType, ContextType>;
  review?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type RetentionItemResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RetentionItem'] = ResolversParentTypes['RetentionItem']> = ResolversObject<{
  action?: Resolver<ResolversTypes['RetentionAction'], ParentType, ContextType>;
  caseCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  dueOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  lastClosedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
}>;

export type RetentionRuleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RetentionRule'] = ResolversParentTypes['RetentionRule']> = ResolversObject<{
  category?: Resolver<ResolversTypes['PersonCategory'], ParentType, ContextType>;
  eraseAfterClosureYears?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  eraseWithoutCaseYears?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reviewYears?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SavedChartResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SavedChart'] = ResolversParentTypes['SavedChart']> = ResolversObject<{
  annotations?: Resolver<Array<ResolversTypes['ChartAnnotation']>, ParentType, ContextType>;
  caseId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  caseNumber?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  createdAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  createdBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ChartEntity']>, ParentType, ContextType>;
  notes?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  savedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  savedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  view?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  viewport?: Resolver<Maybe<ResolversTypes['ChartViewport']>, ParentType, ContextType>;
}>;

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = ResolversObject<{
  entity?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type SearchResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchResult'] = ResolversParentTypes['SearchResult']> = ResolversObject<{
  capped?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hits?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type SignInOptionsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SignInOptions'] = ResolversParentTypes['SignInOptions']> = ResolversObject<{
  singleSignOn?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type SourceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Source'] = ResolversParentTypes['Source']> = ResolversObject<{
  date?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  description?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['EntityKind'], ParentType, ContextType>;
  labelArgs?: Resolver<Array<Maybe<ResolversTypes['String']>>, ParentType, ContextType>;
  labelKey?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  linkCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  links?: Resolver<ResolversTypes['LinkConnection'], ParentType, ContextType, RequireFields<SourceLinksArgs, 'first'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provenance?: Resolver<ResolversTypes['Provenance'], ParentType, ContextType>;
  reference?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sourceType?: Resolver<ResolversTypes['SourceType'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type StatCellResolvers<ContextType = Context, ParentType extends ResolversParentTypes['StatCell'] = ResolversParentTypes['StatCell']> = ResolversObject<{
  count?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  suppressed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type SubgraphResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Subgraph'] = ResolversParentTypes['Subgraph']> = ResolversObject<{
  cutPairs?: Resolver<Array<ResolversTypes['LinkPair']>, ParentType, ContextType>;
  links?: Resolver<Array<ResolversTypes['Link']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Entity']>, ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type UndoMergeResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UndoMergeResult'] = ResolversParentTypes['UndoMergeResult']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  restored?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
  survivor?: Resolver<ResolversTypes['Entity'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  clearances?: Resolver<Array<ResolversTypes['Clearance']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  roles?: Resolver<Array<ResolversTypes['Role']>, ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type YearFiguresResolvers<ContextType = Context, ParentType extends ResolversParentTypes['YearFigures'] = ResolversParentTypes['YearFigures']> = ResolversObject<{
  arrests?: Resolver<ResolversTypes['StatCell'], ParentType, ContextType>;
  convictions?: Resolver<ResolversTypes['StatCell'], ParentType, ContextType>;
  investigations?: Resolver<ResolversTypes['StatCell'], ParentType, ContextType>;
  minorVictims?: Resolver<ResolversTypes['StatCell'], ParentType, ContextType>;
  prosecutions?: Resolver<ResolversTypes['StatCell'], ParentType, ContextType>;
  victims?: Resolver<ResolversTypes['StatCell'], ParentType, ContextType>;
  victimsByForm?: Resolver<Array<ResolversTypes['StatCell']>, ParentType, ContextType>;
  victimsByGender?: Resolver<Array<ResolversTypes['StatCell']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Asset?: AssetResolvers<ContextType>;
  AuditChainCheck?: AuditChainCheckResolvers<ContextType>;
  AuditEntry?: AuditEntryResolvers<ContextType>;
  Case?: CaseResolvers<ContextType>;
  CaseAssignment?: CaseAssignmentResolvers<ContextType>;
  CaseConnection?: CaseConnectionResolvers<ContextType>;
  ChartAnnotation?: ChartAnnotationResolvers<ContextType>;
  ChartConnection?: ChartConnectionResolvers<ContextType>;
  ChartEntity?: ChartEntityResolvers<ContextType>;
  ChartExport?: ChartExportResolvers<ContextType>;
  ChartSummary?: ChartSummaryResolvers<ContextType>;
  ChartViewport?: ChartViewportResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  DistinctDecision?: DistinctDecisionResolvers<ContextType>;
  DuplicateCandidate?: DuplicateCandidateResolvers<ContextType>;
  Entity?: EntityResolvers<ContextType>;
  EntityConnection?: EntityConnectionResolvers<ContextType>;
  ErasureReport?: ErasureReportResolvers<ContextType>;
  Event?: EventResolvers<ContextType>;
  ExportSkip?: ExportSkipResolvers<ContextType>;
  GeoPoint?: GeoPointResolvers<ContextType>;
  Health?: HealthResolvers<ContextType>;
  Link?: LinkResolvers<ContextType>;
  LinkConnection?: LinkConnectionResolvers<ContextType>;
  LinkPair?: LinkPairResolvers<ContextType>;
  Location?: LocationResolvers<ContextType>;
  MatchReason?: MatchReasonResolvers<ContextType>;
  MergeRecord?: MergeRecordResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Organization?: OrganizationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Path?: PathResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Phone?: PhoneResolvers<ContextType>;
  Provenance?: ProvenanceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RetentionDue?: RetentionDueResolvers<ContextType>;
  RetentionItem?: RetentionItemResolvers<ContextType>;
  RetentionRule?: RetentionRuleResolvers<ContextType>;
  SavedChart?: SavedChartResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  SearchResult?: SearchResultResolvers<ContextType>;
  SignInOptions?: SignInOptionsResolvers<ContextType>;
  Source?: SourceResolvers<ContextType>;
  StatCell?: StatCellResolvers<ContextType>;
  Subgraph?: SubgraphResolvers<ContextType>;
  UndoMergeResult?: UndoMergeResultResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  YearFigures?: YearFiguresResolvers<ContextType>;
}>;

