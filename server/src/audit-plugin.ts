import type { ApolloServerPlugin } from '@apollo/server'
import {
  Kind,
  type DocumentNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql'
import type { Context } from './context.ts'
import { logger } from './logger.ts'

/** Longest operation the audit records; root fields beyond it are summed up as `+N`. */
const MAX_OPERATION = 200
/** A GraphQL name, as long as the audit keeps one. */
const CLIENT_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/

/**
 * What the request did, in the server's words: the root fields of the operation that ran
 * (`search`, `entity,links`), fragments at the root followed. The name a client gives its
 * operation is its own label (a read may call itself `revealIdentity`), so it is never the
 * audit's operation.
 */
export function rootFields(
  document: DocumentNode | undefined,
  operation: OperationDefinitionNode | undefined,
): string {
  if (!operation) return 'unparsed'
  const fragments = new Map(
    (document?.definitions ?? []).flatMap((d) =>
      d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet] as const] : [],
    ),
  )
  const names = new Set<string>()
  const seen = new Set<string>()
  const walk = (set: SelectionSetNode) => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) names.add(s.name.value)
      else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet)
      else if (!seen.has(s.name.value)) {
        seen.add(s.name.value)
        const f = fragments.get(s.name.value)
        if (f) walk(f)
      }
    }
  }
  walk(operation.selectionSet)
  const sorted = [...names].sort()
  let out = ''
  for (let i = 0; i < sorted.length; i++) {
    const next = out ? `${out},${sorted[i]}` : sorted[i]!
    if (next.length > MAX_OPERATION - 8) return `${out},+${sorted.length - i}`
    out = next
  }
  return out || 'none'
}

/** The client's operation name, kept beside the server's when it is a short GraphQL name. */
export const clientLabel = (name: string | null | undefined): string | null =>
  name && CLIENT_NAME.test(name) ? `client-name:${name}` : null

/** No response carrying personal data leaves before its consultation is in the audit trail. */
export const auditPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, document, operation, operationName, response }) {
        try {
          await contextValue.data.flushConsultations(
            rootFields(document, operation),
            clientLabel(operationName),
          )
        } catch (err) {
          logger.error(
            { err: (err as Error).message },
            'consultation audit failed; response withheld',
          )
          if (response.body.kind === 'single') {
            response.body.singleResult.data = null
            response.body.singleResult.errors = [
              {
                message: 'Something went wrong on the server; the error was logged.',
                extensions: { code: 'internal/unexpected' },
              },
            ]
          }
        }
      },
    }
  },
}
