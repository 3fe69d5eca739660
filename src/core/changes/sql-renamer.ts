/**
 * Following a rename into SQL the model keeps as text needs Postgres's parser (parse/rename-sql.ts),
 * which the page does not load (its WebAssembly stays in the workers). The parser's side sets the
 * renamer when it is loaded (parse/import.ts); where it is not, a rename leaves stored SQL as it
 * was, and the differ rebuilds what names the old name (slower, still right). The page only
 * applies changes to bridge the moment before the worker's next target.
 */
import type { RenameCatalog, ScopeItem, SqlRename } from '../parse/rename-sql';

export interface SqlRenamer {
  renameInExpression(expression: string, rename: SqlRename, catalog: RenameCatalog, scope: ScopeItem[]): string | undefined;
  renameInQuery(query: string, rename: SqlRename, catalog: RenameCatalog, namedOutputs: number): string | undefined;
  renameInRoutineBody(body: string, parameters: string[], rename: SqlRename, catalog: RenameCatalog): string | undefined;
  /** A view query's output column names, when it parses. */
  viewOutputNames(query: string): string[] | undefined;
}

let current: SqlRenamer | undefined;

export function setSqlRenamer(renamer: SqlRenamer): void {
  current = renamer;
}

export function sqlRenamer(): SqlRenamer | undefined {
  return current;
}
