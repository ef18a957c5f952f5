import type { ServerModule } from '../module.ts'
import { authResolvers } from './auth.resolvers.ts'

export const auth: ServerModule = { name: 'auth', resolvers: authResolvers }

export { requireAbility, guardSchema } from './guard.ts'
export { OPERATIONS } from './operations.ts'
export {
  SESSION_COOKIE,
  createUser,
  ensureInitialUsers,
  toUser,
  userFromSession,
  type InitialAccount,
} from './auth.service.ts'
export { USER_BY_USERNAME } from './auth.queries.ts'
export { OidcSignIn } from './oidc.ts'
export { LoginThrottle } from './throttle.ts'
