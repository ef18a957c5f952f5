/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query AuditChain {\n  auditChain {\n    ok\n    entries\n    firstBadSeq\n  }\n}": typeof types.AuditChainDocument,
    "query AuditEntries($filter: AuditFilter, $first: Int, $beforeSeq: Int) {\n  auditEntries(filter: $filter, first: $first, beforeSeq: $beforeSeq) {\n    id\n    seq\n    at\n    actor\n    action\n    operation\n    outcome\n    personIds\n    entityIds\n    caseId\n    justification\n    detail\n  }\n}": typeof types.AuditEntriesDocument,
    "mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n}": typeof types.ChangePasswordDocument,
    "mutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) {\n    ...SessionUser\n  }\n}": typeof types.LoginDocument,
    "mutation Logout {\n  logout\n}": typeof types.LogoutDocument,
    "query Me {\n  me {\n    ...SessionUser\n  }\n  signInOptions {\n    singleSignOn\n  }\n}": typeof types.MeDocument,
    "fragment SessionUser on User {\n  id\n  username\n  displayName\n  roles\n  clearances\n}": typeof types.SessionUserFragmentDoc,
    "query CaseMembers($id: ID!, $first: Int, $after: String) {\n  entity(id: $id) {\n    id\n    ... on Case {\n      id\n      members(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...EntitySummary\n        }\n      }\n    }\n  }\n}": typeof types.CaseMembersDocument,
    "query Cases($status: CaseStatus, $first: Int, $after: String) {\n  cases(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      caseNumber\n      status\n      openedOn\n      offence\n      memberCount\n    }\n  }\n}": typeof types.CasesDocument,
    "query Entity($id: ID!) {\n  entity(id: $id) {\n    ...EntitySummary\n    version\n    provenance {\n      ...ProvenanceFields\n    }\n    links {\n      ...ProfileLinkPage\n    }\n    ... on Person {\n      id\n      firstName\n      lastName\n      aliases\n      dateOfBirth\n      gender\n      nationality\n      identifiers\n    }\n    ... on Organization {\n      id\n      orgType\n      registrationNumber\n      aliases\n      country\n    }\n    ... on Location {\n      id\n      locType\n      address\n      municipality\n      country\n      point {\n        lat\n        lon\n      }\n    }\n    ... on Phone {\n      id\n      imei\n      subscriberId\n    }\n    ... on Asset {\n      id\n      assetType\n      identifier\n      value\n      currency\n      description\n    }\n    ... on Event {\n      id\n      eventType\n      date\n      stage\n      description\n      exploitationForm\n    }\n    ... on Case {\n      id\n      openedOn\n      offence\n    }\n    ... on Source {\n      id\n      sourceType\n      reference\n      date\n      description\n    }\n  }\n}": typeof types.EntityDocument,
    "fragment EntitySummary on Entity {\n  id\n  kind\n  name\n  linkCount\n  ... on Person {\n    id\n    category\n    minor\n    minorWhenRecorded\n    pseudonymised\n  }\n  ... on Case {\n    id\n    caseNumber\n    status\n  }\n  ... on Phone {\n    id\n    number\n  }\n}": typeof types.EntitySummaryFragmentDoc,
    "fragment ProfileLink on Link {\n  id\n  kind\n  fromId\n  toId\n  role\n  relation\n  sharePercent\n  exploitationForm\n  meansOfControl\n  recruitmentMethod\n  amount\n  currency\n  at\n  durationSeconds\n  stage\n  provenance {\n    grading\n    handling\n  }\n  from {\n    ...EntitySummary\n  }\n  to {\n    ...EntitySummary\n  }\n}\n\nfragment ProfileLinkPage on LinkConnection {\n  totalCount\n  pageInfo {\n    hasNextPage\n    endCursor\n  }\n  nodes {\n    ...ProfileLink\n  }\n}": typeof types.ProfileLinkFragmentDoc,
    "query ProfileLinks($id: ID!, $first: Int, $after: String) {\n  entity(id: $id) {\n    id\n    links(first: $first, after: $after) {\n      ...ProfileLinkPage\n    }\n  }\n}": typeof types.ProfileLinksDocument,
    "fragment ProvenanceFields on Provenance {\n  reliability\n  credibility\n  grading\n  handling\n  validFrom\n  validTo\n  recordedBy\n  recordedAt\n  sources {\n    id\n    name\n    sourceType\n    reference\n    date\n  }\n}": typeof types.ProvenanceFieldsFragmentDoc,
    "query RevealIdentity($id: ID!, $justification: String!) {\n  revealIdentity(id: $id, justification: $justification) {\n    id\n    name\n    firstName\n    lastName\n    aliases\n    identifiers\n    dateOfBirth\n    pseudonymised\n  }\n}": typeof types.RevealIdentityDocument,
    "fragment ChartLink on Link {\n  id\n  kind\n  fromId\n  toId\n  role\n  stage\n}": typeof types.ChartLinkFragmentDoc,
    "query Expand($ids: [ID!]!, $depth: Int, $linkKinds: [LinkKind!], $limit: Int) {\n  expand(ids: $ids, depth: $depth, linkKinds: $linkKinds, limit: $limit) {\n    truncated\n    nodes {\n      ...EntitySummary\n    }\n    links {\n      ...ChartLink\n    }\n    cutPairs {\n      aId\n      bId\n      shown\n      totalCount\n    }\n  }\n}": typeof types.ExpandDocument,
    "query Links($ids: [ID!]!, $others: [ID!], $kinds: [LinkKind!], $first: Int, $after: String) {\n  links(ids: $ids, others: $others, kinds: $kinds, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...ChartLink\n    }\n  }\n}": typeof types.LinksDocument,
    "query Paths($fromId: ID!, $toId: ID!, $maxHops: Int, $linkKinds: [LinkKind!], $first: Int) {\n  paths(\n    fromId: $fromId\n    toId: $toId\n    maxHops: $maxHops\n    linkKinds: $linkKinds\n    first: $first\n  ) {\n    length\n    nodes {\n      ...EntitySummary\n    }\n    links {\n      ...ChartLink\n    }\n  }\n}": typeof types.PathsDocument,
    "query DuplicateCandidates($kind: EntityKind, $caseId: ID, $minScore: Float, $first: Int) {\n  duplicateCandidates(\n    kind: $kind\n    caseId: $caseId\n    minScore: $minScore\n    first: $first\n  ) {\n    id\n    score\n    reasons {\n      code\n      count\n    }\n    a {\n      ...DuplicateSide\n    }\n    b {\n      ...DuplicateSide\n    }\n  }\n}\n\nfragment DuplicateSide on Entity {\n  id\n  kind\n  name\n  version\n  linkCount\n  provenance {\n    grading\n    sources {\n      id\n      name\n    }\n  }\n  ... on Person {\n    id\n    category\n    dateOfBirth\n    nationality\n    aliases\n    identifiers\n  }\n  ... on Organization {\n    id\n    orgType\n    registrationNumber\n    country\n    aliases\n  }\n}": typeof types.DuplicateCandidatesDocument,
    "mutation MarkDistinct($aId: ID!, $bId: ID!) {\n  markDistinct(aId: $aId, bId: $bId) {\n    id\n  }\n}": typeof types.MarkDistinctDocument,
    "mutation MergeEntities($keepId: ID!, $absorbId: ID!, $keepVersion: Int!, $absorbVersion: Int!) {\n  mergeEntities(\n    keepId: $keepId\n    absorbId: $absorbId\n    keepVersion: $keepVersion\n    absorbVersion: $absorbVersion\n  ) {\n    id\n    absorbedName\n    survivor {\n      id\n      name\n    }\n  }\n}": typeof types.MergeEntitiesDocument,
    "query RecentMerges($first: Int) {\n  recentMerges(first: $first) {\n    id\n    kind\n    absorbedId\n    absorbedName\n    mergedBy\n    mergedAt\n    movedLinks\n    survivor {\n      id\n      name\n    }\n  }\n}": typeof types.RecentMergesDocument,
    "mutation UndoMerge($mergeId: ID!) {\n  undoMerge(mergeId: $mergeId) {\n    id\n    survivor {\n      id\n      name\n    }\n    restored {\n      id\n      name\n    }\n  }\n}": typeof types.UndoMergeDocument,
    "mutation ErasePerson($id: ID!, $justification: String!) {\n  erasePerson(id: $id, justification: $justification) {\n    erasedIds\n    redactedRecords\n    redactedAuditEntries\n  }\n}": typeof types.ErasePersonDocument,
    "mutation RetainPerson($id: ID!, $justification: String!) {\n  retainPerson(id: $id, justification: $justification) {\n    id\n  }\n}": typeof types.RetainPersonDocument,
    "query RetentionDue($action: RetentionAction, $first: Int, $offset: Int) {\n  retentionDue(action: $action, first: $first, offset: $offset) {\n    review\n    erase\n    items {\n      person {\n        id\n        ...EntitySummary\n        ... on Person {\n          category\n        }\n      }\n      action\n      dueOn\n      caseCount\n      lastClosedOn\n    }\n  }\n}": typeof types.RetentionDueDocument,
    "query Search($text: String!, $kinds: [EntityKind!], $first: Int, $after: String) {\n  search(text: $text, kinds: $kinds, first: $first, after: $after) {\n    totalCount\n    capped\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      score\n      entity {\n        ...EntitySummary\n      }\n    }\n  }\n}": typeof types.SearchDocument,
    "fragment FigureCell on StatCell {\n  key\n  count\n  suppressed\n}\n\nquery YearlyFigures($fromYear: Int!, $toYear: Int!) {\n  yearlyFigures(fromYear: $fromYear, toYear: $toYear) {\n    year\n    investigations {\n      ...FigureCell\n    }\n    arrests {\n      ...FigureCell\n    }\n    prosecutions {\n      ...FigureCell\n    }\n    convictions {\n      ...FigureCell\n    }\n    victims {\n      ...FigureCell\n    }\n    minorVictims {\n      ...FigureCell\n    }\n    victimsByForm {\n      ...FigureCell\n    }\n    victimsByGender {\n      ...FigureCell\n    }\n  }\n}": typeof types.FigureCellFragmentDoc,
};
const documents: Documents = {
    "query AuditChain {\n  auditChain {\n    ok\n    entries\n    firstBadSeq\n  }\n}": types.AuditChainDocument,
    "query AuditEntries($filter: AuditFilter, $first: Int, $beforeSeq: Int) {\n  auditEntries(filter: $filter, first: $first, beforeSeq: $beforeSeq) {\n    id\n    seq\n    at\n    actor\n    action\n    operation\n    outcome\n    personIds\n    entityIds\n    caseId\n    justification\n    detail\n  }\n}": types.AuditEntriesDocument,
    "mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n}": types.ChangePasswordDocument,
    "mutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) {\n    ...SessionUser\n  }\n}": types.LoginDocument,
    "mutation Logout {\n  logout\n}": types.LogoutDocument,
    "query Me {\n  me {\n    ...SessionUser\n  }\n  signInOptions {\n    singleSignOn\n  }\n}": types.MeDocument,
    "fragment SessionUser on User {\n  id\n  username\n  displayName\n  roles\n  clearances\n}": types.SessionUserFragmentDoc,
    "query CaseMembers($id: ID!, $first: Int, $after: String) {\n  entity(id: $id) {\n    id\n    ... on Case {\n      id\n      members(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...EntitySummary\n        }\n      }\n    }\n  }\n}": types.CaseMembersDocument,
    "query Cases($status: CaseStatus, $first: Int, $after: String) {\n  cases(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      caseNumber\n      status\n      openedOn\n      offence\n      memberCount\n    }\n  }\n}": types.CasesDocument,
    "query Entity($id: ID!) {\n  entity(id: $id) {\n    ...EntitySummary\n    version\n    provenance {\n      ...ProvenanceFields\n    }\n    links {\n      ...ProfileLinkPage\n    }\n    ... on Person {\n      id\n      firstName\n      lastName\n      aliases\n      dateOfBirth\n      gender\n      nationality\n      identifiers\n    }\n    ... on Organization {\n      id\n      orgType\n      registrationNumber\n      aliases\n      country\n    }\n    ... on Location {\n      id\n      locType\n      address\n      municipality\n      country\n      point {\n        lat\n        lon\n      }\n    }\n    ... on Phone {\n      id\n      imei\n      subscriberId\n    }\n    ... on Asset {\n      id\n      assetType\n      identifier\n      value\n      currency\n      description\n    }\n    ... on Event {\n      id\n      eventType\n      date\n      stage\n      description\n      exploitationForm\n    }\n    ... on Case {\n      id\n      openedOn\n      offence\n    }\n    ... on Source {\n      id\n      sourceType\n      reference\n      date\n      description\n    }\n  }\n}": types.EntityDocument,
    "fragment EntitySummary on Entity {\n  id\n  kind\n  name\n  linkCount\n  ... on Person {\n    id\n    category\n    minor\n    minorWhenRecorded\n    pseudonymised\n  }\n  ... on Case {\n    id\n    caseNumber\n    status\n  }\n  ... on Phone {\n    id\n    number\n  }\n}": types.EntitySummaryFragmentDoc,
    "fragment ProfileLink on Link {\n  id\n  kind\n  fromId\n  toId\n  role\n  relation\n  sharePercent\n  exploitationForm\n  meansOfControl\n  recruitmentMethod\n  amount\n  currency\n  at\n  durationSeconds\n  stage\n  provenance {\n    grading\n    handling\n  }\n  from {\n    ...EntitySummary\n  }\n  to {\n    ...EntitySummary\n  }\n}\n\nfragment ProfileLinkPage on LinkConnection {\n  totalCount\n  pageInfo {\n    hasNextPage\n    endCursor\n  }\n  nodes {\n    ...ProfileLink\n  }\n}": types.ProfileLinkFragmentDoc,
    "query ProfileLinks($id: ID!, $first: Int, $after: String) {\n  entity(id: $id) {\n    id\n    links(first: $first, after: $after) {\n      ...ProfileLinkPage\n    }\n  }\n}": types.ProfileLinksDocument,
    "fragment ProvenanceFields on Provenance {\n  reliability\n  credibility\n  grading\n  handling\n  validFrom\n  validTo\n  recordedBy\n  recordedAt\n  sources {\n    id\n    name\n    sourceType\n    reference\n    date\n  }\n}": types.ProvenanceFieldsFragmentDoc,
    "query RevealIdentity($id: ID!, $justification: String!) {\n  revealIdentity(id: $id, justification: $justification) {\n    id\n    name\n    firstName\n    lastName\n    aliases\n    identifiers\n    dateOfBirth\n    pseudonymised\n  }\n}": types.RevealIdentityDocument,
    "fragment ChartLink on Link {\n  id\n  kind\n  fromId\n  toId\n  role\n  stage\n}": types.ChartLinkFragmentDoc,
    "query Expand($ids: [ID!]!, $depth: Int, $linkKinds: [LinkKind!], $limit: Int) {\n  expand(ids: $ids, depth: $depth, linkKinds: $linkKinds, limit: $limit) {\n    truncated\n    nodes {\n      ...EntitySummary\n    }\n    links {\n      ...ChartLink\n    }\n    cutPairs {\n      aId\n      bId\n      shown\n      totalCount\n    }\n  }\n}": types.ExpandDocument,
    "query Links($ids: [ID!]!, $others: [ID!], $kinds: [LinkKind!], $first: Int, $after: String) {\n  links(ids: $ids, others: $others, kinds: $kinds, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...ChartLink\n    }\n  }\n}": types.LinksDocument,
    "query Paths($fromId: ID!, $toId: ID!, $maxHops: Int, $linkKinds: [LinkKind!], $first: Int) {\n  paths(\n    fromId: $fromId\n    toId: $toId\n    maxHops: $maxHops\n    linkKinds: $linkKinds\n    first: $first\n  ) {\n    length\n    nodes {\n      ...EntitySummary\n    }\n    links {\n      ...ChartLink\n    }\n  }\n}": types.PathsDocument,
    "query DuplicateCandidates($kind: EntityKind, $caseId: ID, $minScore: Float, $first: Int) {\n  duplicateCandidates(\n    kind: $kind\n    caseId: $caseId\n    minScore: $minScore\n    first: $first\n  ) {\n    id\n    score\n    reasons {\n      code\n      count\n    }\n    a {\n      ...DuplicateSide\n    }\n    b {\n      ...DuplicateSide\n    }\n  }\n}\n\nfragment DuplicateSide on Entity {\n  id\n  kind\n  name\n  version\n  linkCount\n  provenance {\n    grading\n    sources {\n      id\n      name\n    }\n  }\n  ... on Person {\n    id\n    category\n    dateOfBirth\n    nationality\n    aliases\n    identifiers\n  }\n  ... on Organization {\n    id\n    orgType\n    registrationNumber\n    country\n    aliases\n  }\n}": types.DuplicateCandidatesDocument,
    "mutation MarkDistinct($aId: ID!, $bId: ID!) {\n  markDistinct(aId: $aId, bId: $bId) {\n    id\n  }\n}": types.MarkDistinctDocument,
    "mutation MergeEntities($keepId: ID!, $absorbId: ID!, $keepVersion: Int!, $absorbVersion: Int!) {\n  mergeEntities(\n    keepId: $keepId\n    absorbId: $absorbId\n    keepVersion: $keepVersion\n    absorbVersion: $absorbVersion\n  ) {\n    id\n    absorbedName\n    survivor {\n      id\n      name\n    }\n  }\n}": types.MergeEntitiesDocument,
    "query RecentMerges($first: Int) {\n  recentMerges(first: $first) {\n    id\n    kind\n    absorbedId\n    absorbedName\n    mergedBy\n    mergedAt\n    movedLinks\n    survivor {\n      id\n      name\n    }\n  }\n}": types.RecentMergesDocument,
    "mutation UndoMerge($mergeId: ID!) {\n  undoMerge(mergeId: $mergeId) {\n    id\n    survivor {\n      id\n      name\n    }\n    restored {\n      id\n      name\n    }\n  }\n}": types.UndoMergeDocument,
    "mutation ErasePerson($id: ID!, $justification: String!) {\n  erasePerson(id: $id, justification: $justification) {\n    erasedIds\n    redactedRecords\n    redactedAuditEntries\n  }\n}": types.ErasePersonDocument,
    "mutation RetainPerson($id: ID!, $justification: String!) {\n  retainPerson(id: $id, justification: $justification) {\n    id\n  }\n}": types.RetainPersonDocument,
    "query RetentionDue($action: RetentionAction, $first: Int, $offset: Int) {\n  retentionDue(action: $action, first: $first, offset: $offset) {\n    review\n    erase\n    items {\n      person {\n        id\n        ...EntitySummary\n        ... on Person {\n          category\n        }\n      }\n      action\n      dueOn\n      caseCount\n      lastClosedOn\n    }\n  }\n}": types.RetentionDueDocument,
    "query Search($text: String!, $kinds: [EntityKind!], $first: Int, $after: String) {\n  search(text: $text, kinds: $kinds, first: $first, after: $after) {\n    totalCount\n    capped\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      score\n      entity {\n        ...EntitySummary\n      }\n    }\n  }\n}": types.SearchDocument,
    "fragment FigureCell on StatCell {\n  key\n  count\n  suppressed\n}\n\nquery YearlyFigures($fromYear: Int!, $toYear: Int!) {\n  yearlyFigures(fromYear: $fromYear, toYear: $toYear) {\n    year\n    investigations {\n      ...FigureCell\n    }\n    arrests {\n      ...FigureCell\n    }\n    prosecutions {\n      ...FigureCell\n    }\n    convictions {\n      ...FigureCell\n    }\n    victims {\n      ...FigureCell\n    }\n    minorVictims {\n      ...FigureCell\n    }\n    victimsByForm {\n      ...FigureCell\n    }\n    victimsByGender {\n      ...FigureCell\n    }\n  }\n}": types.FigureCellFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditChain {\n  auditChain {\n    ok\n    entries\n    firstBadSeq\n  }\n}"): (typeof documents)["query AuditChain {\n  auditChain {\n    ok\n    entries\n    firstBadSeq\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuditEntries($filter: AuditFilter, $first: Int, $beforeSeq: Int) {\n  auditEntries(filter: $filter, first: $first, beforeSeq: $beforeSeq) {\n    id\n    seq\n    at\n    actor\n    action\n    operation\n    outcome\n    personIds\n    entityIds\n    caseId\n    justification\n    detail\n  }\n}"): (typeof documents)["query AuditEntries($filter: AuditFilter, $first: Int, $beforeSeq: Int) {\n  auditEntries(filter: $filter, first: $first, beforeSeq: $beforeSeq) {\n    id\n    seq\n    at\n    actor\n    action\n    operation\n    outcome\n    personIds\n    entityIds\n    caseId\n    justification\n    detail\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n}"): (typeof documents)["mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) {\n    ...SessionUser\n  }\n}"): (typeof documents)["mutation Login($username: String!, $password: String!) {\n  login(username: $username, password: $password) {\n    ...SessionUser\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation Logout {\n  logout\n}"): (typeof documents)["mutation Logout {\n  logout\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me {\n  me {\n    ...SessionUser\n  }\n  signInOptions {\n    singleSignOn\n  }\n}"): (typeof documents)["query Me {\n  me {\n    ...SessionUser\n  }\n  signInOptions {\n    singleSignOn\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment SessionUser on User {\n  id\n  username\n  displayName\n  roles\n  clearances\n}"): (typeof documents)["fragment SessionUser on User {\n  id\n  username\n  displayName\n  roles\n  clearances\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CaseMembers($id: ID!, $first: Int, $after: String) {\n  entity(id: $id) {\n    id\n    ... on Case {\n      id\n      members(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...EntitySummary\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query CaseMembers($id: ID!, $first: Int, $after: String) {\n  entity(id: $id) {\n    id\n    ... on Case {\n      id\n      members(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          ...EntitySummary\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Cases($status: CaseStatus, $first: Int, $after: String) {\n  cases(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      caseNumber\n      status\n      openedOn\n      offence\n      memberCount\n    }\n  }\n}"): (typeof documents)["query Cases($status: CaseStatus, $first: Int, $after: String) {\n  cases(status: $status, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      id\n      name\n      caseNumber\n      status\n      openedOn\n      offence\n      memberCount\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Entity($id: ID!) {\n  entity(id: $id) {\n    ...EntitySummary\n    version\n    provenance {\n      ...ProvenanceFields\n    }\n    links {\n      ...ProfileLinkPage\n    }\n    ... on Person {\n      id\n      firstName\n      lastName\n      aliases\n      dateOfBirth\n      gender\n      nationality\n      identifiers\n    }\n    ... on Organization {\n      id\n      orgType\n      registrationNumber\n      aliases\n      country\n    }\n    ... on Location {\n      id\n      locType\n      address\n      municipality\n      country\n      point {\n        lat\n        lon\n      }\n    }\n    ... on Phone {\n      id\n      imei\n      subscriberId\n    }\n    ... on Asset {\n      id\n      assetType\n      identifier\n      value\n      currency\n      description\n    }\n    ... on Event {\n      id\n      eventType\n      date\n      stage\n      description\n      exploitationForm\n    }\n    ... on Case {\n      id\n      openedOn\n      offence\n    }\n    ... on Source {\n      id\n      sourceType\n      reference\n      date\n      description\n    }\n  }\n}"): (typeof documents)["query Entity($id: ID!) {\n  entity(id: $id) {\n    ...EntitySummary\n    version\n    provenance {\n      ...ProvenanceFields\n    }\n    links {\n      ...ProfileLinkPage\n    }\n    ... on Person {\n      id\n      firstName\n      lastName\n      aliases\n      dateOfBirth\n      gender\n      nationality\n      identifiers\n    }\n    ... on Organization {\n      id\n      orgType\n      registrationNumber\n      aliases\n      country\n    }\n    ... on Location {\n      id\n      locType\n      address\n      municipality\n      country\n      point {\n        lat\n        lon\n      }\n    }\n    ... on Phone {\n      id\n      imei\n      subscriberId\n    }\n    ... on Asset {\n      id\n      assetType\n      identifier\n      value\n      currency\n      description\n    }\n    ... on Event {\n      id\n      eventType\n      date\n      stage\n      description\n      exploitationForm\n    }\n    ... on Case {\n      id\n      openedOn\n      offence\n    }\n    ... on Source {\n      id\n      sourceType\n      reference\n      date\n      description\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment EntitySummary on Entity {\n  id\n  kind\n  name\n  linkCount\n  ... on Person {\n    id\n    category\n    minor\n    minorWhenRecorded\n    pseudonymised\n  }\n  ... on Case {\n    id\n    caseNumber\n    status\n  }\n  ... on Phone {\n    id\n    number\n  }\n}"): (typeof documents)["fragment EntitySummary on Entity {\n  id\n  kind\n  name\n  linkCount\n  ... on Person {\n    id\n    category\n    minor\n    minorWhenRecorded\n    pseudonymised\n  }\n  ... on Case {\n    id\n    caseNumber\n    status\n  }\n  ... on Phone {\n    id\n    number\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ProfileLink on Link {\n  id\n  kind\n  fromId\n  toId\n  role\n  relation\n  sharePercent\n  exploitationForm\n  meansOfControl\n  recruitmentMethod\n  amount\n  currency\n  at\n  durationSeconds\n  stage\n  provenance {\n    grading\n    handling\n  }\n  from {\n    ...EntitySummary\n  }\n  to {\n    ...EntitySummary\n  }\n}\n\nfragment ProfileLinkPage on LinkConnection {\n  totalCount\n  pageInfo {\n    hasNextPage\n    endCursor\n  }\n  nodes {\n    ...ProfileLink\n  }\n}"): (typeof documents)["fragment ProfileLink on Link {\n  id\n  kind\n  fromId\n  toId\n  role\n  relation\n  sharePercent\n  exploitationForm\n  meansOfControl\n  recruitmentMethod\n  amount\n  currency\n  at\n  durationSeconds\n  stage\n  provenance {\n    grading\n    handling\n  }\n  from {\n    ...EntitySummary\n  }\n  to {\n    ...EntitySummary\n  }\n}\n\nfragment ProfileLinkPage on LinkConnection {\n  totalCount\n  pageInfo {\n    hasNextPage\n    endCursor\n  }\n  nodes {\n    ...ProfileLink\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ProfileLinks($id: ID!, $first: Int, $after: String) {\n  entity(id: $id) {\n    id\n    links(first: $first, after: $after) {\n      ...ProfileLinkPage\n    }\n  }\n}"): (typeof documents)["query ProfileLinks($id: ID!, $first: Int, $after: String) {\n  entity(id: $id) {\n    id\n    links(first: $first, after: $after) {\n      ...ProfileLinkPage\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ProvenanceFields on Provenance {\n  reliability\n  credibility\n  grading\n  handling\n  validFrom\n  validTo\n  recordedBy\n  recordedAt\n  sources {\n    id\n    name\n    sourceType\n    reference\n    date\n  }\n}"): (typeof documents)["fragment ProvenanceFields on Provenance {\n  reliability\n  credibility\n  grading\n  handling\n  validFrom\n  validTo\n  recordedBy\n  recordedAt\n  sources {\n    id\n    name\n    sourceType\n    reference\n    date\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RevealIdentity($id: ID!, $justification: String!) {\n  revealIdentity(id: $id, justification: $justification) {\n    id\n    name\n    firstName\n    lastName\n    aliases\n    identifiers\n    dateOfBirth\n    pseudonymised\n  }\n}"): (typeof documents)["query RevealIdentity($id: ID!, $justification: String!) {\n  revealIdentity(id: $id, justification: $justification) {\n    id\n    name\n    firstName\n    lastName\n    aliases\n    identifiers\n    dateOfBirth\n    pseudonymised\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ChartLink on Link {\n  id\n  kind\n  fromId\n  toId\n  role\n  stage\n}"): (typeof documents)["fragment ChartLink on Link {\n  id\n  kind\n  fromId\n  toId\n  role\n  stage\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Expand($ids: [ID!]!, $depth: Int, $linkKinds: [LinkKind!], $limit: Int) {\n  expand(ids: $ids, depth: $depth, linkKinds: $linkKinds, limit: $limit) {\n    truncated\n    nodes {\n      ...EntitySummary\n    }\n    links {\n      ...ChartLink\n    }\n    cutPairs {\n      aId\n      bId\n      shown\n      totalCount\n    }\n  }\n}"): (typeof documents)["query Expand($ids: [ID!]!, $depth: Int, $linkKinds: [LinkKind!], $limit: Int) {\n  expand(ids: $ids, depth: $depth, linkKinds: $linkKinds, limit: $limit) {\n    truncated\n    nodes {\n      ...EntitySummary\n    }\n    links {\n      ...ChartLink\n    }\n    cutPairs {\n      aId\n      bId\n      shown\n      totalCount\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Links($ids: [ID!]!, $others: [ID!], $kinds: [LinkKind!], $first: Int, $after: String) {\n  links(ids: $ids, others: $others, kinds: $kinds, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...ChartLink\n    }\n  }\n}"): (typeof documents)["query Links($ids: [ID!]!, $others: [ID!], $kinds: [LinkKind!], $first: Int, $after: String) {\n  links(ids: $ids, others: $others, kinds: $kinds, first: $first, after: $after) {\n    totalCount\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      ...ChartLink\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Paths($fromId: ID!, $toId: ID!, $maxHops: Int, $linkKinds: [LinkKind!], $first: Int) {\n  paths(\n    fromId: $fromId\n    toId: $toId\n    maxHops: $maxHops\n    linkKinds: $linkKinds\n    first: $first\n  ) {\n    length\n    nodes {\n      ...EntitySummary\n    }\n    links {\n      ...ChartLink\n    }\n  }\n}"): (typeof documents)["query Paths($fromId: ID!, $toId: ID!, $maxHops: Int, $linkKinds: [LinkKind!], $first: Int) {\n  paths(\n    fromId: $fromId\n    toId: $toId\n    maxHops: $maxHops\n    linkKinds: $linkKinds\n    first: $first\n  ) {\n    length\n    nodes {\n      ...EntitySummary\n    }\n    links {\n      ...ChartLink\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DuplicateCandidates($kind: EntityKind, $caseId: ID, $minScore: Float, $first: Int) {\n  duplicateCandidates(\n    kind: $kind\n    caseId: $caseId\n    minScore: $minScore\n    first: $first\n  ) {\n    id\n    score\n    reasons {\n      code\n      count\n    }\n    a {\n      ...DuplicateSide\n    }\n    b {\n      ...DuplicateSide\n    }\n  }\n}\n\nfragment DuplicateSide on Entity {\n  id\n  kind\n  name\n  version\n  linkCount\n  provenance {\n    grading\n    sources {\n      id\n      name\n    }\n  }\n  ... on Person {\n    id\n    category\n    dateOfBirth\n    nationality\n    aliases\n    identifiers\n  }\n  ... on Organization {\n    id\n    orgType\n    registrationNumber\n    country\n    aliases\n  }\n}"): (typeof documents)["query DuplicateCandidates($kind: EntityKind, $caseId: ID, $minScore: Float, $first: Int) {\n  duplicateCandidates(\n    kind: $kind\n    caseId: $caseId\n    minScore: $minScore\n    first: $first\n  ) {\n    id\n    score\n    reasons {\n      code\n      count\n    }\n    a {\n      ...DuplicateSide\n    }\n    b {\n      ...DuplicateSide\n    }\n  }\n}\n\nfragment DuplicateSide on Entity {\n  id\n  kind\n  name\n  version\n  linkCount\n  provenance {\n    grading\n    sources {\n      id\n      name\n    }\n  }\n  ... on Person {\n    id\n    category\n    dateOfBirth\n    nationality\n    aliases\n    identifiers\n  }\n  ... on Organization {\n    id\n    orgType\n    registrationNumber\n    country\n    aliases\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MarkDistinct($aId: ID!, $bId: ID!) {\n  markDistinct(aId: $aId, bId: $bId) {\n    id\n  }\n}"): (typeof documents)["mutation MarkDistinct($aId: ID!, $bId: ID!) {\n  markDistinct(aId: $aId, bId: $bId) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation MergeEntities($keepId: ID!, $absorbId: ID!, $keepVersion: Int!, $absorbVersion: Int!) {\n  mergeEntities(\n    keepId: $keepId\n    absorbId: $absorbId\n    keepVersion: $keepVersion\n    absorbVersion: $absorbVersion\n  ) {\n    id\n    absorbedName\n    survivor {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["mutation MergeEntities($keepId: ID!, $absorbId: ID!, $keepVersion: Int!, $absorbVersion: Int!) {\n  mergeEntities(\n    keepId: $keepId\n    absorbId: $absorbId\n    keepVersion: $keepVersion\n    absorbVersion: $absorbVersion\n  ) {\n    id\n    absorbedName\n    survivor {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RecentMerges($first: Int) {\n  recentMerges(first: $first) {\n    id\n    kind\n    absorbedId\n    absorbedName\n    mergedBy\n    mergedAt\n    movedLinks\n    survivor {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["query RecentMerges($first: Int) {\n  recentMerges(first: $first) {\n    id\n    kind\n    absorbedId\n    absorbedName\n    mergedBy\n    mergedAt\n    movedLinks\n    survivor {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation UndoMerge($mergeId: ID!) {\n  undoMerge(mergeId: $mergeId) {\n    id\n    survivor {\n      id\n      name\n    }\n    restored {\n      id\n      name\n    }\n  }\n}"): (typeof documents)["mutation UndoMerge($mergeId: ID!) {\n  undoMerge(mergeId: $mergeId) {\n    id\n    survivor {\n      id\n      name\n    }\n    restored {\n      id\n      name\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ErasePerson($id: ID!, $justification: String!) {\n  erasePerson(id: $id, justification: $justification) {\n    erasedIds\n    redactedRecords\n    redactedAuditEntries\n  }\n}"): (typeof documents)["mutation ErasePerson($id: ID!, $justification: String!) {\n  erasePerson(id: $id, justification: $justification) {\n    erasedIds\n    redactedRecords\n    redactedAuditEntries\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RetainPerson($id: ID!, $justification: String!) {\n  retainPerson(id: $id, justification: $justification) {\n    id\n  }\n}"): (typeof documents)["mutation RetainPerson($id: ID!, $justification: String!) {\n  retainPerson(id: $id, justification: $justification) {\n    id\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RetentionDue($action: RetentionAction, $first: Int, $offset: Int) {\n  retentionDue(action: $action, first: $first, offset: $offset) {\n    review\n    erase\n    items {\n      person {\n        id\n        ...EntitySummary\n        ... on Person {\n          category\n        }\n      }\n      action\n      dueOn\n      caseCount\n      lastClosedOn\n    }\n  }\n}"): (typeof documents)["query RetentionDue($action: RetentionAction, $first: Int, $offset: Int) {\n  retentionDue(action: $action, first: $first, offset: $offset) {\n    review\n    erase\n    items {\n      person {\n        id\n        ...EntitySummary\n        ... on Person {\n          category\n        }\n      }\n      action\n      dueOn\n      caseCount\n      lastClosedOn\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Search($text: String!, $kinds: [EntityKind!], $first: Int, $after: String) {\n  search(text: $text, kinds: $kinds, first: $first, after: $after) {\n    totalCount\n    capped\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      score\n      entity {\n        ...EntitySummary\n      }\n    }\n  }\n}"): (typeof documents)["query Search($text: String!, $kinds: [EntityKind!], $first: Int, $after: String) {\n  search(text: $text, kinds: $kinds, first: $first, after: $after) {\n    totalCount\n    capped\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n    nodes {\n      score\n      entity {\n        ...EntitySummary\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment FigureCell on StatCell {\n  key\n  count\n  suppressed\n}\n\nquery YearlyFigures($fromYear: Int!, $toYear: Int!) {\n  yearlyFigures(fromYear: $fromYear, toYear: $toYear) {\n    year\n    investigations {\n      ...FigureCell\n    }\n    arrests {\n      ...FigureCell\n    }\n    prosecutions {\n      ...FigureCell\n    }\n    convictions {\n      ...FigureCell\n    }\n    victims {\n      ...FigureCell\n    }\n    minorVictims {\n      ...FigureCell\n    }\n    victimsByForm {\n      ...FigureCell\n    }\n    victimsByGender {\n      ...FigureCell\n    }\n  }\n}"): (typeof documents)["fragment FigureCell on StatCell {\n  key\n  count\n  suppressed\n}\n\nquery YearlyFigures($fromYear: Int!, $toYear: Int!) {\n  yearlyFigures(fromYear: $fromYear, toYear: $toYear) {\n    year\n    investigations {\n      ...FigureCell\n    }\n    arrests {\n      ...FigureCell\n    }\n    prosecutions {\n      ...FigureCell\n    }\n    convictions {\n      ...FigureCell\n    }\n    victims {\n      ...FigureCell\n    }\n    minorVictims {\n      ...FigureCell\n    }\n    victimsByForm {\n      ...FigureCell\n    }\n    victimsByGender {\n      ...FigureCell\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;