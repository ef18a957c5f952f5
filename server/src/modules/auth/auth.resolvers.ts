import type { Resolvers } from '../../generated/resolvers.ts'
import { login, logout } from './auth.service.ts'

export const authResolvers: Resolvers = {
  Query: {
    me: (_, __, ctx) => ctx.user,
  },
  Mutation: {
    login: (_, { username, password }, ctx) => login(ctx, username, password),
    logout: (_, __, ctx) => logout(ctx),
  },
}
