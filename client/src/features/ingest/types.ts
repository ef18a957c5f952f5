// The REST import API's shapes live with the server's in @htwb/graph/import-api (one definition).
export type * from '@htwb/graph/import-api'
