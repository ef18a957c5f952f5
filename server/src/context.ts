import type DataLoader from 'dataloader'
import type { Request, Response } from 'express'
import type { Config } from './config.ts'
import type { DataAccess, SystemAccess } from './data/access.ts'
import type { EntityModel, UserModel } from './data/models.ts'

export interface Loaders {
  entity: DataLoader<string, EntityModel>
  linkCount: DataLoader<string, number>
  caseMemberCount: DataLoader<string, number>
}

export interface Context {
  config: Config
  user: UserModel | null
  data: DataAccess
  system: SystemAccess
  loaders: Loaders
  req: Request
  res: Response
  sessionToken: string | null
}
