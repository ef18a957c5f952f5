import type { Resolvers } from '../../generated/resolvers.ts'
import { changePassword, login, logout, signInOptions, unlockSignIn } from './auth.service.ts'

export const authResolvers: Resolvers = {
  Query: {
    me: (_, __, ctx) => ctx.user,
    signInOptions: (_, __, ctx) => signInOptions(ctx),
  },
  Mutation: {
    login: (_, { username, password }, ctx) => login(ctx, username, password),
    logout: (_, __, ctx) => logout(ctx),
    changePassword: (_, args, ctx) => changePassword(ctx, args.currentPassword, args.newPassword),
    unlockSignIn: (_, { username, address }, ctx) => unlockSignIn(ctx, username, address),
  },
}
