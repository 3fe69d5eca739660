/** Gives applyChanges the parser's rename rewriting (changes/sql-renamer.ts) wherever the parser is loaded. */
import { parseSync } from 'libpg-query';
import { setSqlRenamer } from '../changes/sql-renamer';
import { outputNames, renameInExpression, renameInQuery, renameInRoutineBody } from './rename-sql';

setSqlRenamer({
  renameInExpression,
  renameInQuery,
  renameInRoutineBody,
  viewOutputNames(query) {
    try {
      return outputNames((parseSync(query).stmts?.[0]?.stmt as { SelectStmt?: Record<string, unknown> } | undefined)?.SelectStmt);
    } catch {
      return undefined;
    }
  },
});
