export { ensureLauncherBuilt, startEmbeddedGraph, type EmbeddedGraph } from './launcher.ts'
export { freePort } from './ports.ts'
export { migrationsDir, readMigrations, type Migration } from './migrations.ts'
export * from './model.ts'
export {
  cyrillicToLatin,
  foldToken,
  nationalForms,
  phoneticKey,
  searchText,
  searchTextFor,
  searchQuery,
  kindToken,
  kindClause,
  withKindToken,
} from './names.ts'
export * from './records.ts'
