import { GraphQLError } from 'graphql'

/**
 * Every error a user can see has a stable code from this table; docs/errors.md explains each one.
 * The client translates codes, so messages here are for logs and API users, not for display.
 */
export const ERRORS = {
  'auth/unauthenticated': 'Sign in to continue.',
  'auth/invalid_credentials': 'The username or password is wrong.',
  'auth/forbidden': 'Your role does not allow this operation.',
  'auth/clearance_required': 'Revealing this identity needs a clearance you do not hold.',
  'auth/weak_password':
    'The new password must have at least 12 characters and differ from the current one.',
  'auth/too_many_attempts':
    'Too many failed sign-ins from this address; wait `retryAfterSeconds` seconds or ask an administrator.',
  'auth/sign_in_delayed':
    'Several failed sign-ins for this name lately; try again in `retryAfterSeconds` seconds.',
  'auth/invalid_token':
    'The access token is not valid here (signature, issuer, audience or expiry).',
  'auth/sign_in_failed': 'Single sign-on did not complete; start again from the sign-in page.',
  'auth/no_role': 'Your provider account is in no group that grants a role in the workbench.',
  'auth/account_conflict':
    'A local account already uses this username; an administrator must resolve it.',
  'auth/provider_unavailable': 'The single sign-on provider cannot be reached; try again shortly.',
  'entity/not_found': 'No entity has this id.',
  'entity/version_conflict':
    'Someone changed this entity after you loaded it; reload and apply your change again.',
  'entity/kind_mismatch': 'The fields given do not belong to this kind of entity.',
  'link/not_found': 'No link has this id.',
  'link/version_conflict':
    'Someone changed this link after you loaded it; reload and apply your change again.',
  'link/invalid_ends': 'This kind of link cannot join these kinds of entity.',
  'input/invalid': 'A value is not valid.',
  'request/too_complex':
    'The request is deeper, costlier or has more aliases than the server allows.',
  'request/too_large': 'The request body is larger than the server accepts (`limit` bytes).',
  'request/malformed':
    'The request cannot be read: its body is not valid JSON, or its URL, charset or encoding is not one the server reads.',
  'request/not_found': 'Nothing is served at this path with this method.',
  'input/too_long': 'A value is longer than allowed.',
  'input/malformed_date': 'A date is not a valid calendar date (YYYY-MM-DD).',
  'search/empty_query': 'Type at least one letter or digit to search.',
  'search/too_long': 'The search text is longer than 200 characters.',
  'network/too_many_seeds': 'Expand at most 50 entities at once.',
  'network/out_of_range': 'Depth, hop count or limit is outside the allowed range.',
  'case/not_found': 'No case has this id.',
  'chart/not_found': 'No chart has this id.',
  'chart/version_conflict':
    'Someone saved this chart after you opened it (`currentVersion`); reload it or overwrite.',
  'chart/too_large':
    'The chart holds more than a saved chart may (`limit` names what, `max` its value).',
  'export/too_large': 'A chart export takes at most `max` entities or links (`limit` names which).',
  'user/not_found': 'No active user has this username.',
  'case/duplicate_number': 'A case with this case number already exists.',
  'import/invalid_mapping': 'The mapping is not valid; `problems` lists each one with its path.',
  'import/unreadable_file': 'The file could not be read as CSV or XLSX.',
  'import/empty_file': 'The file has a header but no data rows.',
  'import/missing_columns': 'The file lacks columns the mapping reads; `columns` lists them.',
  'import/invalid_rows':
    'Rows of the file are not valid; `errors` lists each with its line and column. Nothing was imported.',
  'import/already_running':
    'This file is being imported right now (a large import in progress); wait for it to finish.',
  'import/file_too_large': 'The file is larger than the import accepts (`limit`); split it.',
  'import/too_large':
    'The file holds more than the import reads (`limit` names which: rows, columns, cellChars, cells, textChars, rowChars, unzippedBytes, xmlMarkup or memory; `max` its value).',
  'import/mapping_not_found': 'No saved mapping has this id (or it is not yours to delete).',
  'import/mapping_name_taken':
    'Another mapping already has this name; pick another name (only its author can replace it).',
  'import/aborted':
    'The import was stopped (rolled back as abandoned) before it could publish; nothing was kept.',
  'merge/invalid_pair':
    'These two records cannot be merged: the same record, different kinds, or a kind not merged.',
  'merge/protected_person':
    'Victims, potential victims, minors and informants are not merged through entity resolution.',
  'merge/not_found': 'No merge with this id can be undone (already undone, or a record erased).',
  'merge/survivor_changed':
    'The kept record changed after the merge; undoing it would lose that change.',
  'graph/unavailable': 'The database is not reachable; try again shortly.',
  'internal/unexpected': 'Something went wrong on the server; the error was logged.',
} as const

export type ErrorCode = keyof typeof ERRORS

export interface ErrorDetails {
  field?: string
  [key: string]: unknown
}

export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    details: ErrorDetails = {},
    message: string = ERRORS[code],
  ) {
    super(message, { extensions: { code, ...details } })
  }
}

export const appError = (code: ErrorCode, details?: ErrorDetails, message?: string) =>
  new AppError(code, details, message)

export const isAppError = (e: unknown): e is AppError => e instanceof AppError
